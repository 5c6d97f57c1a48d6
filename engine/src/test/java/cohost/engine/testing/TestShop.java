package cohost.engine.testing;

import cohost.knowledge.KbException;
import cohost.knowledge.KnowledgeBase;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * A small store with known facts for engine tests (engine/src/test/resources/kb/shop): earbuds in black (12 in
 * stock) and white (sold out), a lipstick, shipping to BR (Correios 7-12 days, 8.50 USD, free over 60; DHL 3-5 days),
 * MX, CA, EU (free), Asia and US; returns 30 days in the EU, 15 elsewhere, cosmetics excluded; Pix in BR only.
 */
public final class TestShop {
    private static KnowledgeBase kb;

    private TestShop() {
    }

    public static synchronized KnowledgeBase kb() {
        if (kb == null) {
            try {
                kb = KnowledgeBase.load(Path.of(TestShop.class.getResource("/kb/shop/store.json").toURI()).getParent());
            } catch (KbException | URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return kb;
    }
}
