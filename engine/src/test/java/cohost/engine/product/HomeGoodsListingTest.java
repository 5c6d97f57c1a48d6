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
 * Home goods, food and cosmetics whose sellers name attributes their own way ("microwaveSafe", "dishwasher_safe",
 * "fragranceFree", "burnTime", "pocketDepth", certifications): everyday wordings in any language find them, a
 * true or false value is a yes or a no (a false one is never said as "care: none"), "without X" answers "does it
 * have X?" the other way round, and "how big?" is a dimension. Store: kb/home-shop (made up for these tests).
 */
class HomeGoodsListingTest {
    static final KnowledgeBase kb = load();
    static final Cohost cohost = Cohost.builder(kb).build();
    static final AtomicInteger ids = new AtomicInteger();

    static KnowledgeBase load() {
        try {
            return KnowledgeBase.load(Path.of(HomeGoodsListingTest.class.getResource("/kb/home-shop/store.json").toURI())
                    .getParent());
        } catch (KbException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void close() {
        cohost.close();
    }

    static ReplyResult reply(String lang, String country, String showing, String text) {
        int n = ids.incrementAndGet();
        return cohost.ask("h" + n, Utterance.typed("m" + n, Speaker.viewer("v" + n, null, lang, country), text), showing)
                .result().join();
    }

    static String ask(String lang, String showing, String text) {
        ReplyResult r = reply(lang, null, showing, text);
        assertThat(r.intent()).as(text).isEqualTo(Intent.PRODUCT);
        return r.text();
    }

    @Test
    void aTrueValueUnderAKeyOfTheSellersOwnIsAYesInEveryLanguage() {
        assertThat(ask("en", "HL-BOWL", "can i put it in the microwave?")).startsWith("Yes.").contains("microwave-safe");
        assertThat(ask("es", "HL-BOWL", "se puede meter al microondas??")).startsWith("Sí.").contains("microondas");
        assertThat(ask("ja", "HL-BOWL", "電子レンジ使えますか？")).startsWith("はい").contains("電子レンジ");
        assertThat(ask("ar", "HL-SERUM", "هل هو نباتي؟")).startsWith("نعم").contains("نباتي");
        assertThat(ask("de", "HL-SERUM", "ist das serum vegan?")).startsWith("Ja.");
    }

    @Test
    void aFalseValueIsANoAndNeverACareNone() {
        String fr = ask("fr", "HL-BOWL", "ça passe au lave-vaisselle ?");
        assertThat(fr).startsWith("Non.").contains("lave-vaisselle").doesNotContain("entretien");
        assertThat(ask("de", "HL-BOWL", "ist die schale spülmaschinenfest?")).startsWith("Nein.");
        assertThat(ask("ko", "HL-BOWL", "식기세척기 돼요?")).startsWith("아니요").contains("식기세척기");
        String ja = ask("ja", "HL-BOWL", "食洗機は大丈夫？");
        assertThat(ja).contains("食洗機").doesNotContain("お手入れ");
        assertThat(ask("zh", "HL-PAN", "这个锅能放洗碗机吗？")).startsWith("不是").contains("洗碗机").doesNotContain("保养");
        assertThat(ask("en", "HL-BOWL", "oven safe??")).startsWith("No.").contains("oven-safe");
    }

    @Test
    void withoutSomethingAnswersWhetherItHasItTheOtherWayRound() {
        assertThat(ask("en", "HL-SERUM", "is it fragrance free?")).startsWith("Yes.").contains("fragrance-free");
        assertThat(ask("en", "HL-SERUM", "does it have a scent? sensitive skin here 🙏")).startsWith("No.");
        assertThat(ask("pt", "HL-SERUM", "tem perfume?")).startsWith("Não.");
        assertThat(ask("es", "HL-SERUM", "es sin alcohol?")).startsWith("No.");
        assertThat(ask("fr", "HL-SERUM", "il contient de l'alcool ?")).startsWith("Oui.");
    }

    @Test
    void certificationsAreFactsOfTheListing() {
        assertThat(ask("en", "HL-QUILT", "is this oeko-tex certified?")).startsWith("Yes.").contains("OEKO-TEX Standard 100");
        assertThat(ask("de", "HL-QUILT", "ist der bezug zertifiziert?")).contains("OEKO-TEX Standard 100");
        assertThat(ask("id", "HL-SERUM", "ada sertifikasi organik?")).contains("COSMOS Organic");
    }

    @Test
    void sizeAndDepthWordingsFindTheMeasureTheSellerGave() {
        assertThat(ask("en", "HL-BOWL", "how big is the bowl?")).contains("21 cm");
        assertThat(ask("en", "HL-BOWL", "what size is it")).contains("21 cm");
        assertThat(ask("es", "HL-BOWL", "qué diámetro tiene?")).contains("21 cm");
        assertThat(ask("ja", "HL-BOWL", "直径は？")).contains("21 cm");
        assertThat(ask("en", "HL-SHEET", "how deep are the pockets? my mattress is thick")).contains("35 cm");
        assertThat(ask("fr", "HL-SHEET", "quelle profondeur de bonnet ?")).contains("35 cm");
    }

    @Test
    void aCandleBurnsRatherThanShips() {
        assertThat(ask("en", "HL-CANDLE", "how long does it burn?")).contains("50 h").doesNotContain("days");
        assertThat(ask("de", "HL-CANDLE", "wie lange brennt die kerze?")).contains("50 h");
        assertThat(ask("es", "HL-CANDLE", "cuántas horas de combustión tiene?")).contains("50 h");
    }

    @Test
    void indonesianItsIsNoObstacle() {
        assertThat(ask("id", "HL-QUILT", "bahannya apa kak?")).contains("cotton");
        assertThat(ask("id", "HL-PAN", "beratnya berapa ya?")).contains("1.6 kg");
    }
}
