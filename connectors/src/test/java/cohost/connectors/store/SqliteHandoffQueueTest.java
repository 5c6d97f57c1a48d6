package cohost.connectors.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rooms' handoff queues in a real SQLite file: the contract, reopening the file, stores apart, retention. */
class SqliteHandoffQueueTest extends HandoffQueueContract {
    @TempDir
    Path data;
    private final List<TranscriptDatabase> opened = new ArrayList<>();

    private TranscriptDatabase open(TranscriptDatabase.Retention retention, Clock clock) {
        TranscriptDatabase db = TranscriptDatabase.open(TranscriptDatabase.sqliteIn(data), retention,
                Duration.ofHours(1), 1000, clock);
        opened.add(db);
        return db;
    }

    @AfterEach
    void closeAll() {
        opened.forEach(TranscriptDatabase::close);
    }

    @Override
    protected HandoffQueue queue() {
        return (HandoffQueue) open(TranscriptDatabase.Retention.DEFAULTS, Clock.systemUTC()).forStore("shop");
    }

    @Test
    void queuesAndTakenMarksOutliveTheDatabaseBeingClosedAndOpenedAgainAndStoresAreKeptApart() {
        TranscriptDatabase first = TranscriptDatabase.open(TranscriptDatabase.sqliteIn(data),
                TranscriptDatabase.Retention.DEFAULTS, Clock.systemUTC());
        HandoffQueue shop = (HandoffQueue) first.forStore("shop");
        shop.queued("show-1", entry("m1", ANA, "quero falar com um atendente", "pt", 0));
        shop.queued("show-1", entry("m2", KENJI, "担当者と話したい", "ja", 1));
        shop.take("show-1", "m2", "Lee");
        first.close(); // writes what is queued

        HandoffQueue again = (HandoffQueue) open(TranscriptDatabase.Retention.DEFAULTS, Clock.systemUTC())
                .forStore("shop");
        assertThat(again.queue("show-1", 200)).containsExactly(entry("m1", ANA, "quero falar com um atendente", "pt", 0),
                entry("m2", KENJI, "担当者と話したい", "ja", 1).taken("Lee"));
        HandoffQueue otherShop = (HandoffQueue) opened.getLast().forStore("other-shop");
        assertThat(otherShop.queue("show-1", 200)).isEmpty();
    }

    @Test
    void retentionDropsHandoffsOlderThanTheSettingAndBeyondTheRowCap() {
        Clock later = Clock.fixed(T0.plus(Duration.ofDays(10)), ZoneOffset.UTC);
        TranscriptDatabase db = open(new TranscriptDatabase.Retention(7, 2), later);
        HandoffQueue queue = (HandoffQueue) db.forStore("shop");
        queue.queued("show-1", entry("old", ANA, "atendente", "pt", 0));
        for (int i = 1; i <= 3; i++) {
            queue.queued("show-1", new HandoffQueue.Entry("new" + i, ANA, "atendente", "pt", null, "r" + i,
                    T0.plus(Duration.ofDays(9)).plusSeconds(i), null));
        }
        assertThat(db.retainNow()).isEqualTo(2);
        assertThat(queue.queue("show-1", 200)).extracting(HandoffQueue.Entry::messageId).containsExactly("new2", "new3");
    }
}
