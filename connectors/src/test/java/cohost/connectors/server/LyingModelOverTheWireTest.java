package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.engine.room.RoomPolicy;
import cohost.engine.testing.ScriptedChatServer;
import com.fasterxml.jackson.databind.JsonNode;
import cohost.connectors.llm.LangChain4jChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cohost.connectors.server.TestServers.KEY_A;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lying model, over the real server: store-a ships to Brazil by Correios in 15-30 business days for
 * 9.99 USD, the buyer pays import taxes, and there is nothing in gold. The model says the true delay, then "It also
 * comes in gold, and shipping is free worldwide with no customs to pay." Over the desk (JSON and SSE) and a live room,
 * no byte of the lie reaches anyone, not even as a delta, and every asker gets a reply.
 */
class LyingModelOverTheWireTest {
    static final String TRUTH = "Standard shipping to Brazil takes 15 to 30 business days. ";
    static final String LIE = "It also comes in gold, and shipping is free worldwide with no customs to pay.";

    private static CohostServer server(ScriptedChatServer llm, int pace) {
        Cohost engine = Cohost.builder(TestServers.kb("store-a")).pace(pace).chatModel(new LangChain4jChatModel(OpenAiStreamingChatModel.builder()
                .baseUrl(llm.baseUrl()).apiKey("test").modelName("test").build())).build();
        return CohostServer.start(ServerConfig.of("127.0.0.1", 0, Map.of("store-a", engine), Map.of(KEY_A, "store-a"))
                .withLimits(RoomPolicy.DEFAULTS, 1000, 1000, 4096));
    }

    @Test
    void overTheDeskNeitherJsonNorSseCarriesAnyOfTheLie() {
        try (var llm = ScriptedChatServer.start(body -> TRUTH + LIE).chunkChars(5).pause(Duration.ofMillis(2));
             var server = server(llm, 0)) {
            String ask = "{\"text\": \"how long does shipping to Brazil take?\", \"lang\": \"en\"}";
            HttpResponse<String> json = Http.send(Http.post(server, "/v1/conversations/desk-json/messages", KEY_A, ask));
            assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
            String text = Http.json(json).get("reply").get("text").asText();
            assertThat(text).startsWith(TRUTH).doesNotContain("gold", "free worldwide", "no customs");

            HttpResponse<String> sse = Http.send(Http.post(server, "/v1/conversations/desk-sse/messages", KEY_A, ask)
                    .header("Accept", "text/event-stream"));
            assertThat(sse.statusCode()).isEqualTo(200);
            assertThat(sse.body()).contains("event: reply.done").contains("15 to 30 business days")
                    .doesNotContain("gold", "free worldwide", "no customs");
        }
    }

    @Test
    void inALiveRoomEveryAskerGetsAReplyWithoutTheLieAndTheHostCanStillCutTheTemplate() throws Exception {
        try (var llm = ScriptedChatServer.start(body -> TRUTH + LIE).chunkChars(5).pause(Duration.ofMillis(2));
             var server = server(llm, 40);
             LiveConnection host = LiveConnection.open(server, "/v1/rooms/show/live", KEY_A);
             LiveConnection viewers = LiveConnection.open(server, "/v1/rooms/show/live", KEY_A)) {
            viewers.chat("v1", "ana", "pt", "quanto tempo leva o envio para o Brasil?");
            viewers.chat("v2", "bo", "en", "how long does shipping to Brazil take?");
            String first = viewers.outcome("v1");
            String second = viewers.outcome("v2");
            assertThat(List.of(first, second)).allMatch(o -> o.startsWith("reply") || o.startsWith("joined"));
            // the host speaks while the (paced) reply is still being said: it is cut, whoever wrote it
            String replyId = first.substring(first.indexOf(' ') + 1);
            viewers.await("a delta of the reply", f -> f.path("type").asText().equals("reply.delta")
                    && f.get("replyId").asText().equals(replyId));
            host.send("{\"type\": \"host.speaking\", \"on\": true}");
            JsonNode end = viewers.await("the reply ended", f -> (f.path("type").asText().equals("reply.cancelled")
                    || f.path("type").asText().equals("reply.done")) && f.get("replyId").asText().equals(replyId));
            assertThat(end.get("type").asText()).as("a 40 chars/s reply is still being said when the host speaks")
                    .isEqualTo("reply.cancelled");
            host.send("{\"type\": \"host.speaking\", \"on\": false}");
            viewers.chat("v3", "cy", "en", "how long does shipping to Brazil take from here?");
            String third = viewers.outcome("v3");
            String thirdId = third.substring(third.indexOf(' ') + 1);
            viewers.await("the third asker's reply done", f -> f.path("type").asText().equals("reply.done")
                    && f.get("replyId").asText().equals(thirdId));
            for (JsonNode f : viewers.frames()) {
                String text = f.path("text").asText("") + f.path("delivered").asText("");
                assertThat(text).as(f.toString()).doesNotContain("gold", "free worldwide", "no customs");
            }
        }
    }

    @Test
    void cancellingALiveRoomReplyClosesTheModelsStream() throws Exception {
        try (var llm = ScriptedChatServer.start(body -> TRUTH).endless(true).chunkChars(6).pause(Duration.ofMillis(10));
             var server = server(llm, 200);
             LiveConnection host = LiveConnection.open(server, "/v1/rooms/show/live", KEY_A)) {
            host.send("{\"type\": \"host\", \"id\": \"h1\", \"text\": \"Cohost, how long does shipping to Brazil take?\"}");
            String reply = host.outcome("h1").substring("reply ".length());
            host.await("streaming", f -> f.path("type").asText().equals("reply.delta") && f.get("replyId").asText().equals(reply));
            host.send("{\"type\": \"host.speaking\", \"on\": true}");
            host.await("cut", f -> f.path("type").asText().equals("reply.cancelled") && f.get("replyId").asText().equals(reply));
            for (int i = 0; i < 1000 && llm.hangUps() == 0; i++) Thread.sleep(10);
            assertThat(llm.hangUps()).as("the model's HTTP stream was closed").isEqualTo(1);
        }
    }
}
