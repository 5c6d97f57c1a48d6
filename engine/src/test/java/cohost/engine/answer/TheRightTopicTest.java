package cohost.engine.answer;

import cohost.engine.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cohost.engine.answer.DemoAnswers.facts;
import static cohost.engine.answer.DemoAnswers.reply;
import static cohost.engine.answer.DemoAnswers.understood;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9 item 5: customs, VAT and import-ID questions are answered from the duties facts and notes of the asker's
 * shipping rules (never the payment list), and a message with two questions gets both answers in one reply.
 */
class TheRightTopicTest {

    @ParameterizedTest(name = "[{0} {1}] {3}")
    @CsvSource(delimiter = '|', textBlock = """
            en | GB | DDP | do i pay customs or vat when it lands in the uk?
            en | CA | DDU | will canada charge me duties on this
            es | CL | DDU | hay que pagar aduana en chile?
            es | MX | DDP | me cobran impuestos al llegar??
            pt | BR | DDU | como funciona a taxação? vou ser taxado?
            pt | PT | DDP | pago alfândega quando chegar?
            fr | CH | DDU | des frais de douane pour la suisse ?
            fr | FR | DDP | la TVA est comprise ?
            de | CH | DDU | Zoll in der Schweiz, muss ich das zahlen?
            de | AT | DDP | muss ich beim paket noch einfuhrumsatzsteuer zahlen
            id | ID | DDP | ada bea cukai ga kak?
            id | MY | DDP | kena pajak tambahan tak
            ja | JP | DDP | 関税かかりますか？
            ja | JP | DDP | 消費税って別で払うの
            ko | KR | DDP | 관세 내야 돼요?
            ko | KR | DDP | 부가세 따로 붙나요
            zh | HK | DDP | 要交关税吗
            zh | TW | DDP | 會被課關稅嗎
            ar | SA | DDP | فيه جمارك؟
            ar | AE | DDP | هل أدفع ضريبة عند الاستلام؟
            """)
    void customsQuestionsAreAnsweredFromTheDutiesFacts(String lang, String country, String duties, String text) {
        assertThat(understood(lang, country, null, text).topics()).as(text).contains(Topic.DUTIES);
        var f = facts(lang, country, null, text);
        var d = f instanceof Facts.Several s ? s.parts().stream().filter(x -> x instanceof Facts.Duties).findFirst().orElseThrow() : f;
        assertThat(d).isInstanceOf(Facts.Duties.class);
        String answeredIn = understood(lang, country, null, text).lang();
        String key = duties.equals("DDP") ? "dutiesIncluded" : "dutiesOnDelivery";
        String expected = Phrases.of(answeredIn).fill(key, "countryTo", "§").split("§")[0];
        assertThat(reply(lang, country, text)).contains(expected.isEmpty() ? "" : expected.substring(0, Math.min(8, expected.length())))
                .doesNotContain("Pix", "Konbini", "PayPal");
    }

    @ParameterizedTest(name = "[{0} {1}] {3}")
    @CsvSource(delimiter = '|', textBlock = """
            es | CL | RUT | necesitan mi RUT?
            pt | BR | CPF | pra que pedem meu CPF no checkout?
            en | BR | CPF | why do u need my cpf
            en | CL | RUT | do you need a RUT for chile
            """)
    void taxIdQuestionsQuoteTheShippingNotes(String lang, String country, String id, String text) {
        assertThat(reply(lang, country, text)).contains(id);
    }

    @Test
    void withoutACountryCustomsSaysWhereTheyAreIncludedAndWhereTheyArePaid() {
        String r = reply("en", null, "do i have to pay import taxes?");
        assertThat(r).contains("included", "on delivery", "Brazil").contains(Phrases.of("en").get("tellCountry"));
    }

    @ParameterizedTest(name = "[{0} {1}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | SA | كم يوم التوصيل للسعودية وفيه دفع عند الاستلام؟
            en | AE | how many days to dubai and can i pay cash on delivery?
            id | ID | ongkir brp kak, trus bisa cod ga?
            es | MX | cuánto tarda el envío y puedo pagar en oxxo?
            pt | BR | quanto custa o frete e aceita pix?
            """)
    void shippingAndAPaymentMethodInOneMessageAreBothAnswered(String lang, String country, String text) {
        assertThat(understood(lang, country, null, text).topics()).as(text).contains(Topic.SHIPPING, Topic.PAYMENT);
        Facts f = facts(lang, country, null, text);
        assertThat(f).isInstanceOf(Facts.Several.class);
        assertThat(((Facts.Several) f).parts()).hasAtLeastOneElementOfType(Facts.Shipping.class)
                .hasAtLeastOneElementOfType(Facts.Payment.class);
        Facts.Payment pay = (Facts.Payment) ((Facts.Several) f).parts().stream().filter(x -> x instanceof Facts.Payment).findFirst().orElseThrow();
        assertThat(pay.accepted()).isTrue();
    }

    @ParameterizedTest(name = "[{0} {1}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | BE | le port coûte combien et j'ai combien de jours pour renvoyer ?
            de | DE | was kostet der Versand und wie lange hab ich für eine Rücksendung?
            ja | JP | 送料と返品の期限を知りたいです
            ko | KR | 배송비랑 반품 기간 알려주세요
            zh | HK | 运费多少，退货期限几天？
            en | US | shipping cost + how long do I have to return?
            """)
    void shippingAndReturnsInOneMessageAreBothAnswered(String lang, String country, String text) {
        Facts f = facts(lang, country, null, text);
        assertThat(f).as(text).isInstanceOf(Facts.Several.class);
        assertThat(((Facts.Several) f).parts()).hasAtLeastOneElementOfType(Facts.Shipping.class)
                .hasAtLeastOneElementOfType(Facts.Returns.class);
    }

    /** Two questions in one message are answered in the order they were asked, whichever scored higher. */
    @ParameterizedTest(name = "[{0} {1}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            id | ID | bisa COD ga kak? ongkir ke Surabaya berapa        | PAYMENT  | SHIPPING
            id | ID | ongkir ke Surabaya berapa, terus bisa COD?        | SHIPPING | PAYMENT
            es | ES | se puede pagar con paypal? y cuántos días tengo para devolverlo? | PAYMENT | RETURNS
            es | ES | cuántos días tengo para devolverlo? y aceptan paypal?          | RETURNS | PAYMENT
            fr | FR | combien de jours pour la livraison et je peux le retourner ?   | SHIPPING | RETURNS
            de | AT | Wie lange habe ich für die Rückgabe und was kostet der Versand? | RETURNS | SHIPPING
            pt | BR | aceita pix? e qto tempo pra chegar em Curitiba    | PAYMENT  | SHIPPING
            ja | JP | PayPay使えますか？送料はいくら？                    | PAYMENT  | SHIPPING
            ko | KR | 배송 며칠 걸려요? 카카오페이 돼요?                  | SHIPPING | PAYMENT
            zh | CN | 可以用支付宝吗？退货要几天？                        | PAYMENT  | RETURNS
            ar | SA | تقبلون الدفع عند الاستلام؟ وكم يوم التوصيل؟      | PAYMENT  | SHIPPING
            """)
    void twoQuestionsAreAnsweredInTheOrderAsked(String lang, String country, String text, Topic first, Topic second) {
        assertThat(understood(lang, country, null, text).topics()).as(text).containsExactly(first, second);
        Facts f = facts(lang, country, null, text);
        assertThat(f).as(text).isInstanceOf(Facts.Several.class);
        assertThat(((Facts.Several) f).parts().getFirst()).as(text).isInstanceOf(switch (first) {
            case SHIPPING -> Facts.Shipping.class;
            case RETURNS -> Facts.Returns.class;
            case PAYMENT -> Facts.Payment.class;
            case DUTIES -> Facts.Duties.class;
        });
    }

    @Test
    void cashOnDeliveryAloneIsAPaymentQuestionNotADeliveryOne() {
        Facts f = facts("en", "SA", null, "is there cash on delivery?");
        assertThat(f).isInstanceOf(Facts.Payment.class);
        assertThat(((Facts.Payment) f).accepted()).isTrue();
    }

    @Test
    void aPlainQuestionStaysOneAnswer() {
        assertThat(facts("en", "US", null, "how long does shipping take?")).isInstanceOf(Facts.Shipping.class);
        assertThat(facts("en", "US", null, "what's your return policy?")).isInstanceOf(Facts.Returns.class);
        assertThat(facts("en", "US", null, "what payment methods do you take?")).isInstanceOf(Facts.Payment.class);
    }
}
