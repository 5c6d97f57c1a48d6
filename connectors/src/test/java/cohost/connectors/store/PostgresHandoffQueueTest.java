package cohost.connectors.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rooms' handoff queues in a real PostgreSQL server ({@link TestPostgres}): the contract, and a mark made on one
 * Cohost node read on another. Each test uses a store id of its own.
 */
class PostgresHandoffQueueTest extends HandoffQueueContract {
    private String url;
    private final String storeId = "test-" + UUID.randomUUID();
    private final List<TranscriptDatabase> opened = new ArrayList<>();

    @BeforeEach
    void reachable() {
        url = TestPostgres.url();
    }

    @AfterEach
    void closeAll() {
        opened.forEach(TranscriptDatabase::close);
    }

    @Override
    protected HandoffQueue queue() {
        TranscriptDatabase db = TranscriptDatabase.open(url, TranscriptDatabase.Retention.DEFAULTS, Clock.systemUTC());
        opened.add(db);
        return (HandoffQueue) db.forStore(storeId);
    }

    @Test
    void aNodeReadsTheQueueAndMarksAnotherNodeWrote() throws InterruptedException {
        HandoffQueue nodeA = queue();
        HandoffQueue nodeB = queue();
        nodeA.queued("show-1", entry("m1", KENJI, "担当者と話したい", "ja", 0));
        nodeA.take("show-1", "m1", "Lee");
        // B's read waits only for B's own writes: A's may still be queued for a moment
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (nodeB.queue("show-1", 10).stream().noneMatch(e -> "Lee".equals(e.takenBy()))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(nodeB.queue("show-1", 10)).containsExactly(entry("m1", KENJI, "担当者と話したい", "ja", 0).taken("Lee"));
    }

    @Test
    void twoNodesTakingTheSameHandoffsAtOnceEachGetTheSameOneWinnerPerHandoff() throws Exception {
        HandoffQueue nodeA = queue();
        HandoffQueue nodeB = queue();
        int handoffs = 40;
        for (int i = 0; i < handoffs; i++) {
            nodeA.queued("show-1", entry("m" + i, ANA, "quero falar com um atendente " + i, "pt", i));
        }
        nodeA.queue("show-1", 1); // A's writes are in: B can find every handoff
        List<String> winners = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<Thread> takers = new ArrayList<>();
        for (String taker : List.of("Lee", "Mo")) {
            HandoffQueue node = taker.equals("Lee") ? nodeA : nodeB;
            takers.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < handoffs; i++) {
                    String by = node.take("show-1", "m" + i, taker).orElseThrow().takenBy();
                    winners.add("m" + i + " " + taker + " " + by);
                }
            }));
        }
        go.countDown();
        for (Thread t : takers) t.join(Duration.ofSeconds(60));

        assertThat(winners).hasSize(2 * handoffs);
        int lee = 0;
        for (int i = 0; i < handoffs; i++) {
            String id = "m" + i;
            List<String> told = winners.stream().filter(w -> w.startsWith(id + " ")).map(w -> w.split(" ")[2])
                    .distinct().toList();
            assertThat(told).as("both takers of %s are told the same winner", id).hasSize(1);
            if (told.getFirst().equals("Lee")) lee++;
        }
        List<HandoffQueue.Entry> kept = nodeB.queue("show-1", handoffs);
        assertThat(kept).hasSize(handoffs).allSatisfy(e -> assertThat(e.takenBy()).isIn("Lee", "Mo"));
        assertThat(kept.stream().filter(e -> e.takenBy().equals("Lee")).count()).isEqualTo(lee);
    }
}
