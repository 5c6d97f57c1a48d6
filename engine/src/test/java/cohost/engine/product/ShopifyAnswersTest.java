package cohost.engine.product;

import cohost.engine.Cohost;
import cohost.engine.ReplyResult;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.knowledge.KbException;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers over a shop imported from Shopify's product export (kb/plant-shop, French store, prices in EUR): each
 * variant's own price and stock, "from" the lowest price, inventory not tracked = on sale, policy "continue" = on
 * sale at zero, a compare-at price said as the former price, and the shop's own option names ("Taille",
 * "Couleur") and values ("Noir") found from questions in any language.
 */
class ShopifyAnswersTest {
    static final KnowledgeBase kb = load();
    static final Cohost cohost = Cohost.builder(kb).build();
    static final AtomicInteger ids = new AtomicInteger();

    static KnowledgeBase load() {
        try {
            return KnowledgeBase.load(Path.of(ShopifyAnswersTest.class.getResource("/kb/plant-shop/store.json").toURI())
                    .getParent());
        } catch (KbException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void close() {
        cohost.close();
    }

    static String ask(String lang, String text, String showing) {
        int n = ids.incrementAndGet();
        ReplyResult r = cohost.ask("c" + n, Utterance.typed("m" + n, Speaker.customer("c" + n, null, lang, null), text),
                showing).result().join();
        return r.text();
    }

    @Test
    void aProductWhoseSizesCostDifferentAmountsIsFromTheLowestWithEachSizesPrice() {
        String fr = ask("fr", "combien coûte l'olivier ?", null);
        assertThat(fr).contains("Olivier en pot", "à partir de 49,00 €", "S : 49,00 €", "M : 89,00 €", "L : 159,00 €")
                .as("policy continue: on sale at 0").doesNotContain("rupture");
        String en = ask("en", "how much is this one?", "olivier-en-pot");
        assertThat(en).contains("from €49.00", "€159.00");
        String de = ask("de", "Was kostet der Olivenbaum?", "olivier-en-pot");
        assertThat(de).contains("ab 49,00 €", "159,00 €");
    }

    @Test
    void theAskedSizeGetsItsOwnPriceAndStock() {
        assertThat(ask("fr", "l'olivier en taille L, c'est combien ?", null)).contains("159,00 €").doesNotContain("49,00");
        assertThat(ask("es", "¿cuánto cuesta en talla M?", "olivier-en-pot")).contains("89,00 €").doesNotContain("159");
        assertThat(ask("en", "price for size XL?", "t-shirt-coton")).contains("€25.00");
        assertThat(ask("ja", "Lサイズはいくら？", "olivier-en-pot")).contains("159");
    }

    @Test
    void onePricesVariantIsNeverSaidWithAnothersStock() {
        String kentia = ask("en", "how much is the kentia palm?", null);
        assertThat(kentia).contains("from €39.00", "S €39.00", "L €129.00, was €149.00", "Out of stock right now: S");
        assertThat(ask("fr", "le palmier kentia en taille S ?", null)).contains("rupture").doesNotContain("129");
        String large = ask("fr", "le palmier kentia en taille L est en stock ?", null);
        assertThat(large).contains("129,00 €", "149,00 €").doesNotContain("39,00 €").doesNotContain("rupture");
    }

    @Test
    void inventoryThatIsNotTrackedIsOnSale() {
        assertThat(ask("en", "is the organic cotton t-shirt available in XL?", null))
                .startsWith("Yes").contains("XL").doesNotContain("out of stock");
        assertThat(ask("fr", "le t-shirt coton est dispo ?", null)).doesNotContain("rupture");
    }

    @Test
    void continueSellingAtZeroIsStillOnSale() {
        String m = ask("en", "is the olivier available in size M?", null);
        assertThat(m).contains("€89.00", "you can still order it");
        assertThat(ask("zh", "M码有货吗？", "olivier-en-pot")).contains("89", "仍可下单");
    }

    @Test
    void theShopsOwnOptionNamesAndValuesAreFoundInAnyLanguage() {
        assertThat(ask("fr", "le pot Lotus en taille M est dispo ?", null)).startsWith("Oui").contains("29,00 €");
        assertThat(ask("de", "Gibt es die Tasche in Schwarz?", "sac-tote")).startsWith("Ja").contains("15,00 €");
        assertThat(ask("zh", "黑色的有货吗？", "sac-tote")).contains("15").doesNotContain("缺货");
        assertThat(ask("en", "do you have it in size M black?", "pot-lotus")).startsWith("Yes").contains("€29.00");
        assertThat(ask("es", "¿lo tienen en rojo?", "sac-tote")).contains("no viene en", "Noir", "Écru");
    }
}
