package cohost.engine.understand;

import cohost.engine.Intent;
import cohost.engine.Slots;
import cohost.engine.Understanding;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A returns question while a product the store's policies exclude is on screen (the demo's beauty tools) is about that
 * product, however the asker names it, so its exclusion is said rather than the window for everything else; the words
 * of a returns phrase ("return window") name no product (the demo's "Door and Window Sensor").
 */
class ReturnsOfTheProductShownTest {

    private static final Understander DEMO = new Understander(KnowledgeBase.demo());
    private static final String STRAIGHTENER = "LL-BTY-0004"; // beauty tools: excluded outside Brazil
    private static final String POWER_BANK = "LL-PHA-0004";

    private static Understanding understand(String text, String showing) {
        return DEMO.understand(text, null, new Context(null, Slots.NONE, showing, "US", null));
    }

    @ParameterizedTest(name = "\"{0}\" is about the product shown")
    @CsvSource(delimiter = '|', value = {"can I return it if I don't like it?", "and if it doesn't work for me, money back?",
            "¿se puede devolver?", "posso devolver se não gostar?", "je peux le retourner ?", "kann man das zurückgeben?",
            "bisa diretur ga kak?", "返品できますか？", "반품 돼요?", "可以退货吗？", "هل يمكن إرجاعه؟"})
    void aReturnsQuestionWithAnExcludedProductOnScreenIsAboutThatProduct(String text) {
        Understanding u = understand(text, STRAIGHTENER);
        assertThat(u.intent()).as(text).isEqualTo(Intent.RETURNS);
        assertThat(u.slots().sku()).as(text).isEqualTo(STRAIGHTENER);
    }

    @Test
    void aProductNoPolicyExcludesIsLeftOutOfAGeneralReturnsQuestion() {
        assertThat(understand("can I get my money back?", POWER_BANK).slots().sku()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" asks the store's rule")
    @CsvSource(delimiter = '|', value = {"what's your return policy?", "what's your return window?",
            "qual a política de troca?", "返品ポリシーは？", "退货政策是什么？"})
    void aQuestionAboutTheReturnPolicyIsNotAVerdictOnTheProductShown(String text) {
        Understanding u = understand(text, STRAIGHTENER);
        assertThat(u.intent()).as(text).isEqualTo(Intent.RETURNS);
        assertThat(u.slots().sku()).as(text).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" names no product")
    @CsvSource(delimiter = '|', value = {"what's the return window?", "how long is the return window for electronics?"})
    void theWordsOfAReturnsPhraseNameNoProduct(String text) {
        Understanding u = understand(text, null);
        assertThat(u.intent()).as(text).isEqualTo(Intent.RETURNS);
        assertThat(u.slots().sku()).as(text).isNull();
    }

    @Test
    void aProductNamedBesideTheReturnsPhraseIsStillFound() {
        assertThat(understand("window sensor return window?", null).slots().sku()).isEqualTo("LL-SMH-0011");
    }
}
