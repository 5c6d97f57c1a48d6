package cohost.engine.product;

import cohost.engine.Intent;
import cohost.engine.ReplyResult;
import org.junit.jupiter.api.Test;

import static cohost.engine.product.ListingAnswersTest.ask;
import static cohost.engine.product.ListingAnswersTest.reply;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "A vs B", "which is lighter?", "哪个降噪好": the products named (or the one on screen and the one named) side by
 * side with the facts of their own listings that the question asks about, or that differ; no verdict beyond them.
 * Store: kb/gadget-shop.
 */
class ComparisonsTest {
    @Test
    void theAskedFactOfEachProductSideBySideInTheAskersLanguage() {
        String zh = ask("zh", "Sonaro Air S2 和 Air Pro 3 有什么区别？哪个降噪好", null);
        assertThat(zh).contains("Sonaro Air S2 耳机", "Sonaro Air Pro 3 Earbuds", "降噪", "-35 dB", "否");
        String es = ask("es", "¿cuál es más ligero, el Air S2 o el Air Pro 3?", null);
        assertThat(es).contains("4.5 g", "5.1 g", "peso").doesNotContain("mejor");
        String de = ask("de", "Welcher hält länger durch, Air S2 oder Air Pro 3? Akkulaufzeit?", null);
        assertThat(de).contains("8 h / 32 h", "6 h / 30 h", "Akkulaufzeit");
    }

    @Test
    void theProductOnScreenAndTheOneNamed() {
        ReplyResult r = reply("en", "is it lighter than the Air Pro 3?", "SN-S2");
        assertThat(r.intent()).isEqualTo(Intent.PRODUCT);
        assertThat(r.text()).contains("Sonaro Air S2 Earbuds", "4.5 g", "Sonaro Air Pro 3 Earbuds", "5.1 g");
        assertThat(r.text()).as("no verdict beyond the facts").doesNotStartWith("Yes").doesNotStartWith("No");
    }

    @Test
    void aGeneralComparisonGivesTheFactsThatDiffer() {
        String en = ask("en", "Air S2 vs Air Pro 3?", null);
        assertThat(en).contains("Sonaro Air S2 Earbuds", "Sonaro Air Pro 3 Earbuds", "IPX5", "IPX4")
                .doesNotContain("Bluetooth"); // 5.3 on both: not a difference
        String ja = ask("ja", "Air S2とAir Pro 3の違いは？", null);
        assertThat(ja).contains("IPX5", "IPX4", "防水性能");
    }

    @Test
    void aProductWhoseListingIsSilentIsSaidToBe() {
        String fr = ask("fr", "lequel est le plus léger, le chargeur VoltGo ou la webcam Lumio ?", null);
        assertThat(fr).contains("120 g", "Lumio 4K Webcam : la fiche ne le précise pas");
    }
}
