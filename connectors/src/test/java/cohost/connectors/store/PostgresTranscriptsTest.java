package cohost.connectors.store;

import cohost.engine.Turn;
import cohost.engine.transcript.TranscriptStore;
import cohost.engine.transcript.TranscriptStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Transcripts in a real PostgreSQL server ({@link TestPostgres}): the same contract as SQLite's, two Cohost nodes
 * sharing one database, retention, and a clear refusal of a server that cannot be reached. Each test writes under a
 * store id of its own, so runs against one database never see each other's rows.
 */
class PostgresTranscriptsTest extends TranscriptStoreContract {
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

    private TranscriptDatabase open(TranscriptDatabase.Retention retention, Clock clock) {
        TranscriptDatabase db = TranscriptDatabase.open(url, retention, clock);
        opened.add(db);
        return db;
    }

    @Override
    protected TranscriptStore store() {
        return open(TranscriptDatabase.Retention.DEFAULTS, Clock.systemUTC()).forStore(storeId);
    }

    @Test
    void twoNodesOnOneDatabaseReadEachOthersTurns() {
        TranscriptStore nodeA = store();
        TranscriptStore nodeB = store();
        Turn asked = message("m1", ANA, "frete?", Turn.Status.RECEIVED, "r1", 0);
        Turn answered = reply("r1", "Frete: 9,99 US$.", Turn.Status.ANSWERED, null, 1);
        nodeA.conversationTurn("shared", asked, false);
        nodeB.conversationTurn("shared", answered, false);
        // B's read waits only for B's own writes: A's may still be queued for a moment
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (nodeB.conversation("shared", 10).size() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(nodeB.conversation("shared", 10)).containsExactly(asked, answered);
        assertThat(nodeA.conversation("shared", 10)).containsExactly(asked, answered);
    }

    @Test
    void retentionDeletesOldTurns() {
        TranscriptDatabase db = open(new TranscriptDatabase.Retention(7, 0),
                Clock.fixed(T0.plus(Duration.ofDays(30)), ZoneOffset.UTC));
        TranscriptStore store = db.forStore(storeId);
        store.conversationTurn("old", message("m-old", ANA, "frete?", Turn.Status.SKIPPED, "spam", 0), false);
        db.retainNow();
        assertThat(store.conversation("old", 10)).isEmpty();
    }

    @Test
    void aServerThatCannotBeReachedIsRefusedAtOpeningSayingWhereWithoutThePassword() {
        String nobodyThere = "jdbc:postgresql://127.0.0.1:9/cohost?user=u&password=hunter2&connectTimeout=2";
        assertThatThrownBy(() -> TranscriptDatabase.open(nobodyThere, TranscriptDatabase.Retention.DEFAULTS,
                Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot open the transcript database PostgreSQL jdbc:postgresql://127.0.0.1:9/")
                .hasMessageContaining("password=***").hasMessageNotContaining("hunter2");
        String wrongPassword = url.replaceAll("password=[^&]*", "password=not-it");
        assertThatThrownBy(() -> TranscriptDatabase.open(wrongPassword, TranscriptDatabase.Retention.DEFAULTS,
                Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("password authentication failed");
    }
}
