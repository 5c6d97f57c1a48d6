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
 * Yes/no and attribute questions asked the way viewers type them (slang, emoji, "this one", no question word, the
 * question mark alone), answered from the listing of the demo store's product on screen: yes or no only where the
 * listing's fact states it, and the fact quoted; an attribute named by its own name ("suction"); nothing said beyond
 * the listing ("does it work with android?" against a listing that names no phone system is no yes).
 */
class YesNoFromTheListingTest {
    static final Cohost cohost = Cohost.builder(KnowledgeBase.demo()).build();
    static final AtomicInteger ids = new AtomicInteger();
    static final String SLING = "LL-BAG-0005";   // material: polyester
    static final String CASE = "LL-PHA-0009";    // material: silicone
    static final String TEE = "LL-APP-0001";     // material: 100% cotton
    static final String VACUUM = "LL-SMH-0010";  // suction: 4000 Pa
    static final String EARBUDS = "LL-AUD-0001"; // weight: 42 g; no compatibility stated

    @AfterAll
    static void close() {
        cohost.close();
    }

    static ReplyResult ask(String lang, String country, String showing, String text) {
        int n = ids.incrementAndGet();
        return cohost.ask("yn" + n, Utterance.typed("m" + n, Speaker.viewer("v" + n, null, lang, country), text), showing)
                .result().join();
    }

    @Test
    void aMaterialAskedIsNoWhenTheListingStatesAnother() {
        String[][] asked = {{"en", "US", "is it leather?", "No.", "polyester"},
                {"fr", "FR", "ce sac est en cuir ?", "Non.", "polyester"},
                {"es", "MX", "oye es de cuero o q? 👀", "No.", "poliéster"},
                {"pt", "BR", "essa bolsa é de couro msm?", "Não.", "poliéster"},
                {"ja", "JP", "この バッグ 革ですか", "いいえ", "ポリエステル"}};
        for (String[] q : asked) {
            ReplyResult r = ask(q[0], q[1], SLING, q[2]);
            assertThat(r.intent()).as(q[2]).isEqualTo(Intent.PRODUCT);
            assertThat(r.text()).as(q[2]).startsWith(q[3]).contains(q[4]);
        }
        String[][] onTheCase = {{"de", "DE", "ist die hülle aus leder?", "Nein.", "Silikon"},
                {"ko", "KR", "가죽인가요?", "아니요", "실리콘"}, {"id", "ID", "bahannya kulit ga?", "Tidak.", "silikon"},
                {"ar", "AE", "هل هو من الجلد؟", "لا", "سيليكون"}};
        for (String[] q : onTheCase) {
            ReplyResult r = ask(q[0], q[1], CASE, q[2]);
            assertThat(r.text()).as(q[2]).startsWith(q[3]).contains(q[4]).doesNotContain("Rovel", "Kitchora");
        }
    }

    @Test
    void theMaterialTheListingStatesIsAYes() {
        assertThat(ask("en", "US", SLING, "is this polyester??").text()).startsWith("Yes.").contains("polyester");
        assertThat(ask("fr", "FR", TEE, "il est en coton ce t-shirt ?").text()).startsWith("Oui.").contains("coton");
        assertThat(ask("id", "ID", TEE, "kaosnya bahan katun kak?").text()).startsWith("Ya.").contains("katun");
        assertThat(ask("pt", "BR", TEE, "é 100% algodão?").text()).startsWith("Sim.").contains("algodão");
        // "スマホ"-style words of other titles do not take the question away from the product on screen
        assertThat(ask("zh", "CN", CASE, "是硅胶的吗？").text()).startsWith("是的").contains("SilkTouch");
        assertThat(ask("ja", "JP", CASE, "これはシリコンですか？").text()).startsWith("はい").contains("シリコーン");
    }

    @Test
    void anAttributeNamedByItsOwnName() {
        for (String q : new String[]{"whats the suction power on the sweep s5 robot vac", "suction any good?? 🤔",
                "how strong is the suction on this one"}) {
            ReplyResult r = ask("en", "US", VACUUM, q);
            assertThat(r.intent()).as(q).isEqualTo(Intent.PRODUCT);
            assertThat(r.text()).as(q).contains("4000 Pa");
        }
        // a hello in front of the question
        assertThat(ask("en", "US", EARBUDS, "yo how heavy is dis 😅").text()).contains("42 g");
    }

    @Test
    void whatTheListingDoesNotSayIsNeverAYes() {
        for (String q : new String[]{"does it work with android?", "will it work with my android phone?"}) {
            ReplyResult r = ask("en", "US", EARBUDS, q);
            assertThat(r.intent()).as(q).isEqualTo(Intent.PRODUCT);
            assertThat(r.text()).as(q).doesNotStartWith("Yes").contains("doesn't say", "teammate");
        }
    }
}
