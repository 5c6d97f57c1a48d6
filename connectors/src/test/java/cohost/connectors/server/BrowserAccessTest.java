package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.engine.room.RoomPolicy;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import static cohost.connectors.server.TestServers.KEY_A;
import static cohost.connectors.server.TestServers.KEY_B;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers cannot reach a server they were not meant to (issue #13): a page on another origin can neither open a
 * live socket nor call the desk; keys cannot be guessed at speed; each key has its own rate, and a refusal for rate
 * says when to retry.
 */
class BrowserAccessTest {

    private static CohostServer server(ServerConfig.Security security) {
        ServerConfig config = ServerConfig.of("127.0.0.1", 0,
                Map.of("store-a", Cohost.builder(TestServers.kb("store-a")).build(),
                        "store-b", Cohost.builder(TestServers.kb("store-b")).build()),
                Map.of(KEY_A, "store-a", KEY_B, "store-b"));
        return CohostServer.start(config.withLimits(RoomPolicy.DEFAULTS, 1000, 1000, 512).withSecurity(security));
    }

    @Test
    void aSocketFromAPageOnAnotherOriginIsRefusedAndTheServersOwnPagesAndAllowedOnesConnect() {
        try (CohostServer s = server(new ServerConfig.Security(Set.of("https://studio.example.com/"), Map.of(), 10))) {
            String room = "/v1/rooms/r1/live?key=" + KEY_A;
            try (RawSocket evil = RawSocket.open(s.port(), room, Map.of("Origin", "http://evil.example"), 0)) {
                assertThat(evil.status()).as(evil.handshake).isEqualTo(403);
            }
            try (RawSocket nul = RawSocket.open(s.port(), room, Map.of("Origin", "null"), 0)) {
                assertThat(nul.status()).as("a sandboxed or file page").isEqualTo(403);
            }
            try (RawSocket own = RawSocket.open(s.port(), room, Map.of("Origin", "http://127.0.0.1:" + s.port()), 0)) {
                assertThat(own.upgraded()).as(own.handshake).isTrue();
            }
            try (RawSocket allowed = RawSocket.open(s.port(), room, Map.of("Origin", "https://Studio.Example.com"), 0)) {
                assertThat(allowed.upgraded()).as(allowed.handshake).isTrue();
            }
            try (RawSocket tool = RawSocket.open(s.port(), room, Map.of(), 0)) {
                assertThat(tool.upgraded()).as("a client that is not a browser page sends no Origin").isTrue();
            }
        }
    }

    @Test
    void theDeskRefusesPagesOnOtherOriginsAndSendsNoCorsHeaders() {
        try (CohostServer s = server(ServerConfig.Security.DEFAULTS)) {
            HttpResponse<String> evil = Http.send(Http.post(s, "/v1/conversations/c1/messages", KEY_A, "{\"text\": \"hi\"}")
                    .header("Origin", "http://evil.example"));
            assertThat(evil.statusCode()).isEqualTo(403);
            assertThat(Http.json(evil).path("error").path("message").asText()).contains("--allowed-origins");
            assertThat(evil.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            HttpResponse<String> own = Http.send(Http.post(s, "/v1/conversations/c1/messages", KEY_A, "{\"text\": \"hi\"}")
                    .header("Origin", "http://127.0.0.1:" + s.port()));
            assertThat(own.statusCode()).isEqualTo(200);
            assertThat(own.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void anAddressThatKeepsFailingAuthenticationIsHeldOffWhateverKeyItSends() {
        try (CohostServer s = server(new ServerConfig.Security(Set.of(), Map.of(), 5))) {
            for (int i = 0; i < 5; i++) {
                assertThat(Http.send(Http.get(s, "/v1/conversations/c1", "guess-" + i)).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> held = Http.send(Http.get(s, "/v1/conversations/c1", "guess-6"));
            assertThat(held.statusCode()).isEqualTo(429);
            assertThat(held.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
            assertThat(Http.json(held).path("error").path("message").asText()).contains("failed authentications");
            assertThat(Http.send(Http.get(s, "/v1/conversations/c1", KEY_A)).statusCode())
                    .as("even the right key waits: otherwise guessing would go on").isEqualTo(429);
            try (RawSocket socket = RawSocket.open(s.port(), "/v1/rooms/r1/live?key=guess", Map.of(), 0)) {
                assertThat(socket.status()).isEqualTo(429);
            }
        }
    }

    @Test
    void eachKeyHasItsOwnRateAndA429SaysWhenToRetry() {
        try (CohostServer s = server(new ServerConfig.Security(Set.of(), Map.of(KEY_B, 0.01), 10))) {
            // KEY_B: 0.01/s, bursts of 1 (twice its rate, at least one)
            assertThat(Http.send(Http.get(s, "/v1/conversations/none", KEY_B)).statusCode()).isEqualTo(404);
            HttpResponse<String> limited = Http.send(Http.get(s, "/v1/conversations/none", KEY_B));
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                    assertThat(Long.parseLong(v)).isBetween(1L, 100L));
            for (int i = 0; i < 20; i++) {
                assertThat(Http.send(Http.get(s, "/v1/conversations/none", KEY_A)).statusCode())
                        .as("KEY_A keeps the default rate").isEqualTo(404);
            }
        }
    }
}
