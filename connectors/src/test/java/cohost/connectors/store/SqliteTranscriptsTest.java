package cohost.connectors.store;

import cohost.engine.Speaker;
import cohost.engine.Turn;
import cohost.engine.transcript.TranscriptStore;
import cohost.engine.transcript.TranscriptStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Transcripts in a real SQLite file: the store contract, reopening, retention, a full queue, bad settings. */
class SqliteTranscriptsTest extends TranscriptStoreContract {
    @TempDir
    Path data;
    private final List<TranscriptDatabase> opened = new ArrayList<>();

    private TranscriptDatabase open(TranscriptDatabase.Retention retention, Clock clock, int queue) {
        TranscriptDatabase db = TranscriptDatabase.open(TranscriptDatabase.sqliteIn(data), retention,
                Duration.ofHours(1), queue, clock);
        opened.add(db);
        return db;
    }

    private TranscriptDatabase open() {
        return open(TranscriptDatabase.Retention.DEFAULTS, Clock.systemUTC(), TranscriptDatabase.DEFAULT_QUEUE);
    }

    @AfterEach
    void closeAll() {
        opened.forEach(TranscriptDatabase::close);
    }

    @Override
    protected TranscriptStore store() {
        return open().forStore("shop");
    }

    @Test
    void theDataFolderIsCreatedAndTranscriptsOutliveTheDatabaseBeingClosedAndOpenedAgain() {
        Path folder = data.resolve("nested/data");
        TranscriptDatabase first = TranscriptDatabase.open(TranscriptDatabase.sqliteIn(folder),
                TranscriptDatabase.Retention.DEFAULTS, Clock.systemUTC());
        Turn asked = message("m1", ANA, "frete?", Turn.Status.RECEIVED, "r1", 0);
        first.forStore("shop").conversationTurn("c1", asked, false);
        first.close();
        assertThat(folder.resolve("transcripts.db")).isRegularFile();

        TranscriptDatabase again = TranscriptDatabase.open(TranscriptDatabase.sqliteIn(folder),
                TranscriptDatabase.Retention.DEFAULTS, Clock.systemUTC());
        opened.add(again);
        assertThat(again.forStore("shop").conversation("c1", 10)).containsExactly(asked);
        assertThat(again.forStore("other-shop").conversation("c1", 10)).as("stores are kept apart").isEmpty();
    }

    @Test
    void aDatabaseAnEarlierVersionMadeGetsTheNewColumnAndKeepsItsTurns() throws Exception {
        String url = TranscriptDatabase.sqliteIn(data);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.Statement s = c.createStatement()) {
            // the schema as the previous release created it: no for_host column
            s.execute("""
                    CREATE TABLE cohost_turns (seq INTEGER PRIMARY KEY, store TEXT NOT NULL, scope CHAR(1) NOT NULL,
                      scope_id TEXT NOT NULL, turn_id TEXT NOT NULL, role TEXT, speaker_id TEXT NOT NULL,
                      speaker_name TEXT, speaker_lang TEXT, speaker_country TEXT, text TEXT NOT NULL, lang TEXT,
                      intent TEXT, sources TEXT NOT NULL, status TEXT NOT NULL, detail TEXT, handoff SMALLINT NOT NULL,
                      at_ns BIGINT NOT NULL)""");
            s.execute("INSERT INTO cohost_turns (store, scope, scope_id, turn_id, role, speaker_id, text, sources,"
                    + " status, detail, handoff, at_ns) VALUES ('shop', 'r', 'room-1', 'm1', 'VIEWER', 'v-ana',"
                    + " 'frete?', '[]', 'SKIPPED', 'spam', 0, " + (T0.getEpochSecond() * 1_000_000_000L) + ")");
        }
        TranscriptStore store = open().forStore("shop");
        assertThat(store.room("room-1", 10)).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("frete?");
            assertThat(t.forHost()).isNull();
        });
        Turn held = withForHost(message("m2", ANA, "e o prazo?", Turn.Status.HELD, Turn.HELD_REASON, 1), "[运费]");
        store.roomTurn("room-1", held);
        assertThat(store.room("room-1", 10)).extracting(Turn::id).containsExactly("m1", "m2");
        assertThat(store.room("room-1", 10).getLast()).isEqualTo(held);
        open().close(); // a second start finds the column there
    }

    @Test
    void retentionDeletesTurnsOlderThanTheSettingAndBeyondTheRowCap() {
        Clock later = Clock.fixed(T0.plus(Duration.ofDays(10)), ZoneOffset.UTC);
        TranscriptDatabase db = open(new TranscriptDatabase.Retention(7, 0), later, 1000);
        TranscriptStore store = db.forStore("shop");
        store.conversationTurn("old", message("m-old", ANA, "frete?", Turn.Status.SKIPPED, "spam", 0), false);
        Turn recent = new Turn("m-new", ANA, "frete?", "pt", null, List.of(), Turn.Status.SKIPPED, "spam",
                T0.plus(Duration.ofDays(9)));
        store.conversationTurn("new", recent, false);

        assertThat(db.retainNow()).isEqualTo(1);
        assertThat(store.conversation("old", 10)).isEmpty();
        assertThat(store.conversation("new", 10)).containsExactly(recent);

        TranscriptDatabase capped = open(new TranscriptDatabase.Retention(0, 5), later, 1000);
        for (int i = 0; i < 12; i++) {
            capped.forStore("shop").roomTurn("room", message("r" + i, ANA, "n" + i, Turn.Status.SKIPPED, "spam", i));
        }
        capped.retainNow();
        assertThat(capped.forStore("shop").room("room", 100)).extracting(Turn::id)
                .as("the newest 5 turns of the whole database are kept").containsExactly("r7", "r8", "r9", "r10", "r11");
    }

    @Test
    void whileTheDatabaseIsLockedWritesBeyondTheQueueAreDroppedAndCountedAndTheRestAreWrittenAfter() throws Exception {
        TranscriptDatabase db = open(TranscriptDatabase.Retention.DEFAULTS, Clock.systemUTC(), 10);
        TranscriptStore store = db.forStore("shop");
        try (Connection other = DriverManager.getConnection(TranscriptDatabase.sqliteIn(data));
             Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE"); // another process holds the file: the writer waits on it
            store.roomTurn("locked", message("first", ANA, "x", Turn.Status.SKIPPED, "spam", 0));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (db.pending() > 0 && System.nanoTime() < deadline) Thread.sleep(5); // the writer holds "first"
            for (int i = 0; i < 100; i++) {
                store.roomTurn("locked", message("m" + i, ANA, "x", Turn.Status.SKIPPED, "spam", i));
            }
            assertThat(db.pending()).isEqualTo(10);
            assertThat(store.dropped()).isEqualTo(90);
            assertThat(db.dropped()).isEqualTo(90);
            s.execute("COMMIT");
        }
        assertThat(store.room("locked", 100)).extracting(Turn::id)
                .containsExactly("first", "m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9");
    }

    @Test
    void aUrlOfAnotherDatabaseOrAnUnusableFolderIsRefusedSayingWhat() throws Exception {
        assertThatThrownBy(() -> TranscriptDatabase.open("jdbc:mysql://db/cohost?user=u&password=hunter2",
                TranscriptDatabase.Retention.DEFAULTS, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://HOST[:PORT]/DATABASE")
                .hasMessageContaining("password=***").hasMessageNotContaining("hunter2");
        Path file = Files.writeString(data.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> TranscriptDatabase.sqliteIn(file.resolve("data")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot create the data folder").hasMessageContaining("a-file");
        Path notADatabase = Files.writeString(data.resolve("garbage.db"), "this is not an SQLite file at all ".repeat(100));
        assertThatThrownBy(() -> TranscriptDatabase.open("jdbc:sqlite:" + notADatabase,
                TranscriptDatabase.Retention.DEFAULTS, Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot open the transcript database SQLite " + notADatabase);
    }

    @Test
    void aReplyOfTheCoHostReadsBackAsTheCoHost() {
        TranscriptStore store = store();
        store.conversationTurn("c-cohost", reply("r1", "Oi!", Turn.Status.ANSWERED, null, 0), false);
        assertThat(store.conversation("c-cohost", 1).getFirst().speaker()).isSameAs(Speaker.COHOST);
        assertThat(store.conversation("c-cohost", 1).getFirst().at()).isEqualTo(T0);
    }
}
