package cohost.engine.answer;

import cohost.engine.Intent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cohost.engine.answer.DemoAnswers.facts;
import static cohost.engine.answer.DemoAnswers.reply;
import static cohost.engine.answer.DemoAnswers.understood;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Do you take X?" for wallets people use in their own market and the store does not list: a "no" that names X and
 * says what the asker can use instead, never the product question or "I can help with..."; "which ways to pay?"
 * however it is typed; and how to reach the team, answered from the store's FAQ.
 */
class PaymentAndContactWordingsTest {

    @ParameterizedTest(name = "[{0} {1}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            es | ES | se puede pagar con bizum?      | Bizum
            es | CO | puedo pagar con nequi          | Nequi
            en | US | do u take venmo                | Venmo
            pt | PT | aceitam mbway?                 | MB
            zh | CN | 支持花呗吗                      | 花呗
            ar | EG | ينفع ادفع فودافون كاش؟          | فودافون كاش
            """)
    void aWalletTheStoreDoesNotListIsANoThatNamesIt(String lang, String country, String text, String wallet) {
        assertThat(understood(null, country, null, text).intent()).as(text).isEqualTo(Intent.PAYMENT);
        Facts f = facts(null, country, null, text);
        assertThat(f).isInstanceOf(Facts.Payment.class);
        assertThat(((Facts.Payment) f).accepted()).isFalse();
        assertThat(reply(lang, country, text)).contains(wallet).contains("Visa");
    }

    @Test
    void aMethodTakenElsewhereIsNamedWithoutTheStoresGloss() {
        // the gloss "(payer plus tard ou en 3 fois)" holds a figure of a method the asker cannot use
        String r = reply("fr", "FR", "je peux payer en plusieurs fois avec Klarna ?");
        assertThat(r).contains("Klarna").doesNotContain("3 fois").doesNotContain("(");
    }

    @ParameterizedTest(name = "[{0} {1}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ko | KR | 결제 뭐뭐 있어요?
            ko | KR | 결제 방법 뭐 있어요?
            de | DE | kann ich per Rechnung zahlen?
            """)
    void whichWaysToPayIsAPaymentQuestion(String lang, String country, String text) {
        assertThat(understood(null, country, null, text).intent()).as(text).isEqualTo(Intent.PAYMENT);
        assertThat(facts(null, country, null, text)).isInstanceOf(Facts.Payment.class);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | en que horario atienden
            pt | qual horário de atendimento
            de | wie erreiche ich euch
            ja | 問い合わせの受付時間は？
            ko | 고객센터 운영시간이 어떻게 돼요
            zh | 客服几点上班
            ar | كيف اتواصل معكم؟
            """)
    void howToReachTheTeamIsAnsweredFromTheFaq(String lang, String text) {
        Facts f = facts(null, null, null, text);
        assertThat(f).as(text).isInstanceOf(Facts.Faq.class);
        assertThat(((Facts.Faq) f).entry().id()).isEqualTo("contact-hours");
    }
}
