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
        nodeA.taken("show-1", "m1", "Lee");
        // B's read waits only for B's own writes: A's may still be queued for a moment
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (nodeB.queue("show-1", 10).stream().noneMatch(e -> "Lee".equals(e.takenBy()))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(nodeB.queue("show-1", 10)).containsExactly(entry("m1", KENJI, "担当者と話したい", "ja", 0).taken("Lee"));
    }
}
