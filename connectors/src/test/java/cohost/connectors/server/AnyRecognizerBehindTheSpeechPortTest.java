package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.engine.speech.AudioException;
import cohost.engine.speech.SpeechRecognizer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's voice paths read speech only through the engine's {@link SpeechRecognizer} port: a recognizer that is
 * not Vosk (here one that "hears" each audio frame's bytes as UTF-8 words, so the test says what was spoken) drives
 * the live socket's transcripts and answers and the desk's voice messages the same way. (The real Vosk pipeline
 * through the same paths: {@link LiveSpeechTest}, {@link SpeechBargeInTest}.)
 */
class AnyRecognizerBehindTheSpeechPortTest {

    /** Hears each frame as words; speech starts at the first frame, the final comes at the stream's end. */
    static final class WordsAsAudio implements SpeechRecognizer {
        final List<String> opened = new CopyOnWriteArrayList<>();

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public Stream open(String lang, int sampleRate, Listener listener) {
            opened.add(lang + "@" + sampleRate);
            StringBuilder heard = new StringBuilder();
            return new Stream() {
                @Override
                public void accept(byte[] pcm) {
                    if (pcm.length % 2 != 0) throw new AudioException(AudioException.ODD_BYTE_COUNT, "odd frame");
                    if (heard.isEmpty()) listener.onSpeechStart();
                    heard.append(new String(pcm, StandardCharsets.UTF_8));
                    listener.onPartial(heard.toString().strip());
                }

                @Override
                public void end() {
                    if (!heard.toString().isBlank()) listener.onFinal(heard.toString().strip());
                    listener.onSpeechEnd();
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public String transcribe(short[] samples, int sampleRate, String lang) {
            return "how much is shipping to Brazil?";
        }
    }

    static byte[] even(String words) {
        byte[] b = words.getBytes(StandardCharsets.UTF_8);
        return b.length % 2 == 0 ? b : (words + " ").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aViewersWordsReachTheRoomAsTranscriptsAndAreAnsweredLikeChat() throws Exception {
        WordsAsAudio recognizer = new WordsAsAudio();
        try (CohostServer server = CohostServer.start(ServerConfig.of("127.0.0.1", 0,
                Map.of("store-a", Cohost.builder(TestServers.kb("store-a")).build()), Map.of()).withSpeech(recognizer));
             LiveConnection c = LiveConnection.open(server, "/v1/rooms/port-1/live", null)) {
            c.send("{\"type\": \"speech.start\", \"stream\": \"s1\", \"role\": \"viewer\", \"viewer\": {\"id\": \"v1\", "
                    + "\"name\": \"Ana\", \"lang\": \"en\", \"country\": \"BR\"}, \"sampleRate\": 16000}");
            c.sendBinary(even("how much is "));
            c.sendBinary(even("shipping to Brazil?"));
            c.send("{\"type\": \"speech.end\", \"stream\": \"s1\"}");

            assertThat(c.await("partial", f -> f.path("type").asText().equals("transcript")
                    && !f.path("final").asBoolean()).path("text").asText()).isEqualTo("how much is");
            assertThat(c.await("final", f -> f.path("type").asText().equals("transcript")
                    && f.path("final").asBoolean()).path("text").asText()).isEqualTo("how much is shipping to Brazil?");
            JsonNode done = c.awaitType("reply.done");
            assertThat(done.path("sources").findValuesAsText("kind")).contains("shipping");
            assertThat(recognizer.opened).containsExactly("en@16000");
        }
    }

    @Test
    void theDeskAnswersWhatTheRecognizerTranscribedFromAWav() throws Exception {
        try (CohostServer server = CohostServer.start(ServerConfig.of("127.0.0.1", 0,
                Map.of("store-a", Cohost.builder(TestServers.kb("store-a")).build()), Map.of())
                .withSpeech(new WordsAsAudio()))) {
            byte[] wav = cohost.connectors.speech.TestAudio.at(16000).silence(0.5).wav(1);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(server.url() + "/v1/conversations/port-desk/messages?lang=en&country=BR"))
                    .header("Content-Type", "audio/wav").POST(HttpRequest.BodyPublishers.ofByteArray(wav)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = Http.JSON.readTree(r.body());
            assertThat(body.path("transcript").asText()).isEqualTo("how much is shipping to Brazil?");
            assertThat(body.path("reply").path("intent").asText()).isEqualTo("shipping");
        }
    }
}
