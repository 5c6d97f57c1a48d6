package cohost.connectors.store;

import cohost.engine.Intent;
import cohost.engine.Source;
import cohost.engine.Speaker;
import cohost.engine.Turn;
import cohost.engine.transcript.TranscriptStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

/**
 * How fast transcripts reach the database (BENCHMARKS.md, "Transcripts"). Two figures:
 * <ol>
 *   <li>durable after: one turn written at a time on an idle database, timed until another connection (as another
 *   process would, or the restarted server) reads it;</li>
 *   <li>sustained writes: {@code threads} threads write {@code turns} turns as fast as they can (far more than rooms
 *   make); the cost of a write to its caller (what a room thread pays), turns per second to the database, drops.</li>
 * </ol>
 * Usage: {@code TranscriptBench sqlite|JDBC_URL [turns] [threads]}.
 */
public final class TranscriptBench {
    public static void main(String[] args) throws Exception {
        String url = args.length > 0 && !args[0].equals("sqlite") ? args[0]
                : TranscriptDatabase.sqliteIn(Files.createTempDirectory("transcript-bench"));
        int turns = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        String store = "bench-" + UUID.randomUUID();
        try (TranscriptDatabase db = TranscriptDatabase.open(url, new TranscriptDatabase.Retention(0, 0), Clock.systemUTC())) {
            System.out.println("database: " + db.describe());
            TranscriptStore t = db.forStore(store);
            durableAfter(url, t, store);
            sustained(db, t, turns, threads);
        }
    }

    private static Turn turn(String id, int i) {
        return new Turn(id, Speaker.viewer("v" + (i % 500), "Viewer " + (i % 500), "pt", "BR"),
                "quanto custa o frete para o Brasil? e demora quantos dias? #" + i, "pt", Intent.SHIPPING,
                List.of(new Source("shipping", "br-standard")), Turn.Status.RECEIVED, "r" + i, Instant.now());
    }

    private static void durableAfter(String url, TranscriptStore t, String store) throws Exception {
        int rounds = 300;
        double[] ms = new double[rounds];
        try (Connection other = DriverManager.getConnection(url);
             PreparedStatement q = other.prepareStatement(
                     "SELECT count(*) FROM cohost_turns WHERE store = ? AND scope_id = ? AND turn_id = ?")) {
            other.setAutoCommit(true);
            for (int i = 0; i < rounds; i++) {
                String id = "d" + i;
                long t0 = System.nanoTime();
                t.conversationTurn("durable", turn(id, i), false);
                while (true) {
                    q.setString(1, store);
                    q.setString(2, "durable");
                    q.setString(3, id);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) == 1) break;
                    }
                    Thread.sleep(0, 200_000);
                }
                ms[i] = (System.nanoTime() - t0) / 1e6;
                Thread.sleep(5); // idle between turns, as a room between messages
            }
        }
        Arrays.sort(ms);
        System.out.printf("durable after (another connection reads it), %d turns one at a time: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                rounds, ms[rounds / 2], ms[rounds * 99 / 100], ms[rounds - 1]);
    }

    private static void sustained(TranscriptDatabase db, TranscriptStore t, int turns, int threads) throws Exception {
        long droppedBefore = t.dropped();
        CountDownLatch done = new CountDownLatch(threads);
        List<long[]> costs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int k = 0; k < threads; k++) {
            int thread = k;
            long[] cost = new long[turns / threads];
            costs.add(cost);
            Thread.ofPlatform().start(() -> {
                for (int i = 0; i < cost.length; i++) {
                    Turn turn = turn("s" + thread + "-" + i, i);
                    long s = System.nanoTime();
                    t.conversationTurn("sustained-" + (i % 1000), turn, false);
                    cost[i] = System.nanoTime() - s;
                }
                done.countDown();
            });
        }
        done.await();
        double offerSeconds = (System.nanoTime() - t0) / 1e9;
        while (db.pending() > 0) Thread.sleep(1);
        t.conversation("sustained-0", 1); // waits for the last batch's commit
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] all = costs.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long dropped = t.dropped() - droppedBefore;
        System.out.printf("sustained: %,d turns from %d threads offered in %.2f s, in the database after %.2f s: %,.0f turns/s "
                        + "written, %,d dropped (queue %,d); a write costs its caller p50 %.1f us, p99 %.1f us, max %.1f ms%n",
                all.length, threads, offerSeconds, seconds, (all.length - dropped) / seconds, dropped,
                TranscriptDatabase.DEFAULT_QUEUE, all[all.length / 2] / 1e3, all[all.length * 99 / 100] / 1e3,
                all[all.length - 1] / 1e6);
        System.out.println("(heap after: " + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024 / 1024 + " MiB; "
                + Duration.ofNanos(System.nanoTime() - t0).toMillis() + " ms in all)");
    }
}
