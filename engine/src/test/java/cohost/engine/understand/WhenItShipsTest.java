package cohost.engine.understand;

import cohost.engine.Cohost;
import cohost.engine.Question;
import cohost.engine.Speaker;
import cohost.engine.Topic;
import cohost.engine.Utterance;
import cohost.engine.answer.Facts;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "When do you ship my order?" asks the store's handling time (its dispatch FAQ), not how long delivery takes; a
 * message asking a delivery time and a return window ("how long to Osaka? and how many days to return?") gets both,
 * in every script, however often the same delay word is written.
 */
class WhenItShipsTest {

    private static final Cohost DEMO = Cohost.builder(KnowledgeBase.demo()).build();
    private static final AtomicInteger SEQ = new AtomicInteger();

    @AfterAll
    static void close() {
        DEMO.close();
    }

    private static Question ask(String text, String country) {
        int n = SEQ.incrementAndGet();
        return DEMO.question("c-" + n, Utterance.typed("m" + n, Speaker.customer("c" + n, null, null, country), text), null);
    }

    @ParameterizedTest(name = "\"{0}\" asks the handling time")
    @CsvSource(delimiter = '|', value = {"when will u guys ship my order?|US", "¿cuándo envían mi pedido?|MX",
            "quando vocês enviam meu pedido?|BR", "wann wird meine Bestellung verschickt?|DE",
            "pesanan saya kapan dikirim kak?|ID", "注文したらいつ発送されますか？|JP", "주문하면 언제 발송돼요?|KR",
            "我的订单什么时候发货？|TW", "متى ترسلون طلبي؟|SA"})
    void whenTheShopSendsTheOrderIsAnsweredFromItsDispatchFaq(String text, String country) {
        assertThat(ask(text, country).facts()).as(text).isInstanceOfSatisfying(Facts.Faq.class,
                f -> assertThat(f.entry().id()).isEqualTo("processing-time"));
    }

    @ParameterizedTest(name = "\"{0}\" asks a delivery time and a return window")
    @CsvSource(delimiter = '|', value = {"大阪まで何日かかりますか？返品は何日以内ですか？|JP",
            "到台中要几天？退货几天内？|TW", "¿cuánto tarda a Lima y cuántos días tengo para devolverlo?|PE",
            "combien de temps pour Lyon et combien de jours pour retourner ?|FR"})
    void twoDelaysInOneMessageAreBothAnswered(String text, String country) {
        assertThat(ask(text, country).meaning().topics()).as(text).contains(Topic.SHIPPING, Topic.RETURNS);
    }
}
