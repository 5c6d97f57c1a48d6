package cohost.connectors.cli;

import cohost.connectors.store.TranscriptDatabase;
import cohost.engine.transcript.TranscriptStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Where {@code serve} keeps transcripts: SQLite in the data folder by default, PostgreSQL by {@code --db URL}, or
 * memory only ({@code --db memory}). Opened before serving, so a bad setting stops startup with what is wrong.
 */
final class Transcripts implements AutoCloseable {
    private final TranscriptDatabase database;

    private Transcripts(TranscriptDatabase database) {
        this.database = database;
    }

    /**
     * @throws IllegalArgumentException a bad option (a URL of another database, a folder that cannot be made)
     * @throws IllegalStateException    the database cannot be opened (unreachable, refused, not a database)
     */
    static Transcripts open(String db, Path data, Map<String, String> env, int days, long rows) {
        String url = db != null ? db : env.get("COHOST_DB");
        if (url != null && url.strip().equals("memory")) {
            return new Transcripts(null);
        }
        TranscriptDatabase.Retention retention = new TranscriptDatabase.Retention(days, rows);
        if (url == null || url.isBlank()) {
            url = TranscriptDatabase.sqliteIn(data != null ? data : defaultData(env));
        }
        return new Transcripts(TranscriptDatabase.open(url.strip(), retention, Clock.systemUTC()));
    }

    /** COHOST_DATA, else the XDG data folder: $XDG_DATA_HOME/cohost, or ~/.local/share/cohost. */
    static Path defaultData(Map<String, String> env) {
        String own = env.get("COHOST_DATA");
        if (own != null && !own.isBlank()) return Path.of(own);
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "cohost");
        return Path.of(System.getProperty("user.home"), ".local", "share", "cohost");
    }

    /** The store's transcripts in the database, or null to keep the engine's in memory. */
    TranscriptStore forStore(String storeId) {
        return database == null ? null : database.forStore(storeId);
    }

    @Override
    public void close() {
        if (database != null) database.close();
    }

    @Override
    public String toString() {
        return database == null ? "in memory only, lost on restart (--db memory)"
                : database.describe() + " (" + database.retention() + "; --data, --db, --retention-days, --retention-rows)";
    }
}
