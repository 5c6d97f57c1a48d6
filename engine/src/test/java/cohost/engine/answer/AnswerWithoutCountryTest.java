package cohost.engine.answer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cohost.engine.answer.DemoAnswers.country;
import static cohost.engine.answer.DemoAnswers.facts;
import static cohost.engine.answer.DemoAnswers.reply;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9 item 2, "answer now, refine after": with no country known the co-host says what holds everywhere, names
 * where the rest applies and invites the country, instead of only asking "which country?". Wordings are typed the
 * way viewers type (slang, typos, no punctuation), several per need, in the ten languages.
 */
class AnswerWithoutCountryTest {

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | which ways can i pay??
            en | do u take cards
            es | q metodos de pago aceptan?
            es | se puede pagar con tarjeta
            pt | quais as formas de pagamento
            pt | aceita cartão?
            fr | vous acceptez quoi comme paiement ?
            fr | paiement par carte possible?
            de | wie kann ich bezahlen
            de | nehmt ihr kreditkarte?
            id | bisa bayar pake apa aja kak
            id | bayarnya bisa pake kartu kredit?
            ja | 支払い方法は何がありますか
            ja | カード払いできる？
            ko | 결제 어떻게 해요?
            ko | 카드 결제 돼요?
            zh | 怎么付款啊
            zh | 可以刷信用卡吗
            ar | ايش طرق الدفع؟
            ar | ممكن ادفع بالبطاقة؟
            """)
    void paymentWithoutCountryNamesTheMethodsTakenEverywhere(String lang, String text) {
        String r = reply(lang, null, text);
        assertThat(facts(lang, null, null, text)).isInstanceOf(Facts.PaymentAnywhere.class);
        assertThat(r).contains("Visa", "Mastercard").doesNotContain(Phrases.of(lang).get("askCountry"));
        // the local methods of one market are never offered as if they worked everywhere
        assertThat(r).doesNotContain("Pix", "Konbini");
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            pt | BR | dá pra pagar com pix?
            pt | BR | aceita PIX??
            en | BR | can I pay w/ pix
            es | MX | se puede pagar en oxxo?
            de | NL | geht auch ideal?
            fr | BE | bancontact c'est possible ?
            ja | JP | コンビニ払いできますか
            ko | KR | 카카오페이 돼요?
            id | ID | bisa cod ga kak
            ar | SA | فيه دفع عند الاستلام؟
            zh | SA | 可以货到付款吗
            en | ID | is there cash on delivery
            """)
    void aNamedLocalMethodSaysWhereItApplies(String lang, String where, String text) {
        Facts f = facts(lang, null, null, text);
        assertThat(f).isInstanceOf(Facts.PaymentAnywhere.class);
        assertThat(((Facts.PaymentAnywhere) f).asked()).as("the method named in %s", text).isNotNull();
        assertThat(reply(lang, null, text)).contains(country(where, lang));
    }

    @Test
    void aMethodTheStoreDoesNotTakeIsANoWithTheMethodsTakenEverywhere() {
        assertThat(reply("en", null, "do you accept bitcoin?")).contains("Bitcoin", "Visa").doesNotContain("Pix");
    }

    @Test
    void aNamedMethodWithACountryStillAnswersForThatCountry() {
        assertThat(reply("pt", "BR", "dá pra pagar com pix?")).contains("Pix", "Brasil");
        String de = reply("de", "DE", "geht pix?");
        assertThat(de).contains("Pix").contains("Deutschland");
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | how many days do I have to send it back?
            en | whats ur return policy
            es | cuantos dias tengo para devolverlo?
            pt | qual o prazo pra devolver?
            fr | j'ai combien de temps pour retourner un article ?
            de | wie lange kann ich zurückschicken?
            id | kalau ga cocok bisa retur? berapa hari?
            ja | 返品期限は何日ですか
            ko | 반품 기간이 며칠이에요?
            zh | 退货期限是几天
            ar | كم يوم عندي للإرجاع؟
            """)
    void returnsWithoutCountryGiveTheDefaultWindowAndTheMarketsThatDiffer(String lang, String text) {
        Facts f = facts(lang, null, null, text);
        assertThat(f).isInstanceOf(Facts.ReturnsAnywhere.class);
        String r = reply(lang, null, text);
        assertThat(r).contains("15", "30", "7", country("BR", lang)).doesNotContain("{", "}");
        assertThat(r).contains(Phrases.of(lang).get("tellCountry"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | how long does shipping take
            es | cuanto tarda el envio
            pt | quanto tempo demora a entrega?
            fr | combien de temps pour la livraison
            de | wie lange dauert der versand
            id | pengiriman berapa lama ya
            ja | 届くまで何日かかりますか
            ko | 배송 며칠 걸려요?
            zh | 发货多久能到
            ar | كم يوم الشحن؟
            """)
    void shippingWithoutCountryGivesTheRangeOverMarketsOrTheFaq(String lang, String text) {
        Facts f = facts(lang, null, null, text);
        assertThat(f).isInstanceOfAny(Facts.ShippingAnywhere.class, Facts.Faq.class);
        assertThat(f).isNotInstanceOf(Facts.AskCountry.class);
        if (f instanceof Facts.ShippingAnywhere s) {
            assertThat(s.minDays()).isEqualTo(2);
            assertThat(s.maxDays()).isEqualTo(30);
            assertThat(reply(lang, null, text)).contains("2", "30");
        }
    }
}
