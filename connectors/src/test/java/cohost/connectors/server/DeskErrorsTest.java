package cohost.connectors.server;

import cohost.engine.room.RoomPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static cohost.connectors.server.TestServers.KEY_A;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad requests get a 4xx with a JSON error that says what is wrong, never a 500 or a stack trace. */
class DeskErrorsTest {
    private static final String MESSAGES = "/v1/conversations/c1/messages";
    private static CohostServer server;

    @BeforeAll
    static void start() {
        server = TestServers.twoStores();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode expectError(HttpResponse<String> response, int status, String code, String messagePart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        JsonNode error = Http.json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).containsIgnoringCase(messagePart).doesNotContain("at cohost.");
        return error;
    }

    @Test
    void malformedJsonIsABadRequestThatSaysWhere() {
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": \"hi\",,}")), 400, "bad_request",
                "line 1, column");
    }

    @Test
    void aBodyThatIsNotAnObjectIsABadRequest() {
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "[1, 2]")), 400, "bad_request", "JSON object");
    }

    @Test
    void missingTextIsABadRequest() {
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"lang\": \"es\"}")), 400, "bad_request",
                "text is required");
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": \"  \"}")), 400, "bad_request",
                "text is required");
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": 42}")), 400, "bad_request",
                "text must be a string");
    }

    @Test
    void textOverTheLimitIsTooLarge() {
        String text = "a".repeat(server.config().maxTextLength() + 1);
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": \"" + text + "\"}")), 413,
                "payload_too_large", "at most " + server.config().maxTextLength());
    }

    @Test
    void aBodyOverTheRequestLimitIsTooLarge() {
        String text = "a".repeat(100_000);
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": \"" + text + "\"}")), 413,
                "payload_too_large", "bytes");
    }

    @Test
    void anUnsupportedLanguageCodeIsABadRequest() {
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": \"hola\", \"lang\": \"xx\"}")), 400,
                "bad_request", "lang 'xx'");
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": \"hola\", \"lang\": \"spanish\"}")),
                400, "bad_request", "ISO 639-1");
    }

    @Test
    void anUnknownCountryIsABadRequest() {
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A,
                "{\"text\": \"hola\", \"customer\": {\"id\": \"c1\", \"country\": \"Qwzxyville\"}}")), 400,
                "bad_request", "customer.country 'Qwzxyville' is not a country code");
    }

    @Test
    void aConversationIdWithOddCharactersIsABadRequest() {
        expectError(Http.send(Http.post(server, "/v1/conversations/a%20b/messages", KEY_A, "{\"text\": \"hi\"}")),
                400, "bad_request", "conversation id");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "text=hi").setHeader("Content-Type", "text/plain")),
                415, "unsupported_media_type", "application/json");
    }

    @Test
    void withoutAKeyTheServerRefuses() {
        expectError(Http.send(Http.post(server, MESSAGES, null, "{\"text\": \"hi\"}")), 401, "unauthorized",
                "missing API key");
        expectError(Http.send(Http.get(server, "/v1/conversations/c1", null)), 401, "unauthorized", "missing API key");
    }

    @Test
    void anUnknownKeyOrAMalformedHeaderIsRefused() {
        expectError(Http.send(Http.post(server, MESSAGES, "nope", "{\"text\": \"hi\"}")), 401, "unauthorized",
                "unknown API key");
        expectError(Http.send(Http.get(server, "/v1/conversations/c1", null).header("Authorization", "Basic abc")),
                401, "unauthorized", "Bearer");
    }

    @Test
    void aKeyNeverReachesAnotherStore() {
        expectError(Http.send(Http.get(server, "/v1/conversations/c1", KEY_A).header(Access.STORE_HEADER, "store-b")),
                403, "forbidden", "store 'store-a', not 'store-b'");
        expectError(Http.send(Http.post(server, MESSAGES + "?store=store-b", KEY_A, "{\"text\": \"hi\"}")),
                403, "forbidden", "not 'store-b'");
    }

    @Test
    void tooManyRequestsForOneKeyAreRefused() {
        try (CohostServer limited = TestServers.twoStores(RoomPolicy.DEFAULTS, 0.001, 512)) {
            // the burst is 1: the first request is served (here: refused for its bad body), the next is over the rate
            assertThat(Http.send(Http.post(limited, MESSAGES, KEY_A, "{}")).statusCode()).isEqualTo(400);
            expectError(Http.send(Http.post(limited, MESSAGES, KEY_A, "{}")), 429, "too_many_requests", "a second");
            assertThat(Http.send(Http.post(limited, MESSAGES, TestServers.KEY_B, "{}")).statusCode())
                    .as("another key has its own budget").isEqualTo(400);
        }
    }

    @Test
    void anUnknownEndpointIsAJsonNotFound() {
        expectError(Http.send(Http.get(server, "/v1/nothing-here", KEY_A)), 404, "not_found", "no such endpoint");
    }

    @Test
    void healthMetricsOpenApiAndConsoleAreServed() {
        HttpResponse<String> health = Http.send(Http.get(server, "/health", null));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Http.json(health).get("status").asText()).isEqualTo("ok");

        HttpResponse<String> metrics = Http.send(Http.get(server, "/metrics", null));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("cohost_live_clients", "cohost_live_backlog", "cohost_live_outbox");

        JsonNode openapi = Http.json(Http.send(Http.get(server, "/openapi.json", null)));
        assertThat(openapi.get("openapi").asText()).startsWith("3.");
        assertThat(openapi.get("paths").has("/v1/conversations/{conversationId}/messages")).isTrue();
        assertThat(openapi.get("paths").has("/v1/rooms/{roomId}/live")).isTrue();

        HttpResponse<String> console = Http.send(HttpRequest.newBuilder(java.net.URI.create(server.url() + "/")));
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body()).contains("Cohost console");
    }
}
