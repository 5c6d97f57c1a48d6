package cohost.engine.understand;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BackchannelTest {

    @Test
    void backchannelsLaughterAndEmojiInManyLanguagesAskNothing() {
        for (String text : List.of("ok", "OK!!", "ok thanks!", "thank you 🙏", "kkkkkkk", "hahahaha", "jajaja",
                "wkwkwk", "rsrsrs", "ㅋㅋㅋㅋ", "ㅎㅎ", "哈哈哈哈哈", "嗯嗯", "好的", "www", "555", "هههه", "شكرا",
                "👍👍", "❤️🔥", "obrigado kkkk", "ＯＫ", "terima kasih")) {
            assertThat(Backchannel.is(text)).as(text).isTrue();
        }
    }

    @Test
    void aQuestionAfterABackchannelIsNoBackchannel() {
        for (String text : List.of("ok, how much is shipping?", "thanks! can I return it?", "哈哈 运费多少", "kkkk quanto custa?",
                "okay so do you ship to Brazil", "Pix?", "   ", "")) {
            assertThat(Backchannel.is(text)).as(text).isFalse();
        }
    }
}
