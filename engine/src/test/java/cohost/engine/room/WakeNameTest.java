package cohost.engine.room;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The host's words are a question for the co-host only when they name it. */
class WakeNameTest {

    @Test
    void theDefaultNamesAreFoundInEachLanguageAndTakenOut() {
        WakeName w = WakeName.DEFAULTS;
        assertThat(w.addressed("小助手，巴西运费多少？")).hasValue("巴西运费多少？");
        assertThat(w.addressed("Cohost, how long to ship to Brazil?")).hasValue("how long to ship to Brazil?");
        assertThat(w.addressed("@cohost shipping to Japan?")).hasValue("shipping to Japan?");
        assertThat(w.addressed("hey assistant, do we ship to Canada?")).hasValue("hey do we ship to Canada?");
        assertThat(w.addressed("Assistente, quanto é o frete pro Brasil?")).hasValue("quanto é o frete pro Brasil?");
        assertThat(w.addressed("asistente ¿envían a México?")).hasValue("¿envían a México?");
        assertThat(w.addressed("Assistent, wie lange dauert der Versand?")).hasValue("wie lange dauert der Versand?");
        assertThat(w.addressed("asisten, ongkir ke Surabaya berapa?")).hasValue("ongkir ke Surabaya berapa?");
        assertThat(w.addressed("アシスタントさん、日本への送料は？")).hasValue("さん、日本への送料は？");
        assertThat(w.addressed("어시스턴트님 한국 배송비 얼마예요?")).hasValue("님 한국 배송비 얼마예요?");
        assertThat(w.addressed("يا مساعد، كم تكلفة الشحن إلى السعودية؟")).hasValue("يا كم تكلفة الشحن إلى السعودية؟");
    }

    @Test
    void theHostTalkingToTheAudienceNamesNoCohost() {
        for (String text : List.of("大家好，欢迎来到直播间！", "OK everyone, next product!", "Pessoal, próximo produto!",
                "¡Bienvenidos todos!", "Hallo zusammen, schön dass ihr da seid!", "여러분 안녕하세요~",
                "はい、次の商品にいきます！", "مرحبا بالجميع", "Our assistants in the warehouse pack everything by hand")) {
            assertThat(WakeName.DEFAULTS.addressed(text)).as(text).isEmpty();
        }
    }

    @Test
    void aStoresOwnNamesReplaceTheDefaults() {
        WakeName mia = WakeName.of(List.of("Mia", "小美"));
        assertThat(mia.addressed("Mia, shipping to Brazil?")).hasValue("shipping to Brazil?");
        assertThat(mia.addressed("小美，运费多少")).hasValue("运费多少");
        assertThat(mia.addressed("Cohost, shipping?")).isEmpty();
        assertThat(mia.addressed("Mialgia")).as("a whole word").isEmpty();
        assertThat(WakeName.of(List.of())).isSameAs(WakeName.DEFAULTS);
    }
}
