package cohost.engine.product;

import cohost.engine.Cohost;
import cohost.engine.Intent;
import cohost.engine.ReplyResult;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.knowledge.KbException;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question about the product on screen gets the fact of its own listing that answers it (an attribute, a bullet,
 * a sentence, its FAQ), in one sentence in the asker's language, quoting the fact; yes or no where the listing says
 * it; "the listing doesn't say" (and a teammate) where it does not; never a spec dump, never a country question.
 * Store: kb/gadget-shop (made up for these tests).
 */
class ListingAnswersTest {
    static final KnowledgeBase kb = load();
    static final Cohost cohost = Cohost.builder(kb).build();
    static final AtomicInteger ids = new AtomicInteger();

    static KnowledgeBase load() {
        try {
            return KnowledgeBase.load(Path.of(ListingAnswersTest.class.getResource("/kb/gadget-shop/store.json").toURI())
                    .getParent());
        } catch (KbException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void close() {
        cohost.close();
    }

    static ReplyResult reply(String lang, String text, String showing) {
        int n = ids.incrementAndGet();
        return cohost.ask("c" + n, Utterance.typed("m" + n, Speaker.viewer("v" + n, null, lang, null), text), showing)
                .result().join();
    }

    static String ask(String lang, String text, String showing) {
        return reply(lang, text, showing).text();
    }

    @Test
    void anAttributeQuestionIsAnsweredWithThatAttributeAloneInAnyLanguage() {
        assertThat(ask("en", "how long does the battery last?", "SN-S2")).contains("8 h / 32 h")
                .doesNotContain("$49", "IPX5", "Bluetooth");
        assertThat(ask("zh", "续航多久？", "SN-S2")).contains("续航时间", "8 h / 32 h").doesNotContain("IPX5");
        assertThat(ask("ja", "重さは？", "SN-S2")).contains("重さ", "4.5 g");
        assertThat(ask("id", "berapa beratnya?", "VG-65")).contains("120 g");
        assertThat(ask("pt", "quantas páginas tem?", "BK-GARDEN")).contains("240").contains("páginas");
        assertThat(ask("es", "¿qué resolución tiene?", "WC-4K")).contains("3840 x 2160");
    }

    @Test
    void unitsMatchAcrossTheirSpellings() {
        assertThat(ask("en", "how many watts is it?", "VG-65")).contains("65 W");
        assertThat(ask("es", "¿cuántos vatios tiene?", "VG-65")).contains("65 W");
        assertThat(ask("en", "how many cm is it?", "BK-GARDEN")).contains("24 x 19 x 2.5 cm");
    }

    @Test
    void yesOrNoWhenTheListingStatesIt() {
        assertThat(ask("en", "does it need batteries?", "TY-ROBOT")).startsWith("Yes").containsAnyOf("4 AA", "yes");
        assertThat(ask("de", "Sind Batterien dabei?", "TY-ROBOT")).startsWith("Nein");
        assertThat(ask("en", "is it a hardcover?", "BK-GARDEN")).startsWith("Yes").contains("hardcover");
        assertThat(ask("en", "is the cover paperback?", "BK-GARDEN")).doesNotStartWith("Yes").contains("hardcover");
    }

    @Test
    void aWaterproofQuestionQuotesTheRatingInTheAskersWordsNeverTheRawKey() {
        String fr = ask("fr", "elle est étanche ?", "SN-S2");
        assertThat(fr).contains("Étanchéité", "IPX5").doesNotContain("WaterResistance");
        assertThat(ask("de", "Ist er wasserdicht?", "SN-P3")).contains("Wasserschutz", "IPX4").doesNotContain("WaterResistance");
        assertThat(ask("ko", "방수 되나요?", "SN-S2")).contains("방수 등급", "IPX5");
        assertThat(ask("ar", "هل هو مقاوم للماء؟", "SN-S2")).contains("مقاومة الماء", "IPX5");
        assertThat(ask("en", "is it waterproof?", "SN-S2")).as("IPX5 is no 'yes, waterproof': quoted as it is")
                .doesNotStartWith("Yes").contains("water resistance", "IPX5");
    }

    @Test
    void compatibilityQuestionsQuoteTheCompatibilityFact() {
        assertThat(ask("en", "does it work with windows 10?", "WC-4K")).startsWith("Yes").contains("Windows 10");
        String linux = ask("en", "does it work with linux?", "WC-4K");
        assertThat(linux).contains("Windows 10, Windows 11, macOS 12").doesNotStartWith("Yes");
        assertThat(ask("es", "¿sirve para el Galaxy S24?", "VG-65")).contains("Galaxy S24");
        assertThat(ask("en", "does it work with android?", "SN-S2")).contains("iPhone and Android");
    }

    @Test
    void theProductsOwnFaqAnswersWhatItAsks() {
        assertThat(ask("en", "can I use only one earbud?", "SN-S2")).contains("either earbud works on its own");
    }

    @Test
    void whatTheListingDoesNotSayIsSaidSoAndATeammateIsOffered() {
        ReplyResult r = reply("en", "does it come with a carrying pouch?", "VG-65");
        assertThat(r.text()).contains("doesn't say").doesNotContain("$39", "65 W");
        assertThat(r.handoff()).isTrue();
        assertThat(ask("fr", "elle pèse combien ?", "WC-4K")).contains("ne le précise pas");
        assertThat(ask("zh", "这个有几页？", "TY-ROBOT")).contains("没有写");
    }

    @Test
    void productQuestionsAreNeverAnsweredWithWhichCountry() {
        for (String q : new String[]{"how many pages does it have?", "how big is it?", "is it heavy?"}) {
            ReplyResult r = reply("en", q, "BK-GARDEN");
            assertThat(r.text()).as(q).doesNotContain("Which country");
        }
    }

    @Test
    void priceStockAndVariantQuestionsStillGetThePriceAndStock() {
        assertThat(ask("en", "how much is it?", "SN-P3")).contains("$129.00");
        assertThat(ask("es", "¿hay stock?", "SN-P3")).contains("stock");
        assertThat(reply("en", "how much is it?", "SN-P3").intent()).isEqualTo(Intent.PRODUCT);
    }
}
