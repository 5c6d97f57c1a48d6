package cohost.engine.product;

import cohost.engine.Cohost;
import cohost.engine.Intent;
import cohost.engine.ReplyResult;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Product questions on the demo store that other readings used to take: a listing topic asked with a time word
 * ("how long does the battery last") by an asker whose country is known; model numbers read as order numbers; a
 * second product "named" by an ordinary word of its title ("power", "inch", "jam", a kana pair); volts.
 */
class DemoProductRoutingTest {
    static final Cohost cohost = Cohost.builder(KnowledgeBase.demo()).build();
    static final AtomicInteger ids = new AtomicInteger();

    @AfterAll
    static void close() {
        cohost.close();
    }

    static ReplyResult reply(String lang, String country, String text, String showing) {
        int n = ids.incrementAndGet();
        return cohost.ask("d" + n, Utterance.typed("m" + n, Speaker.viewer("v" + n, null, lang, country), text), showing)
                .result().join();
    }

    @Test
    void aTimeWordAboutTheBatteryAsksTheListingNotTheDeliveryEvenWithTheCountryKnown() {
        // the Qivo Sweep S5 robot vacuum on screen: batteryLife 150 min
        for (String[] q : new String[][]{{"de", "DE", "wie lange hält der akku eigentlich?"},
                {"en", "US", "how long does the battery last on this one?"},
                {"id", "ID", "baterainya tahan berapa jam kak?"}}) {
            ReplyResult r = reply(q[0], q[1], q[2], "LL-SMH-0010");
            assertThat(r.intent()).as(q[2]).isEqualTo(Intent.PRODUCT);
            assertThat(r.text()).as(q[2]).contains("150 min");
        }
        // a delivery question stays one
        assertThat(reply("de", "DE", "wie lange dauert der Versand?", "LL-SMH-0010").intent()).isEqualTo(Intent.SHIPPING);
        assertThat(reply("en", "US", "how long does shipping take?", "LL-SMH-0010").intent()).isEqualTo(Intent.SHIPPING);
    }

    @Test
    void howFarASignalReaches() {
        ReplyResult r = reply("es", "MX", "y el alcance de la señal de los micros??", "LL-AUD-0014");
        assertThat(r.text()).contains("200 m");
    }

    @Test
    void aModelNumberIsNoOrderNumber() {
        ReplyResult es = reply("es", "MX", "cuál pesa menos, la Mag 5000 o la Mag 10000?", null);
        assertThat(es.intent()).isEqualTo(Intent.PRODUCT);
        assertThat(es.text()).contains("110 g");
        ReplyResult en = reply("en", "US", "which one is lighter, this or the 20000mAh one?", "LL-PHA-0006");
        assertThat(en.intent()).isEqualTo(Intent.PRODUCT);
        assertThat(en.text()).contains("PowerCore 10000", "PowerCore 20000");
        // an order number is still one
        assertThat(reply("en", "US", "where is my order 12345??", null).intent()).isEqualTo(Intent.ORDER_STATUS);
    }

    @Test
    void anOrdinaryWordOfAnotherTitleNamesNoSecondProduct() {
        ReplyResult vac = reply("en", "US", "whats the suction power on the sweep s5 robot vac", null);
        assertThat(vac.text()).contains("Sweep S5").doesNotContain("Voltrek");
        ReplyResult purifier = reply("fr", "FR", "le purificateur d'air c'est pour quelle taille de pièce ?", null);
        assertThat(purifier.text()).contains("20 m²").doesNotContain("Loomwell", "Packwise");
        ReplyResult kettle = reply("ja", "JP", "鉄瓶の急須って何リットル入りますか", null);
        assertThat(kettle.text()).contains("0.8 L").doesNotContain("ShieldGlass", "Cone");
        ReplyResult earbuds = reply("ko", "KR", "Air S1이랑 Air S2 차이가 뭐예요?", null);
        assertThat(earbuds.text()).contains("Air S1", "Air S2").doesNotContain("Loomwell");
    }

    @Test
    void voltsInAnyLanguage() {
        assertThat(reply("pt", "BR", "esse carregador funciona em 110 e 220v?", "LL-PHA-0001").text()).contains("100–240 V");
        assertThat(reply("ar", "SA", "يشتغل على 220 فولت؟", "LL-BTY-0003").text()).contains("100–240 V");
        assertThat(reply("en", "US", "dual voltage? gonna use it in europe", "LL-BTY-0003").text()).contains("100–240 V");
    }
}
