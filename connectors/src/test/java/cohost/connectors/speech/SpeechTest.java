package cohost.connectors.speech;

import cohost.engine.speech.AudioException;
import cohost.engine.speech.SpeechRecognizer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** Records every listener call in order, as "start", "partial:text", "final:text", "end". */
    static final class Events implements SpeechRecognizer.Listener {
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

        @Override
        public void onSpeechEnd() {
            seen.add("end");
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
        assertThat(events.seen).last().isEqualTo("end");
    }

    @Test
    void theFixtureModelLoadsOnceAndServesItsLanguage() {
        assertThat(speech.available()).isTrue();
        assertThat(speech.languages()).containsExactly("en");
    }

    @Test
    void silenceGivesNoEventsAtAll() {
        Events events = new Events();
        try (SpeechStream stream = speech.open("en", 16000, events)) {
            feed(stream, TestAudio.at(16000).silence(3).pcm(), 3200);
            stream.end();
        }
        assertThat(events.seen).isEmpty();
    }

    @Test
    void speechStartFiresFromTheFirstLoudFramesBeforeAnyText() {
        Events events = new Events();
        try (SpeechStream stream = speech.open("en", 16000, events)) {
            stream.accept(TestAudio.at(16000).silence(0.5).pcm());
            assertThat(events.seen).isEmpty();

            stream.accept(TestAudio.at(16000).burst(0.04).pcm()); // 40 ms of speech: too short for any word yet

            assertThat(events.seen).containsExactly("start");
            stream.end();
        }
        assertThat(events.seen).endsWith("final:" + VoskTestModel.WORD, "end");
    }

    @Test
    void twoBurstsSeparatedByAPauseEndTheirUtterancesInTurn() {
        Events events = new Events();
        try (SpeechStream stream = speech.open("en", 16000, events)) {
            feed(stream, TestAudio.at(16000).burst(0.6).silence(1.5).burst(0.6).silence(1.5).pcm(), 3200);
            stream.end();
        }
        assertThat(events.seen.stream().filter(e -> !e.startsWith("partial")))
                .containsExactly("start", "final:" + VoskTestModel.WORD, "end", "start", "final:" + VoskTestModel.WORD, "end");
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {8000, 22050, 44100, 48000})
    void audioAtOtherRatesIsResampledToTheModelAndRecognized(int rate) {
        Events events = new Events();
        try (SpeechStream stream = speech.open("en", rate, events)) {
            feed(stream, TestAudio.at(rate).silence(0.5).burst(0.8).silence(1.5).pcm(), rate / 5 * 2);
            stream.end();
        }
        assertThat(events.finals()).containsExactly(VoskTestModel.WORD);
    }

    @Test
    void endDeliversTheFinalOfAnUtteranceCutOffMidSpeech() {
        Events events = new Events();
        try (SpeechStream stream = speech.open("en", 16000, events)) {
            stream.accept(TestAudio.at(16000).silence(0.3).burst(0.8).pcm());
            assertThat(events.finals()).isEmpty();
            stream.end();
        }
        assertThat(events.finals()).containsExactly(VoskTestModel.WORD);
    }

    @Test
    void transcribesMonoAndStereoWavFiles() {
        TestAudio audio = TestAudio.at(44100).silence(0.4).burst(0.7).silence(1.2);

        assertThat(speech.transcribeWav(audio.wav(1), "en")).isEqualTo(VoskTestModel.WORD);
        assertThat(speech.transcribeWav(audio.wav(2), null)).isEqualTo(VoskTestModel.WORD);
        assertThat(speech.transcribeWav(TestAudio.at(16000).silence(1).wav(1), "en")).isEmpty();
    }

    @Test
    void badFramesAreRefusedWithTheirCodeAndTheStreamCarriesOn() {
        Events events = new Events();
        try (SpeechStream stream = speech.open("en", 16000, events)) {
            stream.accept(TestAudio.at(16000).silence(0.3).pcm());
            assertThatThrownBy(() -> stream.accept(new byte[3201]))
                    .isInstanceOf(AudioException.class)
                    .hasFieldOrPropertyWithValue("code", AudioException.ODD_BYTE_COUNT)
                    .hasMessageContaining("3201 bytes");
            assertThatThrownBy(() -> stream.accept(new byte[0]))
                    .hasFieldOrPropertyWithValue("code", AudioException.EMPTY_AUDIO);

            feed(stream, TestAudio.at(16000).burst(0.8).silence(1.5).pcm(), 3200);
            stream.end();

            assertThatThrownBy(() -> stream.accept(new byte[2]))
                    .hasFieldOrPropertyWithValue("code", AudioException.STREAM_ENDED);
        }
        assertThat(events.finals()).containsExactly(VoskTestModel.WORD);
    }

    @Test
    void aStreamPastTheLengthCapIsRefusedButKeepsWhatCameBefore() {
        Events events = new Events();
        try (SpeechStream stream = speech.open("en", 16000, events)) { // cap: 10 s
            feed(stream, TestAudio.at(16000).silence(8).burst(0.8).silence(1).pcm(), 16000);
            assertThatThrownBy(() -> stream.accept(TestAudio.at(16000).silence(0.5).pcm()))
                    .hasFieldOrPropertyWithValue("code", AudioException.TOO_LONG)
                    .hasMessageContaining("10 s");
            stream.end();
        }
        assertThat(events.finals()).containsExactly(VoskTestModel.WORD);
        assertThatThrownBy(() -> speech.transcribeWav(TestAudio.at(8000).silence(11).wav(1), "en"))
                .hasFieldOrPropertyWithValue("code", AudioException.TOO_LONG);
    }

    @Test
    void endingAStreamThatNeverGotAudioIsAnEmptyAudioError() {
        try (SpeechStream stream = speech.open("en", 16000, new Events())) {
            assertThatThrownBy(stream::end).hasFieldOrPropertyWithValue("code", AudioException.EMPTY_AUDIO);
        }
    }

    @Test
    void unsupportedSampleRatesAreRefusedWhenTheStreamOpens() {
        assertThatThrownBy(() -> speech.open("en", 11025, new Events()))
                .hasFieldOrPropertyWithValue("code", AudioException.UNSUPPORTED_SAMPLE_RATE)
                .hasMessageContaining("11025");
    }

    @Test
    void aClosedStreamRefusesAudioAndClosingTwiceIsHarmless() {
        SpeechStream stream = speech.open("en", 16000, new Events());
        stream.close();
        stream.close();
        assertThatThrownBy(() -> stream.accept(new byte[2]))
                .hasFieldOrPropertyWithValue("code", AudioException.STREAM_ENDED);
    }

    @Test
    void aLanguageWithoutAModelIsRefusedUnlessThereIsADefaultModel() throws IOException {
        assertThatThrownBy(() -> speech.open("zh", 16000, new Events()))
                .hasFieldOrPropertyWithValue("code", AudioException.NO_MODEL)
                .hasMessageContaining("'zh'").hasMessageContaining("en");
        try (Speech withDefault = Speech.load(Map.of("", VoskTestModel.write(tmp.resolve("default"))))) {
            Events events = new Events();
            try (SpeechStream stream = withDefault.open("zh", 16000, events)) {
                feed(stream, TestAudio.at(16000).burst(0.8).silence(1.5).pcm(), 3200);
                stream.end();
            }
            assertThat(events.finals()).containsExactly(VoskTestModel.WORD);
        }
    }

    @Test
    void traditionalChineseIsHeardWithTheChineseModel() throws IOException {
        try (Speech chinese = Speech.load(Map.of("zh", VoskTestModel.write(tmp.resolve("zh"))))) {
            Events events = new Events();
            try (SpeechStream stream = chinese.open("zh-Hant", 16000, events)) {
                feed(stream, TestAudio.at(16000).burst(0.8).silence(1.5).pcm(), 3200);
                stream.end();
            }
            assertThat(events.finals()).containsExactly(VoskTestModel.WORD);
        }
    }

    @Test
    void withoutModelsSpeechIsOffAndSaysHowToTurnItOn() {
        Speech none = Speech.none();
        assertThat(none.available()).isFalse();
        assertThatThrownBy(() -> none.open("en", 16000, new Events()))
                .hasFieldOrPropertyWithValue("code", AudioException.NO_MODEL)
                .hasMessageContaining("--vosk-model");
    }

    @Test
    void aMissingModelFolderFailsAtLoadNamingThePathAndTheRequiredFiles() {
        Path missing = tmp.resolve("no-such-model");
        assertThatThrownBy(() -> Speech.load(Map.of("en", missing)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("does not exist")
                .hasMessageContaining("am/final.mdl").hasMessageContaining("conf/model.conf")
                .hasMessageContaining("conf/mfcc.conf").hasMessageContaining("graph/HCLG.fst")
                .hasMessageContaining("graph/words.txt");
    }

    @Test
    void anIncompleteModelFolderNamesWhatIsMissing() throws IOException {
        Path dir = VoskTestModel.write(tmp.resolve("incomplete"));
        Files.delete(dir.resolve("graph/HCLG.fst"));
        Files.delete(dir.resolve("conf/mfcc.conf"));

        assertThatThrownBy(() -> Speech.load(Map.of("en", dir)))
                .hasMessageContaining(dir.toAbsolutePath() + " lacks conf/mfcc.conf, graph/HCLG.fst");
    }

    @Test
    void aCorruptModelFailsAtLoadNotAtTheFirstFrame() throws IOException {
        Path dir = VoskTestModel.write(tmp.resolve("corrupt"));
        Files.writeString(dir.resolve("am/final.mdl"), "this is not a Kaldi model");

        assertThatThrownBy(() -> Speech.load(Map.of("en", dir)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("could not load the model in " + dir);
    }

    @Test
    void modelOptionsTakeAPlainFolderOrOneFolderPerLanguage() {
        assertThat(Speech.modelOptions(List.of("/m/en", "zh=/m/cn"), null))
                .containsExactly(Map.entry("", Path.of("/m/en")), Map.entry("zh", Path.of("/m/cn")));
        assertThat(Speech.modelOptions(List.of(), "en=/m/en,pt-BR=/m/pt"))
                .containsExactly(Map.entry("en", Path.of("/m/en")), Map.entry("pt-BR", Path.of("/m/pt")));
        assertThat(Speech.modelOptions(List.of("en=/m/a"), "zh=/m/b")).containsOnlyKeys("en");
        assertThat(Speech.modelOptions(List.of(), null)).isEmpty();
        assertThatThrownBy(() -> Speech.modelOptions(List.of("en=/a", "en=/b"), null))
                .hasMessageContaining("'en' is given twice");
    }
}
