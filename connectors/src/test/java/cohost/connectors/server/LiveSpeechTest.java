package cohost.connectors.server;

import cohost.connectors.speech.Speech;
import cohost.connectors.speech.TestAudio;
import cohost.connectors.speech.VoskTestModel;
import cohost.engine.Cohost;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Voice over a real server with the real Vosk pipeline (fixture model: every speech burst is heard as "shipping"):
 * audio -> transcript -> the engine -> a shipping reply, on the live socket and the desk.
 */
class LiveSpeechTest {
    @TempDir
    static Path tmp;
    static Speech speech;
    static CohostServer server;

    @BeforeAll
    static void start() throws Exception {
        speech = Speech.load(Map.of("", VoskTestModel.write(tmp.resolve("model"))));
        server = CohostServer.start(ServerConfig.of("127.0.0.1", 0,
                Map.of("store-a", Cohost.builder(TestServers.kb("store-a")).build()), Map.of()).withSpeech(speech));
    }

    @AfterAll
    static void stop() {
        server.close();
        speech.close();
    }

    static void speak(LiveConnection c, int rate) {
        byte[] pcm = TestAudio.at(rate).silence(0.3).burst(0.8).silence(1.5).pcm();
        int frame = rate / 50 * 2;
        for (int i = 0; i < pcm.length; i += frame) {
            c.sendBinary(Arrays.copyOfRange(pcm, i, Math.min(pcm.length, i + frame)));
        }
    }

    static final String VIEWER = "\"viewer\": {\"id\": \"v1\", \"name\": \"Ana\", \"lang\": \"en\", \"country\": \"BR\"}";

    @Test
    void aViewersVoiceQuestionGetsTranscriptsThenAShippingAnswer() throws Exception {
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/voice-1/live", null)) {
            c.send("{\"type\": \"speech.start\", \"stream\": \"s1\", \"role\": \"viewer\", " + VIEWER + ", \"sampleRate\": 48000}");
            speak(c, 48000);
            c.send("{\"type\": \"speech.end\", \"stream\": \"s1\"}");

            JsonNode partial = c.await("partial transcript", f -> f.path("type").asText().equals("transcript")
                    && !f.path("final").asBoolean());
            assertThat(partial.path("stream").asText()).isEqualTo("s1");
            JsonNode fin = c.await("final transcript", f -> f.path("type").asText().equals("transcript")
                    && f.path("final").asBoolean());
            assertThat(fin.path("text").asText()).isEqualTo(VoskTestModel.WORD);
            JsonNode done = c.awaitType("reply.done");
            assertThat(done.path("sources").findValuesAsText("kind")).contains("shipping");
        }
    }

    @Test
    void badAudioGetsItsErrorAndTheSocketStaysUsable() throws Exception {
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/voice-2/live", null)) {
            c.sendBinary(new byte[320]);
            assertThat(c.awaitType("error").path("code").asText()).isEqualTo("no_stream");

            c.send("{\"type\": \"speech.start\", \"stream\": \"s1\", " + VIEWER + ", \"sampleRate\": 11025}");
            c.await("rate refusal", f -> f.path("code").asText().equals("unsupported_sample_rate"));

            c.send("{\"type\": \"speech.start\", \"stream\": \"s2\", " + VIEWER + ", \"sampleRate\": 16000}");
            c.sendBinary(new byte[321]);
            c.await("odd frame refusal", f -> f.path("code").asText().equals("odd_byte_count"));

            speak(c, 16000);
            c.send("{\"type\": \"speech.end\", \"stream\": \"s2\"}");
            assertThat(c.await("final transcript", f -> f.path("type").asText().equals("transcript")
                    && f.path("final").asBoolean()).path("text").asText()).isEqualTo(VoskTestModel.WORD);
            c.awaitType("reply.done");
        }
    }

    @Test
    void theDeskTranscribesAPostedWavAndAnswersIt() throws Exception {
        byte[] wav = TestAudio.at(22050).silence(0.3).burst(0.8).silence(1.2).wav(2);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.url() + "/v1/conversations/voice-desk/messages?lang=en&country=BR"))
                .header("Content-Type", "audio/wav").POST(HttpRequest.BodyPublishers.ofByteArray(wav)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = Http.JSON.readTree(r.body());
        assertThat(body.path("transcript").asText()).isEqualTo(VoskTestModel.WORD);
        assertThat(body.path("reply").path("intent").asText()).isEqualTo("shipping");
    }

    @Test
    void theDeskRefusesAudioItCannotRead() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.url() + "/v1/conversations/voice-desk/messages"))
                .header("Content-Type", "audio/wav").POST(HttpRequest.BodyPublishers.ofString("not a wav")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Http.JSON.readTree(r.body()).path("error").path("code").asText()).isEqualTo("bad_header");
    }
}
