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

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spoken barge-in over a real socket, with the real Vosk pipeline (fixture model: a tone burst is speech, heard as
 * "shipping") and replies paced at 10 characters a second, so a reply is still being spoken when the voice arrives.
 */
class SpeechBargeInTest {
    @TempDir
    static Path tmp;
    static Speech speech;
    static CohostServer server;

    @BeforeAll
    static void start() throws Exception {
        speech = Speech.load(Map.of("", VoskTestModel.write(tmp.resolve("model"))));
        server = CohostServer.start(ServerConfig.of("127.0.0.1", 0,
                Map.of("store-a", Cohost.builder(TestServers.kb("store-a")).pace(10).build()), Map.of()).withSpeech(speech));
    }

    @AfterAll
    static void stop() {
        server.close();
        speech.close();
    }

    static final String ANA = "{\"id\": \"v1\", \"name\": \"Ana\", \"lang\": \"en\", \"country\": \"BR\"}";

    static void speakBurst(LiveConnection c) {
        byte[] pcm = TestAudio.at(16000).silence(0.3).burst(0.8).silence(1.5).pcm();
        int frame = 16000 / 50 * 2;
        for (int i = 0; i < pcm.length; i += frame) {
            c.sendBinary(Arrays.copyOfRange(pcm, i, Math.min(pcm.length, i + frame)));
        }
    }

    /** Ana asks in chat; returns the id of the reply once its first words are out. */
    static String anaAsks(LiveConnection c, String id, String text) throws InterruptedException {
        c.send("{\"type\": \"chat\", \"id\": \"" + id + "\", \"viewer\": " + ANA + ", \"text\": \"" + text + "\"}");
        String replyId = c.outcome(id).replace("reply ", "");
        c.await("first words of " + replyId, f -> is(f, "reply.delta", replyId));
        return replyId;
    }

    static boolean is(JsonNode f, String type, String replyId) {
        return f.path("type").asText().equals(type) && f.path("replyId").asText().equals(replyId);
    }

    /** Every frame of this reply after its cancelled event. */
    static List<JsonNode> afterCancel(LiveConnection c, String replyId) {
        List<JsonNode> frames = c.frames();
        int cancelled = frames.indexOf(frames.stream().filter(f -> is(f, "reply.cancelled", replyId)).findFirst().orElseThrow());
        return frames.subList(cancelled + 1, frames.size()).stream()
                .filter(f -> f.path("replyId").asText().equals(replyId)).toList();
    }

    @Test
    void theHostStartingToSpeakCancelsTheCohostsReplyMidSentence() throws Exception {
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/barge-1/live", null)) {
            String replyId = anaAsks(c, "m1", "how much is shipping to Brazil?");

            c.send("{\"type\": \"speech.start\", \"stream\": \"h1\", \"role\": \"host\", \"sampleRate\": 16000}");
            speakBurst(c);
            JsonNode cancelled = c.await("the reply cancelled", f -> is(f, "reply.cancelled", replyId));
            assertThat(cancelled.path("reason").asText()).isEqualTo("host_speaking");
            String delivered = cancelled.path("delivered").asText();
            assertThat(delivered).startsWith("@Ana ");
            String streamed = c.frames().stream().filter(f -> is(f, "reply.delta", replyId))
                    .map(f -> f.path("text").asText()).reduce("", String::concat);
            assertThat(delivered).as("delivered is exactly what was streamed").isEqualTo(streamed);

            c.send("{\"type\": \"speech.end\", \"stream\": \"h1\"}");
            c.outcome("h1.1"); // the host's words are handled once the host stops: time enough for a stray word
            assertThat(afterCancel(c, replyId)).as("nothing more for the cancelled reply").isEmpty();
            assertThat(c.frames()).noneMatch(f -> is(f, "reply.done", replyId));
        }
    }

    @Test
    void aViewersVoiceQuestionSupersedesTheirOwnReplyInFlight() throws Exception {
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/barge-2/live", null)) {
            String replyId = anaAsks(c, "m1", "can I return it if it does not fit?");

            c.send("{\"type\": \"speech.start\", \"stream\": \"s1\", \"role\": \"viewer\", \"viewer\": " + ANA
                    + ", \"sampleRate\": 16000}");
            speakBurst(c);
            c.send("{\"type\": \"speech.end\", \"stream\": \"s1\"}");

            JsonNode cancelled = c.await("the returns reply cancelled", f -> is(f, "reply.cancelled", replyId));
            assertThat(cancelled.path("reason").asText()).isEqualTo("superseded");
            String voiceReply = c.outcome("s1.1").replace("reply ", "");
            JsonNode started = c.await("the voice question's reply", f -> is(f, "reply.started", voiceReply));
            assertThat(started.path("inReplyTo").get(0).asText()).isEqualTo("s1.1");
            c.await("the voice question's words", f -> is(f, "reply.delta", voiceReply));
            assertThat(afterCancel(c, replyId)).isEmpty();
        }
    }

    @Test
    void anotherViewersVoiceDoesNotCancelAnasReply() throws Exception {
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/barge-3/live", null)) {
            String replyId = anaAsks(c, "m1", "can I return it if it does not fit?");

            c.send("{\"type\": \"speech.start\", \"stream\": \"s1\", \"role\": \"viewer\", \"viewer\": "
                    + "{\"id\": \"v2\", \"name\": \"Caio\", \"lang\": \"en\", \"country\": \"BR\"}, \"sampleRate\": 16000}");
            speakBurst(c);
            c.send("{\"type\": \"speech.end\", \"stream\": \"s1\"}");
            c.outcome("s1.1");
            assertThat(c.frames()).noneMatch(f -> is(f, "reply.cancelled", replyId));
        }
    }
}
