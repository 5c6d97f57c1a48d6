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
    void onlyApplicationJsonInUtf8IsAccepted() {
        for (String type : new String[]{"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/jsonx", "text/json", "application/json; charset=latin1", "application/json; charset=",
                "application/json; charset=nope-42", "application/json; a=b"}) {
            expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": \"hi\"}").setHeader("Content-Type", type)),
                    415, "unsupported_media_type", "application/json");
        }
        assertThat(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": \"hi\"}")
                .setHeader("Content-Type", "application/json; charset=UTF-8")).statusCode()).isEqualTo(200);
    }

    @Test
    void trailingContentAndJsonOverTheLimitsAreBadRequestsThatSayWhat() {
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": \"hi\"} {\"text\": \"again\"}")), 400,
                "bad_request", "one object");
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": " + "[".repeat(1500) + "]".repeat(1500) + "}")),
                400, "bad_request", "nested deeper than 16");
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": \"hi\", \"n\": " + "9".repeat(1200) + "}")),
                400, "bad_request", "number longer than 32");
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"" + "k".repeat(100) + "\": 1}")),
                400, "bad_request", "field name longer than 64");
        JsonNode nan = expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": NaN}")), 400, "bad_request",
                "line 1, column");
        assertThat(nan.get("message").asText()).doesNotContainIgnoringCase("feature").doesNotContain("Source");
    }

    @Test
    void aBodyThatIsNotUtf8IsABadRequest() {
        byte[] latin1 = "{\"text\": \"café\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "").POST(HttpRequest.BodyPublishers.ofByteArray(latin1))),
                400, "bad_request", "not valid UTF-8");
    }

    @Test
    void textLengthCountsCharactersAsPeopleDo() {
        String max = "😀".repeat(server.config().maxTextLength());
        assertThat(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": \"" + max + "\"}")).statusCode())
                .as("2,000 emoji are 2,000 characters").isEqualTo(200);
        expectError(Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": \"" + max + "😀\"}")), 413,
                "payload_too_large", "2001 characters");
    }

    @Test
    void whatJettyRefusesBeforeRoutingIsAlsoAJsonErrorThatSaysWhat() throws Exception {
        record Case(String target, java.util.Map<String, String> headers, int status, String says) {
        }
        for (Case c : java.util.List.of(
                new Case("/v1/conversations/%u002e/messages", java.util.Map.of(), 400, "percent-escape"),
                new Case("/v1/conversations/c1/messages?store=%zz", java.util.Map.of(), 400, "percent-escape"),
                new Case("/v1/conversations/\u00ff\u00fe/messages", java.util.Map.of(), 400, "UTF-8"),
                new Case("/v1/conversations/%C3%28/messages", java.util.Map.of(), 400, "UTF-8"),
                new Case("/v1/conver\u0001sations/c1/messages", java.util.Map.of(), 400, "illegal character"),
                new Case("/v1/conversations/" + "x".repeat(20_000) + "/messages", java.util.Map.of(), 414, "URL is too long"),
                new Case(MESSAGES, java.util.Map.of("X-Padding", "p".repeat(20_000)), 431, "headers are too large"))) {
            java.util.Map<String, String> headers = new java.util.LinkedHashMap<>(c.headers());
            headers.put("Authorization", "Bearer " + KEY_A);
            headers.put("Content-Type", "application/json");
            RawHttp.Response r = RawHttp.send(server.port(), "POST", c.target(), headers,
                    "{\"text\": \"hi\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(r.status()).as(c.target()).isEqualTo(c.status());
            assertThat(r.header("content-type")).as(c.target()).startsWith("application/json");
            assertThat(DeskFuzzTest.judge(r, false)).as(r.body()).isNull();
            assertThat(Http.JSON.readTree(r.body()).path("error").path("message").asText()).containsIgnoringCase(c.says());
        }
    }

    @Test
    void noPermissiveCorsHeaders() {
        HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(java.net.URI.create(server.url() + MESSAGES))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> post = Http.send(Http.post(server, MESSAGES, KEY_A, "{\"text\": \"hi\"}")
                .header("Origin", "http://evil.example"));
        assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
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
