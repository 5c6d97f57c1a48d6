package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.engine.room.RoomPolicy;
import cohost.engine.testing.ScriptedChatServer;
import com.fasterxml.jackson.databind.JsonNode;
import cohost.connectors.llm.LangChain4jChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cohost.connectors.server.TestServers.KEY_A;
import static org.assertj.core.api.Assertions.assertThat;

/** Chat-flood intake and barge-in, end to end over real sockets with the real engine. */
class LiveRoomTest {
    private static final Map<String, String> SHIPPING_TO_BRAZIL = Map.of(
            "en", "how long does shipping to Brazil take?",
            "pt", "quanto tempo leva o envio para o Brasil?",
            "es", "¿cuánto tarda el envío a Brasil?",
            "de", "Wie lange dauert der Versand nach Brasilien?");
    private static CohostServer server;

    @BeforeAll
    static void start() {
        server = TestServers.twoStores();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aFloodOfTheSameQuestionInFourLanguagesIsAnsweredOncePerLanguageAndAddressedToEveryAsker() throws Exception {
        // The console connects first: the server has no hello frame, so a console opened second could register
        // after the first chats and miss their echoes.
        try (LiveConnection console = LiveConnection.open(server, "/v1/rooms/flood/live", KEY_A);
             LiveConnection viewers = LiveConnection.open(server, "/v1/rooms/flood/live", KEY_A)) {
            for (int i = 0; i < 6; i++) {
                for (var q : SHIPPING_TO_BRAZIL.entrySet()) {
                    viewers.chat(q.getKey() + i, "v-" + q.getKey() + i, q.getKey(), q.getValue());
                }
            }
            Map<String, String> replyLang = new HashMap<>();
            for (int i = 0; i < 6; i++) {
                for (String lang : SHIPPING_TO_BRAZIL.keySet()) {
                    String outcome = console.outcome(lang + i);
                    assertThat(outcome).matches("(reply|joined) r\\d+");
                    String replyId = outcome.substring(outcome.indexOf(' ') + 1);
                    JsonNode started = console.await("start of " + replyId, f -> f.path("type").asText()
                            .equals("reply.started") && f.get("replyId").asText().equals(replyId));
                    assertThat(started.get("lang").asText()).as("the reply %s answers %s", replyId, lang + i).isEqualTo(lang);
                    assertThat(started.get("ai").asBoolean()).as("AI disclosure").isTrue();
                    replyLang.put(replyId, lang);
                    assertThat(console.outcomeCount(lang + i)).isEqualTo(1);
                }
            }
            assertThat(replyLang).as("one reply per language").hasSize(4);
            assertThat(console.frames().stream().filter(f -> f.path("type").asText().equals("reply.started")).count())
                    .isEqualTo(4);
            JsonNode echo = console.await("message echo", f -> f.path("type").asText().equals("message")
                    && f.get("id").asText().equals("de0"));
            assertThat(echo.get("lang").asText()).isEqualTo("de");
            assertThat(echo.get("intent").asText()).isEqualTo("shipping");
            assertThat(echo.get("gist").asText()).isNotBlank();
            String firstReply = replyLang.keySet().iterator().next();
            JsonNode done = console.await("done", f -> f.path("type").asText().equals("reply.done")
                    && f.get("replyId").asText().equals(firstReply));
            assertThat(done.get("hostText").asText()).isNotBlank();
            assertThat(done.get("intent").asText()).isEqualTo("shipping");
            assertThat(done.get("sources")).isNotEmpty();
        }
    }

    @Test
    void viewersInTaiwanOrWritingTraditionalCharactersGetTraditionalChineseAndTheHostKeepsSimplified() throws Exception {
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/zh-scripts/live", KEY_A)) {
            c.send("""
                    {"type": "chat", "id": "tw", "text": "寄到日本要多久？", "viewer": {"id": "tw", "name": "Mei", "lang": "zh", "country": "TW"}}""");
            c.send("""
                    {"type": "chat", "id": "cn", "text": "寄到日本要多久？", "viewer": {"id": "cn", "name": "Li", "lang": "zh", "country": "CN"}}""");
            c.chat("hk", "hk", null, "寄到日本運費多少？要幾天？");
            String tw = c.outcome("tw").replaceFirst("^\\w+ ", "");
            String cn = c.outcome("cn").replaceFirst("^\\w+ ", "");
            String hk = c.outcome("hk").replaceFirst("^\\w+ ", "");
            assertThat(tw).as("two writings, two replies").isNotEqualTo(cn);
            JsonNode traditional = done(c, tw), simplified = done(c, cn), typed = done(c, hk);
            assertThat(traditional.get("lang").asText()).isEqualTo("zh-Hant");
            assertThat(traditional.get("text").asText()).contains("個工作日").doesNotContain("个工作日");
            assertThat(typed.get("lang").asText()).as("Traditional characters, no country").isEqualTo("zh-Hant");
            assertThat(simplified.get("lang").asText()).isEqualTo("zh");
            assertThat(simplified.get("text").asText()).contains("个工作日");
            assertThat(traditional.get("hostText").asText()).as("the host reads Simplified").contains("个工作日");
            JsonNode echo = c.await("echo of tw", f -> f.path("type").asText().equals("message") && f.get("id").asText().equals("tw"));
            assertThat(echo.get("lang").asText()).isEqualTo("zh-Hant");
            assertThat(echo.get("gist").asText()).as("gist in the host's Simplified Chinese").contains("运费").doesNotContain("運費");
        }
    }

    private static JsonNode done(LiveConnection c, String replyId) throws InterruptedException {
        return c.await("done of " + replyId, f -> f.path("type").asText().equals("reply.done")
                && f.get("replyId").asText().equals(replyId));
    }

    @Test
    void purchaseQuestionsAreAnsweredBeforeSmallTalkAndFastViewersAreRateLimited() throws Exception {
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/priority/live", KEY_A)) {
            c.send("{\"type\": \"host.speaking\", \"on\": true}");
            c.chat("hello", "v1", "en", "hello everyone!");
            c.chat("ship", "v2", "en", "how long does shipping to Brazil take?");
            c.chat("sync", "v3", "en", "!!!!!!!!!!!!!!!");
            assertThat(c.outcome("sync")).isEqualTo("skipped spam");
            // both taken in (echoed) while the host speaks: understanding runs off the room thread, and the host's
            // frame goes ahead of chat, so without this the hold could end before "ship" had been understood
            for (String id : List.of("hello", "ship")) {
                c.await("echo of " + id, f -> f.path("type").asText().equals("message") && f.path("id").asText().equals(id));
            }
            c.send("{\"type\": \"host.speaking\", \"on\": false}");
            String ship = c.outcome("ship");
            String hello = c.outcome("hello");
            List<String> startOrder = c.frames().stream().filter(f -> f.path("type").asText().equals("reply.started"))
                    .map(f -> "reply " + f.get("replyId").asText()).toList();
            assertThat(startOrder.indexOf(ship)).isLessThan(startOrder.indexOf(hello));

            for (int i = 0; i < 6; i++) {
                c.chat("fast" + i, "v9", "en", List.of("shipping to Brazil?", "can I return it?", "do you take PayPal?",
                        "shipping to Japan?", "shipping to Germany?", "shipping to Mexico?").get(i));
            }
            assertThat(c.outcome("fast5")).isEqualTo("skipped rate_limited");
        }
    }

    @Test
    void aViewersMessageNeverCancelsTheHostsReplyButTheHostCancelsEverything() throws Exception {
        try (ScriptedChatServer llm = ScriptedChatServer.start(body -> "Standard shipping to Brazil takes 15-30 business days. ")
                .endless(true);
             Cohost slow = Cohost.builder(TestServers.kb("store-a")).chatModel(new LangChain4jChatModel(OpenAiStreamingChatModel.builder()
                     .baseUrl(llm.baseUrl()).apiKey("test").modelName("test").build())).build();
             CohostServer streaming = CohostServer.start(ServerConfig.of("127.0.0.1", 0, Map.of("store-a", slow),
                     Map.of(KEY_A, "store-a")).withLimits(RoomPolicy.DEFAULTS, 1000, 1000, 4096));
             LiveConnection host = LiveConnection.open(streaming, "/v1/rooms/show/live", KEY_A);
             LiveConnection viewer = LiveConnection.open(streaming, "/v1/rooms/show/live", KEY_A)) {
            host.send("{\"type\": \"host\", \"id\": \"h1\", \"text\": \"Cohost, how long does shipping to Brazil take?\"}");
            String hostReply = host.outcome("h1").substring("reply ".length());
            host.await("the host's reply streaming", f -> f.path("type").asText().equals("reply.delta")
                    && f.get("replyId").asText().equals(hostReply));
            viewer.chat("v1", "ana", "pt", "posso devolver?");
            viewer.chat("v2", "ana", "pt", "vocês aceitam PayPal?");
            viewer.chat("v3", "bo", "de", "!!!!!!!!!!!!!!!!!!");
            assertThat(viewer.outcome("v1")).startsWith("reply");
            assertThat(viewer.outcome("v3")).isEqualTo("skipped spam");
            assertThat(host.frames()).noneMatch(f -> f.path("type").asText().equals("reply.cancelled")
                    && f.get("replyId").asText().equals(hostReply));
            java.util.function.Predicate<JsonNode> hostDelta = f -> f.path("type").asText().equals("reply.delta")
                    && f.get("replyId").asText().equals(hostReply);
            long deltasSoFar = viewer.frames().stream().filter(hostDelta).count();
            viewer.awaitCount("the host's reply still streaming after the viewers spoke", hostDelta, deltasSoFar + 2);

            host.send("{\"type\": \"host.speaking\", \"on\": true}");
            JsonNode cut = host.await("the host's reply cut", f -> f.path("type").asText().equals("reply.cancelled")
                    && f.get("replyId").asText().equals(hostReply));
            assertThat(cut.get("reason").asText()).isEqualTo("host_speaking");
            assertThat(cut.get("delivered").asText()).isNotEmpty();
        }
    }
}
