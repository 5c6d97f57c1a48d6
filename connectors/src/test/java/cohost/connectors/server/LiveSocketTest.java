package cohost.connectors.server;

import cohost.engine.room.RoomPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import static cohost.connectors.server.TestServers.KEY_A;
import static cohost.connectors.server.TestServers.KEY_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The live-room socket's plumbing: auth, bad frames, speech refusal, store isolation and slow clients. */
class LiveSocketTest {
    private static final String SPAM = "!!!!!!!!!!!!!!!!";
    private static CohostServer server;

    @BeforeAll
    static void start() {
        server = TestServers.twoStores();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int refusedStatus(String path, String key) {
        Throwable t = catchThrowable(() -> LiveConnection.open(server, path, key));
        while (t instanceof ExecutionException || t instanceof CompletionException) {
            t = t.getCause();
        }
        assertThat(t).isInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) t).getResponse().statusCode();
    }

    @Test
    void aSocketWithoutAValidKeyIsRefused() {
        assertThat(refusedStatus("/v1/rooms/live-1/live", null)).isEqualTo(401);
        assertThat(refusedStatus("/v1/rooms/live-1/live", "wrong")).isEqualTo(401);
        assertThat(refusedStatus("/v1/rooms/live-1/live?store=store-b", KEY_A)).isEqualTo(403);
    }

    @Test
    void theKeyMayComeAsAQueryParameter() throws Exception {
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/live-1/live?key=" + KEY_A, null)) {
            c.chat("q1", "v1", "en", SPAM);
            assertThat(c.outcome("q1")).isEqualTo("skipped spam");
        }
    }

    @Test
    void eachAnsweredMessageIsTimedOnceByItsRoomAndNothingElseIs() throws Exception {
        double before = metric(server, "cohost_turn_latency_seconds_count");
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/live-timed/live", KEY_A)) {
            c.chat("t1", "v1", "en", "do you ship to Germany?");
            c.chat("t2", "v2", "en", SPAM);
            assertThat(c.outcome("t1")).startsWith("reply ");
            assertThat(c.outcome("t2")).isEqualTo("skipped spam");
        }
        // the room's figure (arrival at the room to reply.started) is what the metric counts: one, for t1
        assertThat(metric(server, "cohost_turn_latency_seconds_count") - before).isEqualTo(1);
    }

    @Test
    void aMalformedFrameGetsAnErrorAndTheSocketCarriesOn() throws Exception {
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/live-2/live", KEY_A)) {
            c.send("{not json");
            assertThat(c.awaitType("error").get("message").asText()).contains("malformed JSON");
            c.send("{\"type\": \"dance\"}");
            c.await("unknown type error", f -> f.path("message").asText().contains("unknown type 'dance'"));
            c.send("{\"type\": \"chat\", \"id\": \"m0\", \"text\": \"hi\"}");
            c.await("missing viewer error", f -> f.path("message").asText().contains("chat.viewer is required"));
            c.send("{\"type\": \"chat\", \"id\": \"m0\", \"viewer\": {\"id\": \"v1\", \"lang\": \"klingon\"}, \"text\": \"hi\"}");
            c.await("bad lang error", f -> f.path("message").asText().contains("lang 'klingon'"));
            c.send("{\"type\": \"host.speaking\"}");
            c.await("missing on error", f -> f.path("message").asText().contains("host.speaking.on"));
            c.send("[]");
            c.await("not an object", f -> f.path("message").asText().contains("one JSON object"));
            c.send("{\"type\": \"chat\", \"id\": \"m9\", \"viewer\": {\"id\": \"v1\"}, \"text\": 42}");
            JsonNode typed = c.await("wrong type error", f -> f.path("message").asText().contains("chat.text must be a string"));
            assertThat(typed.get("inReplyTo").asText()).as("the error names the message it refuses").isEqualTo("m9");
            c.send("{\"type\": \"host\", \"role\": \"moderator\", \"text\": \"stop\"}");
            c.await("no moderator dressed as the host", f -> f.path("message").asText()
                    .contains("host has no field 'role'"));
            // the real moderator frame: its own type, the moderator named as a viewer is
            c.send("{\"type\": \"moderator\", \"id\": \"mod1\", \"viewer\": {\"id\": \"mo\", \"name\": \"Mo\"},"
                    + " \"text\": \"stop\"}");
            JsonNode moderator = c.await("the moderator's message", f -> f.path("type").asText().equals("message")
                    && f.path("id").asText().equals("mod1"));
            assertThat(moderator.path("role").asText()).as("read as a moderator, not the host").isEqualTo("moderator");
            c.chat("m1", "v1", "en", SPAM);
            assertThat(c.outcome("m1")).as("the room still works").isEqualTo("skipped spam");
            assertThat(c.isClosed()).isFalse();
        }
    }

    @Test
    void framesOverTheLimitsGetAnErrorFrameAndTheSocketStaysOpen() throws Exception {
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/live-big/live", KEY_A)) {
            c.chat("big", "v1", "en", "a".repeat(LiveSocket.MAX_FRAME_CHARS + 10));
            c.await("text frame too large", f -> f.path("code").asText().equals("payload_too_large")
                    && f.path("message").asText().contains("at most " + LiveSocket.MAX_FRAME_CHARS));
            c.sendBinary(new byte[LiveSocket.MAX_AUDIO_FRAME_BYTES + 2]);
            c.await("audio frame too large", f -> f.path("code").asText().equals("audio_frame_too_large")
                    && f.path("message").asText().contains("at most " + LiveSocket.MAX_AUDIO_FRAME_BYTES + " bytes"));
            c.chat("m1", "v1", "en", SPAM);
            assertThat(c.outcome("m1")).as("the socket and room carry on").isEqualTo("skipped spam");
            assertThat(c.isClosed()).isFalse();
        }
    }

    @Test
    void speechIsRefusedPolitelyUntilItIsWiredIn() throws Exception {
        try (LiveConnection c = LiveConnection.open(server, "/v1/rooms/live-3/live", KEY_A)) {
            c.send("{\"type\": \"speech.start\", \"stream\": \"s1\", \"role\": \"viewer\", \"viewer\": {\"id\": \"v1\"}, \"sampleRate\": 16000}");
            assertThat(c.awaitType("error").get("code").asText()).isEqualTo("speech_unavailable");
            c.sendBinary(new byte[640]);
            c.await("second refusal", f -> f.path("code").asText().equals("speech_unavailable")
                    && f.path("message").asText().contains("binary"));
            c.chat("m1", "v1", "en", SPAM);
            assertThat(c.outcome("m1")).isEqualTo("skipped spam");
        }
    }

    @Test
    void roomsWithTheSameIdInTwoStoresAreDifferentRooms() throws Exception {
        try (LiveConnection a = LiveConnection.open(server, "/v1/rooms/shared/live", KEY_A);
             LiveConnection b = LiveConnection.open(server, "/v1/rooms/shared/live", KEY_B)) {
            a.chat("from-a", "va", "en", SPAM);
            assertThat(a.outcome("from-a")).isEqualTo("skipped spam");
            b.chat("from-b", "vb", "en", SPAM);
            assertThat(b.outcome("from-b")).isEqualTo("skipped spam");
            assertThat(b.frames()).noneMatch(f -> f.toString().contains("from-a"));
            assertThat(a.frames()).noneMatch(f -> f.toString().contains("from-b"));
        }
    }

    @Test
    void aStalledClientIsDisconnectedWhileOthersAreUnaffected() throws Exception {
        try (CohostServer small = TestServers.twoStores(RoomPolicy.DEFAULTS, 1000, 16);
             Socket stalled = new Socket();
             LiveConnection fast = LiveConnection.open(small, "/v1/rooms/busy/live", KEY_A)) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new InetSocketAddress("127.0.0.1", small.port()));
            OutputStream out = stalled.getOutputStream();
            out.write(("GET /v1/rooms/busy/live HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nAuthorization: Bearer " + KEY_A + "\r\n"
                    + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(new byte[16]) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = stalled.getInputStream();
            String headers = readHeaders(in);
            assertThat(headers).startsWith("HTTP/1.1 101");
            // Now the raw client stops reading. Big spam messages are echoed to everyone in the room.
            String big = "x".repeat(8000);
            int sent = 0;
            while (metric(small, "cohost_live_clients_dropped_total") < 1 && sent < 3000) {
                fast.chat("m" + sent, "v" + sent, "en", big);
                sent++;
                if (sent % 50 == 0) {
                    fast.outcome("m" + (sent - 1));
                }
            }
            assertThat(metric(small, "cohost_live_clients_dropped_total")).isEqualTo(1);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2500);
            while (metric(small, "cohost_live_clients") > 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(metric(small, "cohost_live_clients")).as("the stalled client is cut within 2 s of too_slow")
                    .isEqualTo(1);
            for (int i = 0; i < sent; i++) {
                assertThat(fast.outcome("m" + i)).isEqualTo("skipped spam");
            }
            assertThat(fast.isClosed()).isFalse();
            // The stalled client finds its connection closed once it reads again.
            stalled.setSoTimeout(20_000);
            byte[] buffer = new byte[65536];
            try {
                while (in.read(buffer) >= 0) {
                    // drain what was sent before the disconnect
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the stalled client was never disconnected", e);
            } catch (java.net.SocketException reset) {
                // a reset is a disconnect too
            }
        }
    }

    private static String readHeaders(InputStream in) throws Exception {
        StringBuilder sb = new StringBuilder();
        while (!sb.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            sb.append((char) b);
        }
        return sb.toString();
    }

    static double metric(CohostServer server, String name) {
        String body = Http.send(Http.get(server, "/metrics", null)).body();
        return body.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
