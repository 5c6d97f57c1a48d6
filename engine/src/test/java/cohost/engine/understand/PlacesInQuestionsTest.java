package cohost.engine.understand;

import cohost.engine.Intent;
import cohost.engine.Understanding;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.Places;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cities and regions named instead of a country, in each of the ten languages, and chatter that names none. */
class PlacesInQuestionsTest {
    private static final Understander DEMO = new Understander(KnowledgeBase.demo());

    private static Understanding understand(String text) {
        return DEMO.understand(text, null, Context.EMPTY);
    }

    @ParameterizedTest(name = "\"{0}\" ships to {1}")
    @CsvSource(delimiter = '|', value = {
            // en
            "shipping to munich??|DE", "how long to Toronto|CA", "do you deliver to São Paulo?|BR",
            "how much is delivery to Bavaria|DE", "shipping to nice france?|FR", "ship to Lima pls|PE",
            // es
            "¿cuánto tarda el envío a Guadalajara?|MX", "envían a barcelona??|ES", "y a Québec?|CA",
            // pt
            "quanto custa o frete pra São Paulo?|BR", "entregam em Lisboa?|PT", "frete pra munique|DE",
            // fr
            "vous livrez à Lyon ?|FR", "livraison à Québec combien de jours|CA", "vous livrez a Munich ?|DE",
            // de
            "Versand nach München?|DE", "wie lange dauert die Lieferung nach Bayern|DE", "liefert ihr nach Toronto|CA",
            // id
            "kirim ke Surabaya berapa hari|ID", "ongkir ke bandung brp kak|ID", "bisa kirim ke Jakarta?|ID",
            // ja
            "ミュンヘンまでの送料は？|DE", "大阪まで何日かかりますか|JP", "サンパウロに発送できますか|BR",
            // ko
            "뮌헨까지 배송 얼마나 걸려요?|DE", "토론토로 배송되나요?|CA", "상파울루 배송비 얼마예요|BR",
            // zh, Simplified and Traditional
            "寄到慕尼黑要几天？|DE", "多倫多運費多少|CA", "发货到圣保罗多久|BR",
            // ar
            "كم يوم الشحن إلى ميونخ؟|DE", "هل توصلون الى تورنتو|CA", "كم سعر الشحن لميونخ|DE",
            // city nicknames people type for home: BH is Belo Horizonte here, not Bahrain's code
            "moro em BH, chega em quantos dias?|BR", "envío a CDMX cuánto tarda|MX", "ship to nyc how long|US",
            "kirim ke jkt brp hari|ID",
    })
    void aCityOrRegionNamedInAQuestionIsItsCountry(String text, String country) {
        Understanding u = understand(text);
        assertThat(u.slots().country()).as(text).isEqualTo(country);
        assertThat(u.intent()).as(text).isEqualTo(Intent.SHIPPING);
    }

    @ParameterizedTest(name = "\"{0}\" names no place")
    @ValueSource(strings = {
            // en: towns called Nice, Buy, Man, Reading, Mobile, Sofia...
            "Nice!", "nice one, love it", "ok man", "I want to buy it", "love this stream", "Buy now!",
            "man that's cheap", "thanks Sofia!", "Reading the reviews now", "is it mobile friendly",
            // es
            "¡qué bonito!", "me encanta", "genial gracias", "vale vale",
            // pt
            "kkkk amei", "top demais", "lindo demais", "valeu", "Natal chegando, vou comprar",
            // fr
            "trop bien", "merci beaucoup", "c'est génial", "Super !",
            // de
            "Super, danke!", "toll", "sehr schön", "Essen ist fertig",
            // id: lima = five, malang = unlucky, batu = stone
            "mantap kak", "wkwk lucu banget", "lima ribu aja?", "malang banget nasibku", "batu baterainya awet?",
            // ja
            "かわいい！", "ありがとう", "いいね",
            // ko
            "ㅋㅋㅋ 귀여워요", "감사합니다", "대박",
            // zh: 开封 (Kaifeng) is also "opened", 大同 (Datong) "much the same"
            "哈哈", "好的谢谢", "开封后还能退吗", "大同小异吧",
            // ar
            "شكرا جزيلا", "جميل جدا", "ما شاء الله",
            // product names of the demo store
            "how much is the Sonaro Air S1?", "Tidebeat Boom Mini price?", "Sonaro Studio H7 in black?",
    })
    void chatterAndProductNamesNameNoPlace(String text) {
        assertThat(understand(text).slots().country()).as(text).isNull();
    }

    @Test
    void aNamedCountryWinsOverACity() {
        assertThat(understand("I live in Toronto but ship it to Mexico").slots().country()).isEqualTo("MX");
        assertThat(understand("Versand nach Österreich, Wien oder München?").slots().country()).isEqualTo("AT");
        assertThat(understand("frete pro Brasil, moro em Lisboa").slots().country()).isEqualTo("BR");
    }

    @ParameterizedTest(name = "\"{0}\" is GB")
    @ValueSource(strings = {"shipping to the UK?", "do you ship to England", "delivery to Britain?",
            "shipping to Northern Ireland?", "envío a Escocia?", "livraison au pays de Galles ?", "Versand nach Schottland?",
            "スコットランドへの送料は？", "寄到苏格兰多少钱", "الشحن الى اسكتلندا"})
    void theUnitedKingdomByAnyOfItsNamesIsGb(String text) {
        assertThat(understand(text).slots().country()).as(text).isEqualTo("GB");
    }

    @Test
    void aCityAfterAToWordWinsOverACountryNameThatIsNotTheDestination() {
        assertThat(understand("Geschenk für meine Oma in Graz, wie lange dauert das?").slots().country())
                .as("Oma is grandma (and Omã, Oman, in Portuguese)").isEqualTo("AT");
    }

    @ParameterizedTest(name = "\"{0}\" ships to {1}")
    @CsvSource(delimiter = '|', value = {"札幌だと送料変わりますか？|JP", "北京运费多少|CN", "配送先は札幌です|JP"})
    void aTwoLetterHanNameCountsBesideAParticleOrAShippingWord(String text, String country) {
        assertThat(understand(text).slots().country()).as(text).isEqualTo(country);
    }

    @Test
    void anAmbiguousNameIsTheMostPopulousPlace() {
        assertThat(understand("shipping to Paris?").slots().country()).as("Paris, France, not Texas").isEqualTo("FR");
        assertThat(understand("how long to London").slots().country()).isEqualTo("GB");
    }

    @ParameterizedTest(name = "\"{0}\" from {1} ships to {2}")
    @CsvSource(delimiter = '|', value = {
            // the asker's own country has a town of that name: theirs, not the world's biggest
            "¿cuánto tarda el envío a Valencia?|ES|ES", "¿cuánto tarda el envío a Valencia?|VE|VE",
            "¿cuánto tarda el envío a Valencia?||VE", "how long to ship to Valencia?|ES|ES",
            "envío a Córdoba cuánto sale|ES|ES", "envío a Córdoba cuánto sale|AR|AR", "envío a Córdoba cuánto sale|MX|MX",
            // ...unless theirs is a small namesake of a world city
            "shipping to London?|CA|GB", "shipping to Paris?|US|FR", "livraison à Paris ?|CA|FR",
            "バレンシアまでの送料は？|ES|ES", "كم يوم الشحن إلى قرطبة؟|ES|ES",
    })
    void anAmbiguousNameIsTheAskersOwnTownWhenTheirCountryHasOneOfSomeSize(String text, String home, String country) {
        Context from = new Context(null, cohost.engine.Slots.NONE, null, home, null);
        assertThat(DEMO.understand(text, null, from).slots().country()).as(text + " from " + home).isEqualTo(country);
    }

    @Test
    void aBarePlaceFollowsUpTheLastQuestion() {
        Context afterShipping = new Context(Intent.SHIPPING, cohost.engine.Slots.NONE, null, null, "en");
        Understanding u = DEMO.understand("and Toronto?", null, afterShipping);
        assertThat(u.slots().country()).isEqualTo("CA");
        assertThat(u.intent()).isEqualTo(Intent.SHIPPING);
    }

    @Test
    void placesAreFoldedExactlyAsMessagesAre() throws Exception {
        List<String> names = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                Places.class.getResourceAsStream("/cohost/places.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                for (String n : line.split("\t")[3].split("\\|")) names.add(n.startsWith("~") ? n.substring(1) : n);
            }
        }
        for (String name : names) {
            assertThat(Places.fold(name)).as(name).isEqualTo(Text.fold(name));
            if (!Text.matchedAsSubstring(Text.fold(name))) {
                assertThat(Places.key(name)).as(name).isEqualTo(String.join(" ", Text.of(name).words));
            }
        }
    }
}
