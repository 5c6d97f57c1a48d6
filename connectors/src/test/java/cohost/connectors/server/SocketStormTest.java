package cohost.connectors.server;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static cohost.connectors.server.LiveSocketTest.metric;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connect/abort storm of issue #13: sockets that join a room, maybe chat, and die every way a connection dies:
 * a close frame, a FIN without one, a reset, a reset mid-frame, a reset mid-handshake. Afterwards no session and
 * no room may be left. Seeded, loopback only.
 */
class SocketStormTest {
    static final int CONNECTIONS = 400;

    @Test
    void everySessionIsRemovedHoweverItsConnectionDies() throws Exception {
        try (CohostServer server = TestServers.twoStores()) {
            Random seeds = new Random(13);
            AtomicInteger upgraded = new AtomicInteger();
            List<Future<?>> done = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
                for (int i = 0; i < CONNECTIONS; i++) {
                    long seed = seeds.nextLong();
                    int n = i;
                    done.add(pool.submit(() -> storm(server, new Random(seed), n, upgraded)));
                }
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
            }
            double left = awaitSessions(server, 0);
            double rooms = metric(server, "cohost_live_rooms");
            System.out.printf("socket storm: %d connections (%d upgraded) died by close, FIN, RST, mid-frame and "
                    + "mid-handshake resets; sessions left: %.0f, rooms left: %.0f%n", CONNECTIONS, upgraded.get(), left,
                    rooms);
            assertThat(left).as("sessions left").isZero();
            assertThat(rooms).as("rooms left").isZero();
        }
    }

    private static void storm(CohostServer server, Random random, int n, AtomicInteger upgraded) {
        String room = "/v1/rooms/storm" + random.nextInt(4) + "/live";
        Map<String, String> auth = Map.of("Authorization", "Bearer " + TestServers.KEY_A);
        if (random.nextInt(10) == 0) { // dies mid-handshake
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
                s.getOutputStream().write(("GET " + room + " HTTP/1.1\r\nHost: x\r\nUpgrade: webso")
                        .getBytes(StandardCharsets.US_ASCII));
                s.setSoLinger(true, 0);
            } catch (java.io.IOException ignored) {
                // the server may have given up first
            }
            return;
        }
        RawSocket s = RawSocket.open(server.port(), room, auth, 0);
        assertThat(s.upgraded()).as(s.handshake).isTrue();
        upgraded.incrementAndGet();
        if (random.nextBoolean()) {
            s.text("{\"type\": \"chat\", \"id\": \"m" + n + "\", \"viewer\": {\"id\": \"v" + n + "\", \"name\": \"V\", "
                    + "\"lang\": \"en\"}, \"text\": \"how long to ship to Brazil?\"}");
        }
        if (random.nextInt(4) == 0) {
            Thread.yield();
        }
        switch (random.nextInt(5)) {
            case 0 -> {
                s.frame(0x8, new byte[]{0x03, (byte) 0xE8});
                s.fin();
            }
            case 1 -> s.fin();
            case 2 -> s.reset();
            case 3 -> { // a frame header and half its payload, then gone
                try {
                    s.raw(new byte[]{(byte) 0x81, (byte) 0xFE, 0x10, 0, 1, 2, 3, 4, 5});
                } finally {
                    s.reset();
                }
            }
            default -> {
                s.text("{\"type\": \"host.speaking\", \"on\": false}");
                s.reset();
            }
        }
    }

    /** Waits up to 20 s for the session count to reach {@code expected}; returns the last count. */
    static double awaitSessions(CohostServer server, double expected) throws InterruptedException {
        double count = metric(server, "cohost_live_clients");
        for (int i = 0; i < 200 && count != expected; i++) {
            Thread.sleep(100);
            count = metric(server, "cohost_live_clients");
        }
        return count;
    }
}
