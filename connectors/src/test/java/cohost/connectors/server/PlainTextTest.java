package cohost.connectors.server;

import cohost.wire.Checks;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static cohost.connectors.server.TestServers.KEY_A;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names and free text from viewers and customers are plain text, cleaned before they reach a reply: no control or
 * bidi characters, names cut to 64 characters (issue #13: '@<script>...' and bidi overrides were echoed verbatim).
 */
class PlainTextTest {
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
    void aHostileCustomerNameReachesTheReplyCleanedAndCut() {
        String name = "\u202eEve\u0007\u2066" + "x".repeat(300);
        String body = "{\"text\": \"how long to ship to Brazil?\", \"lang\": \"en\", \"customer\": {\"name\": "
                + Http.JSON.valueToTree(name) + ", \"country\": \"BR\"}}";
        JsonNode reply = Http.json(Http.send(Http.post(server, "/v1/conversations/plain-1/messages", KEY_A, body)))
                .path("reply");
        String text = reply.path("text").asText();
        assertThat(text).startsWith("@Evex").doesNotContain("\u202e", "\u0007", "\u2066");
        String mention = text.substring(1, text.indexOf(' '));
        assertThat(mention.codePointCount(0, mention.length())).isLessThanOrEqualTo(Checks.MAX_NAME_LENGTH);
    }

    @Test
    void aViewersNameIsCleanedInTheRoomToo() throws Exception {
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/plain/live", KEY_A)) {
            c.send("{\"type\": \"chat\", \"id\": \"q1\", \"viewer\": {\"id\": \"v1\", \"name\": \"\\u202e<b>Bo</b>\\u0000\", "
                    + "\"lang\": \"en\", \"country\": \"US\"}, \"text\": \"how long to ship to the US?\"}");
            JsonNode echo = c.await("the echo", f -> f.path("type").asText().equals("message")
                    && f.path("id").asText().equals("q1"));
            assertThat(echo.path("viewer").path("name").asText()).isEqualTo("<b>Bo</b>");
            String replyId = c.outcome("q1").substring("reply ".length());
            JsonNode done = c.await("the reply", f -> f.path("type").asText().equals("reply.done")
                    && f.path("replyId").asText().equals(replyId));
            assertThat(done.path("text").asText()).startsWith("@<b>Bo</b> ").doesNotContain("\u202e", "\u0000");
        }
    }
}
