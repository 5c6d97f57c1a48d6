package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.knowledge.KnowledgeBase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo store's rules.json over a real server and WebSocket: room events greeted (once per interval), a bad event
 * frame refused with what is wrong while the socket carries on, a banned word skipped, a pinned coupon said as
 * written.
 */
class RoomRulesOverTheWireTest {
    private static final String SPAM = "!!!!!!!!!!!!!!!!";
    private static CohostServer server;

    @BeforeAll
    static void start() {
        server = CohostServer.start(ServerConfig.of("127.0.0.1", 0,
                Map.of("demo", Cohost.builder(KnowledgeBase.demo()).build()), Map.of()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode done(LiveConnection c, String replyId) throws InterruptedException {
        return c.await("reply.done of " + replyId,
                f -> f.path("type").asText().equals("reply.done") && f.path("replyId").asText().equals(replyId));
    }

    @Test
    void aJoinIsGreetedInTheViewersLanguageAndTheNextJoinWithinTheIntervalIsNot() throws Exception {
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/rules-greet/live", null)) {
            c.send("{\"type\": \"event\", \"id\": \"e1\", \"kind\": \"join\", \"viewer\": \"v-ana\", \"name\": \"Ana\","
                    + " \"lang\": \"pt-BR\", \"country\": \"BR\"}");
            String replyId = c.outcome("e1").substring("reply ".length());
            JsonNode started = c.await("greeting started", f -> LiveConnection.isOutcomeOf(f, "e1"));
            assertThat(started.path("intent").asText()).isEqualTo("greeting");
            assertThat(started.path("ai").asBoolean()).isTrue();
            assertThat(done(c, replyId).path("text").asText())
                    .isEqualTo("@Ana Bem-vindo à live! Pergunte sobre frete, devoluções ou qualquer produto.");

            c.send("{\"type\": \"event\", \"id\": \"e2\", \"kind\": \"join\", \"viewer\": \"v-bo\", \"name\": \"Bo\"}");
            c.chat("sync", "v-sync", "en", SPAM); // handled after e2: once it is skipped, e2 has been seen
            assertThat(c.outcome("sync")).isEqualTo("skipped spam");
            assertThat(c.outcomeCount("e2")).as("one greeting per 30 s").isZero();
        }
    }

    @Test
    void anUnknownKindOrAMalformedEventGetsAnErrorFrameAndTheSocketCarriesOn() throws Exception {
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/rules-errors/live", null)) {
            c.send("{\"type\": \"event\", \"id\": \"e1\", \"kind\": \"gift\", \"viewer\": \"v1\"}");
            JsonNode error = c.await("unknown kind", f -> f.path("type").asText().equals("error")
                    && f.path("message").asText().contains("event.kind"));
            assertThat(error.path("code").asText()).isEqualTo("bad_request");
            assertThat(error.path("message").asText()).isEqualTo("event.kind must be join, follow or order, not 'gift'");
            assertThat(error.path("inReplyTo").asText()).isEqualTo("e1");
            c.send("{\"type\": \"event\", \"kind\": \"join\"}");
            c.await("missing viewer", f -> f.path("message").asText().equals("event.viewer is required (a non-empty string)"));
            c.send("{\"type\": \"event\", \"kind\": \"join\", \"viewer\": \"v1\", \"lang\": \"klingon\"}");
            c.await("bad lang", f -> f.path("message").asText().contains("event.lang 'klingon'"));
            c.chat("m1", "v1", "en", SPAM);
            assertThat(c.outcome("m1")).as("the room still works").isEqualTo("skipped spam");
            assertThat(c.isClosed()).isFalse();
        }
    }

    @Test
    void aBannedWordIsSkippedAndAPinnedCouponIsSaidAsWritten() throws Exception {
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/rules-chat/live", null)) {
            c.chat("b1", "v1", "en", "is it cheaper on AliExpress?");
            assertThat(c.outcome("b1")).isEqualTo("skipped banned");
            c.chat("p1", "v2", "zh", "有优惠码吗？");
            String replyId = c.outcome("p1").substring("reply ".length());
            assertThat(done(c, replyId).path("text").asText()).isEqualTo("@v2 结账时输入 LIVE20 立减 20%，今晚 22:00（UTC+8）前有效。");
        }
    }
}
