package cohost.engine.testing;

import cohost.knowledge.KbException;
import cohost.knowledge.KnowledgeBase;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

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
                kb = KnowledgeBase.load(folder(TestShop.class.getResource("/kb/shop/store.json").toURI()));
            } catch (KbException | URISyntaxException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return kb;
    }

    /**
     * The store's folder; when other modules' tests read it from the engine's test jar, a copy on disk (the KB
     * reader reads folders).
     */
    private static Path folder(URI storeJson) throws IOException {
        if (!"jar".equals(storeJson.getScheme())) {
            return Path.of(storeJson).getParent();
        }
        Path copy = Files.createTempDirectory("test-shop");
        try (FileSystem jar = FileSystems.newFileSystem(storeJson, Map.of());
             Stream<Path> files = Files.walk(jar.getPath("/kb/shop"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(jar.getPath("/kb/shop").relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return copy;
    }
}
