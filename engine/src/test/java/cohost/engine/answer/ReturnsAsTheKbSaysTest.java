package cohost.engine.answer;

import cohost.knowledge.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cohost.engine.answer.DemoAnswers.KB;
import static cohost.engine.answer.DemoAnswers.facts;
import static cohost.engine.answer.DemoAnswers.reply;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9 item 4: when the product is known (named, or on screen) the policy's excluded categories decide. An
 * excluded product is a "no" with its category and never a window; elsewhere the market's own window and condition
 * apply (Brazil's 7 days allow an unpacked, tried product). The demo store excludes beauty tools everywhere but Brazil.
 */
class ReturnsAsTheKbSaysTest {

    static Product product(String sku) {
        return KB.product(sku).orElseThrow();
    }

    @ParameterizedTest(name = "[{0} {1}] {3}")
    @CsvSource(delimiter = '|', textBlock = """
            en | US | LL-BTY-0001 | opened it and used it once, can i still send it back??
            en | AU | LL-BTY-0003 | tried this one, not for me. refund?
            es | MX | LL-BTY-0002 | ya lo abrí, lo puedo devolver?
            es | CO | LL-BTY-0005 | si lo uso y no me gusta hay devolución??
            pt | PT | LL-BTY-0006 | abri e usei uma vez, posso devolver?
            fr | FR | LL-BTY-0007 | je l'ai ouvert et essayé, je peux le retourner ?
            fr | BE | LL-BTY-0008 | déballé mais pas utilisé, retour possible?
            de | DE | LL-BTY-0009 | hab es ausgepackt und einmal benutzt, kann ich es zurückschicken?
            de | CH | LL-BTY-0010 | geöffnet, Rückgabe noch möglich?
            id | ID | LL-BTY-0011 | udah dibuka kak, masih bisa retur ga?
            id | MY | LL-BTY-0012 | kalau udah dipake sekali bisa dikembalikan?
            ja | JP | LL-BTY-0013 | 開封しちゃったけど返品できますか
            ja | JP | LL-BTY-0014 | 一度使ったら返品だめ？
            ko | KR | LL-BTY-0015 | 뜯었는데 반품 가능해요?
            ko | KR | LL-BTY-0016 | 한번 써봤는데 환불 돼요?
            zh | CN | LL-BTY-0017 | 拆开用过了还能退货吗
            zh | TW | LL-BTY-0018 | 已經用過了可以退貨嗎
            ar | SA | LL-BTY-0019 | فتحته وجربته مرة، ممكن ارجعه؟
            ar | AE | LL-BTY-0001 | استخدمته مرة وحدة، فيه استرجاع؟
            """)
    void aProductOnScreenInAnExcludedCategoryIsANoWithoutAWindow(String lang, String country, String sku, String text) {
        Product p = product(sku);
        Facts f = facts(lang, country, sku, text);
        assertThat(f).as("returns facts about the product on screen").isInstanceOf(Facts.Returns.class);
        Facts.Returns r = (Facts.Returns) f;
        assertThat(r.product()).isEqualTo(p);
        assertThat(r.policy().excludes(p)).isTrue();
        String said = reply(lang, country, sku, text);
        String answeredIn = DemoAnswers.understood(lang, country, sku, text).lang(); // zh-Hant in Taiwan
        assertThat(said).contains(Templates.category("beauty-tools", Phrases.of(answeredIn)))
                .doesNotContain(Integer.toString(r.policy().windowDays()))
                .doesNotContain(Integer.toString(r.policy().refundDays()));
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            pt | LL-BTY-0004 | abri e testei, ainda posso devolver?
            en | LL-BTY-0004 | used it once, can I return it?
            es | LL-BTY-0004 | lo usé una vez, puedo devolverlo?
            """)
    void brazilsSevenDaysCoverAnUnpackedTriedBeautyTool(String lang, String sku, String text) {
        String said = reply(lang, "BR", sku, text);
        Facts.Returns r = (Facts.Returns) facts(lang, "BR", sku, text);
        assertThat(r.policy().excludes(product(sku))).isFalse();
        assertThat(said).contains("7", r.policy().condition().in(lang).substring(0, 12));
    }

    @Test
    void aReturnableProductGetsItsMarketsWindow() {
        String said = reply("id", "ID", "LL-APP-0003", "kekecilan nih, udah dicoba sekali, bisa retur?");
        assertThat(said).contains("15");
        assertThat(reply("de", "DE", "LL-APP-0003", "zu klein, hab es anprobiert, kann ich es zurückgeben?")).contains("30");
    }

    @Test
    void withoutACountryAnExcludedProductIsANoExceptWhereTheLawAllowsIt() {
        String said = reply("en", null, "LL-BTY-0004", "opened it, can I return it?");
        assertThat(said).contains(product("LL-BTY-0004").title().in("en"), "Brazil", "7 days")
                .doesNotContain("15 days", "30 days");
    }

    @Test
    void aReturnsQuestionThatIsNotAboutTheProductOnScreenKeepsThePolicy() {
        // the general question while a beauty tool is shown: the market's policy, not a verdict on the tool
        assertThat(reply("en", "US", "LL-BTY-0004", "what's your return policy?")).contains("30");
    }
}
