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
 * Product questions that other readings took, by their causes, each with several wordings in several languages
 * (demo store): a word of another language's lexicon that is an ordinary word of this one ("sac", a bag in French,
 * is Portuguese customer service), a keyword found by a typo that is a word of its own ("reste" is no "reset",
 * "iPhone" no "phone"), a handoff word inside a compatibility question ("android phone"), a shipping or order word
 * around a question about the product's size or weight ("the box it ships in"). The questions those words really
 * ask stay what they were.
 */
class ProductMisroutesTest {
    static final Cohost cohost = Cohost.builder(KnowledgeBase.demo()).build();
    static final AtomicInteger ids = new AtomicInteger();
    static final String CASE = "LL-PHA-0009";    // Arclio SilkTouch Silicone Case for iPhone
    static final String SPEAKER = "LL-AUD-0011"; // Tidebeat Boom Mini: black, blue, orange, teal; in stock
    static final String SLING = "LL-BAG-0005";   // Rovel Arc Crossbody Sling Bag ("Sac banane" in French), 380 g

    @AfterAll
    static void close() {
        cohost.close();
    }

    static ReplyResult ask(String lang, String country, String showing, String text) {
        int n = ids.incrementAndGet();
        return cohost.ask("mis" + n, Utterance.typed("m" + n, Speaker.viewer("v" + n, null, lang, country), text), showing)
                .result().join();
    }

    @Test
    void aPhoneInACompatibilityQuestionIsNoCallForAHuman() {
        String[][] asked = {{"en", "US", "does it fit an android phone?"}, {"en", "US", "will this work with my iPhone 15?"},
                {"es", "MX", "sirve para celular android?"}, {"pt", "BR", "serve em celular android?"},
                {"fr", "FR", "ça va sur un téléphone android ?"}, {"de", "DE", "passt das auf ein Android-Handy?"},
                {"id", "ID", "bisa buat hp android?"}, {"ja", "JP", "アンドロイドのスマホに使えますか？"},
                {"ko", "KR", "안드로이드 폰에도 맞나요?"}, {"zh", "CN", "安卓手机能用吗？"}, {"ar", "AE", "هل يناسب هاتف أندرويد؟"}};
        for (String[] q : asked) {
            ReplyResult r = ask(q[0], q[1], CASE, q[2]);
            // the listing does not say: it says so about this case and offers a teammate, never another product
            assertThat(r.intent()).as(q[2]).isEqualTo(Intent.PRODUCT);
            assertThat(r.text()).as(q[2]).contains("SilkTouch").doesNotContain("TouchGrip");
        }
    }

    @Test
    void askingForAPersonByPhoneStillHandsOff() {
        assertThat(ask("en", "US", null, "can i talk to someone on the phone?").intent()).isEqualTo(Intent.HANDOFF);
        assertThat(ask("en", "US", CASE, "what's your phone number?").intent()).isEqualTo(Intent.HANDOFF);
        assertThat(ask("en", "US", null, "reset my password please").intent()).isEqualTo(Intent.HANDOFF);
        assertThat(ask("fr", "FR", null, "je veux parler à quelqu'un").intent()).isEqualTo(Intent.HANDOFF);
        // in Portuguese "SAC" is customer service, with a bag on screen too
        assertThat(ask("pt", "BR", null, "quero falar com o sac").intent()).isEqualTo(Intent.HANDOFF);
        assertThat(ask("pt", "BR", SLING, "quero falar com o sac").intent()).isEqualTo(Intent.HANDOFF);
    }

    @Test
    void aBagInFrenchIsABag() {
        for (String q : new String[]{"le sac est imperméable ?", "il est grand, le sac ?", "ce sac est en cuir ?"}) {
            ReplyResult r = ask("fr", "FR", SLING, q);
            assertThat(r.intent()).as(q).isEqualTo(Intent.PRODUCT);
        }
        ReplyResult weight = ask("fr", null, SLING, "le sac il pèse combien ?");
        assertThat(weight.intent()).isEqualTo(Intent.PRODUCT);
        assertThat(weight.text()).contains("380 g");
    }

    @Test
    void whetherAnyAreLeftAsksTheStockNotAReset() {
        for (String[] q : new String[][]{{"fr", "FR", "il en reste ?"}, {"fr", null, "il en reste ?"},
                {"fr", "FR", "il en reste encore en noir ?"}, {"es", "MX", "quedan en negro?"},
                {"pt", "BR", "ainda tem no preto?"}, {"de", "DE", "noch welche da?"}}) {
            ReplyResult r = ask(q[0], q[1], SPEAKER, q[2]);
            assertThat(r.intent()).as(q[2]).isEqualTo(Intent.PRODUCT);
            assertThat(r.text()).as(q[2]).contains("Boom Mini");
        }
        // typos in the message's own language are still read as the keyword
        assertThat(ask("en", "CA", null, "shiping to canada?").intent()).isEqualTo(Intent.SHIPPING);
        assertThat(ask("en", "US", null, "retrun policy?").intent()).isEqualTo(Intent.RETURNS);
    }

    @Test
    void theSizeOfTheBoxItShipsInIsAProductQuestion() {
        String[][] asked = {{"en", "US", "what size is the box it ships in?"}, {"en", null, "what size is the box it ships in?"},
                {"en", "US", "how big is the package?"}, {"es", "MX", "¿qué tamaño tiene la caja del envío?"},
                {"de", "DE", "wie groß ist das paket, in dem es verschickt wird?"}, {"fr", "FR", "le colis fait quelle taille ?"}};
        for (String[] q : asked) {
            ReplyResult r = ask(q[0], q[1], SPEAKER, q[2]);
            assertThat(r.intent()).as(q[2]).isEqualTo(Intent.PRODUCT);
            assertThat(r.text()).as(q[2]).doesNotContain("YunExpress", "Cainiao", "DHL");
        }
        // a delay, a price or a destination asked is still a shipping question, product on screen or not
        for (String q : new String[]{"how much is shipping to Brazil?", "how long does shipping take?",
                "how many days to ship?", "is there a charge for shipping?"}) {
            assertThat(ask("en", "US", SPEAKER, q).intent()).as(q).isEqualTo(Intent.SHIPPING);
        }
    }
}
