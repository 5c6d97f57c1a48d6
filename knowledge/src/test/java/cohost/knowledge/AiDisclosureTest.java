package cohost.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** store.json {@code aiDisclosure}: an AI label before replies and a periodic reminder, both optional. */
class AiDisclosureTest {
    @TempDir
    Path dir;

    private KnowledgeBase withDisclosure(String json) throws Exception {
        Path folder = TestKb.copyTo(dir);
        String store = Files.readString(folder.resolve("store.json"));
        TestKb.write(folder, "store.json", store.replaceFirst("\\{", "{\"aiDisclosure\": " + json + ", "));
        return KnowledgeBase.load(folder);
    }

    @Test
    void aStoreWithoutTheFieldHasNoLabelAndNoReminder() {
        assertThat(TestKb.load().store().aiDisclosure()).isNull();
    }

    @Test
    void theLabelIsSaidInTheReplysLanguageElseTheStoresDefault() throws Exception {
        AiDisclosure ai = withDisclosure("""
                {"leadIn": {"en": "[AI]", "zh": "【AI回复】"},
                 "reminder": {"everyMinutes": 10, "text": {"en": "Replies here are written by an AI.", "zh": "本直播间的回复由AI生成。"}}}
                """).store().aiDisclosure();
        assertThat(ai.leadIn("zh")).isEqualTo("【AI回复】");
        assertThat(ai.leadIn("pt")).as("not written in Portuguese: the default language's").isEqualTo("[AI]");
        assertThat(ai.reminder().every()).isEqualTo(Duration.ofMinutes(10));
        assertThat(ai.reminder().text().in("zh")).isEqualTo("本直播间的回复由AI生成。");
    }

    @Test
    void eitherPartAlone() throws Exception {
        assertThat(withDisclosure("{\"leadIn\": \"AI:\"}").store().aiDisclosure().reminder()).isNull();
        assertThat(withDisclosure("{\"reminder\": {\"everyMinutes\": 5, \"text\": \"AI host\"}}").store()
                .aiDisclosure().leadIn("en")).isEmpty();
    }

    @Test
    void aBadDisclosureSaysWhatAndWhere() {
        assertThatThrownBy(() -> withDisclosure("{\"reminder\": {\"everyMinutes\": 0, \"text\": \"AI\"}}"))
                .isInstanceOf(KbException.class)
                .hasMessageContaining("store.json aiDisclosure.reminder.everyMinutes: must be between 1 and 1440 minutes, got 0");
        assertThatThrownBy(() -> withDisclosure("{\"reminder\": {\"every\": 10, \"text\": \"AI\"}}"))
                .isInstanceOf(KbException.class)
                .hasMessageContaining("aiDisclosure.reminder.everyMinutes")
                .hasMessageContaining("aiDisclosure.reminder.every");
        assertThatThrownBy(() -> withDisclosure("{\"label\": \"AI\"}")).isInstanceOf(KbException.class)
                .hasMessageContaining("aiDisclosure.label")
                .hasMessageContaining("store.json aiDisclosure: needs 'leadIn'");
        assertThatThrownBy(() -> withDisclosure("\"AI\"")).isInstanceOf(KbException.class)
                .hasMessageContaining("store.json aiDisclosure: must be an object");
    }
}
