package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.engine.room.RoomPolicy;
import cohost.engine.testing.ScriptedChatServer;
import cohost.connectors.llm.LangChain4jChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static cohost.connectors.server.TestServers.KEY_A;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desk client that hangs up on a server-sent event stream cancels its reply and the model's stream at once, even
 * while the model is quiet and nothing would otherwise be written to notice the hang-up (issue #13).
 */
class HangUpTest {
    @Test
    void aClientHangingUpOnAQuietStreamCancelsTheReplyAndTheModelStream() throws Exception {
        try (ScriptedChatServer llm = ScriptedChatServer.start(body -> "Standard shipping to Brazil takes 15-30 days. ")
                .thenSilent(true).pause(Duration.ofMillis(50));
             Cohost cohost = Cohost.builder(TestServers.kb("store-a")).chatModel(new LangChain4jChatModel(OpenAiStreamingChatModel.builder()
                     .baseUrl(llm.baseUrl()).apiKey("test").modelName("test").build())).build();
             CohostServer server = CohostServer.start(ServerConfig.of("127.0.0.1", 0, Map.of("store-a", cohost),
                     Map.of(KEY_A, "store-a")).withLimits(RoomPolicy.DEFAULTS, 1000, 1000, 512))) {
            String body = "{\"text\": \"how long does shipping to Brazil take?\", \"lang\": \"en\", \"customer\": "
                    + "{\"country\": \"BR\"}}";
            java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port());
            socket.getOutputStream().write(("POST /v1/conversations/gone/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + KEY_A + "\r\nContent-Type: application/json\r\n"
                    + "Accept: text/event-stream\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                    + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            socket.setSoTimeout(20_000);
            StringBuilder seen = new StringBuilder();
            while (!seen.toString().contains("reply.delta")) {
                int b = socket.getInputStream().read();
                assertThat(b).as("the stream so far: %s", seen).isNotNegative();
                seen.append((char) b);
            }
            socket.setSoLinger(true, 0);
            socket.close(); // the model has said its sentence and is now quiet: nothing else would be written
            for (int i = 0; i < 60 && llm.hangUps() == 0; i++) {
                Thread.sleep(50);
            }
            assertThat(llm.hangUps()).as("the model's stream was closed within 3 s of the hang-up, well before the "
                    + "model's silence limit").isEqualTo(1);
            var turns = Http.json(Http.send(Http.get(server, "/v1/conversations/gone", KEY_A))).path("turns");
            assertThat(turns.get(turns.size() - 1).path("status").asText()).isEqualTo("cut");
            assertThat(turns.get(turns.size() - 1).path("detail").asText()).contains("client_gone");
        }
    }
}
