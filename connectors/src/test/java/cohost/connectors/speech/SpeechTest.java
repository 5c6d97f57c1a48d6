package cohost.connectors.speech;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real Vosk pipeline on the generated fixture model: loading, streaming results, onset, and errors. */
class SpeechTest {
    @TempDir
    static Path tmp;
    static Speech speech;

    @BeforeAll
    static void loadModel() throws IOException {
        speech = Speech.load(Map.of("en", VoskTestModel.write(tmp.resolve("model"))), 10);
    }

    @AfterAll
    static void closeModel() {
        speech.close();
    }

    /** Records every listener call in order, as "start", "partial:text", "final:text". */
    static final class Events implements SpeechListener {
        final List<String> seen = new ArrayList<>();

        @Override
        public void onSpeechStart() {
            seen.add("start");
        }

        @Override
        public void onPartial(String text) {
            seen.add("partial:" + text);
        }

        @Override
        public void onFinal(String text) {
            seen.add("final:" + text);
        }

        List<String> finals() {
            return seen.stream().filter(s -> s.startsWith("final:")).map(s -> s.substring(6)).toList();
        }
    }

    static void feed(SpeechStream stream, byte[] pcm, int chunkBytes) {
        for (int i = 0; i < pcm.length; i += chunkBytes) {
            stream.accept(java.util.Arrays.copyOfRange(pcm, i, Math.min(pcm.length, i + chunkBytes)));
        }
    }

    @Test
    void aBurstBetweenSilencesIsHeardAsTheFixtureWordWithPartialsFirst() {
        Events events = new Events();
        try (SpeechStream stream = speech.open("en", 16000, events)) {
            feed(stream, TestAudio.at(16000).silence(0.5).burst(0.8).silence(1.5).pcm(), 3200);
            stream.end();
        }
        assertThat(events.finals()).containsExactly(VoskTestModel.WORD);
        assertThat(events.seen).first().isEqualTo("start");
        assertThat(events.seen).contains("partial:" + VoskTestModel.WORD);
        assertThat(events.seen.indexOf("partial:" + VoskTestModel.WORD))
                .isLessThan(events.seen.indexOf("final:" + VoskTestModel.WORD));
        System.out.println(events.seen);
    }
}
