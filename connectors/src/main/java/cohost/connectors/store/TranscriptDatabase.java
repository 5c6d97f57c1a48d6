package cohost.connectors.store;

import cohost.engine.Intent;
import cohost.engine.Role;
import cohost.engine.Source;
import cohost.engine.Speaker;
import cohost.engine.Turn;
import cohost.engine.transcript.Handoff;
import cohost.engine.transcript.ReadingOrder;
import cohost.engine.transcript.TranscriptStore;
import cohost.engine.transcript.TranscriptsUnavailable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Transcripts in a database: SQLite (a file in the data folder) by default, PostgreSQL when a JDBC URL names one
 * (several Cohost nodes may share it). One per process, shared by every store's engine through {@link #forStore}.
 *
 * <p>Writes never wait: each turn is offered to a bounded queue and one writer thread inserts what has queued, in
 * batches, committing each batch at once (a turn is in the database within one batch's time, well under 200 ms
 * unless the database stalls). A full queue drops the turn, counts it ({@code cohost_transcript_dropped_total}) and
 * logs (at most every 10 s). A batch the database refuses is retried twice on a fresh connection, then dropped and
 * counted the same way. Reads first wait (at most 2 s) for the writes offered before them, so a transcript read
 * right after a reply has it. Taking a handoff ({@link HandoffQueue#take}) is the one write made at once, on the
 * caller's thread, after the same wait: one conditional update, so nodes sharing the database take a handoff once.
 * Retention runs on the writer thread at start and then every {@code retentionEvery}.
 */
public final class TranscriptDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TranscriptDatabase.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<List<String>>> SOURCES = new TypeReference<>() {
    };
    /** Turns waiting for the writer; beyond this, writes are dropped (about 100 MB of turns at worst). */
    public static final int DEFAULT_QUEUE = 100_000;
    private static final int BATCH = 1_000;
    private static final int DELETE_CHUNK = 10_000;
    private static final Duration READ_WAIT = Duration.ofSeconds(2);
    private static final long DROP_LOG_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final String COLUMNS = "turn_id, role, speaker_id, speaker_name, speaker_lang, speaker_country, "
            + "text, lang, intent, sources, status, detail, at_ns, for_host";
    private static final String INSERT = "INSERT INTO cohost_turns (store, scope, scope_id, handoff, " + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String READ_LATEST = "SELECT " + COLUMNS + " FROM cohost_turns WHERE store = ? AND scope = ?"
            + " AND scope_id = ? ORDER BY seq DESC LIMIT ?";
    private static final String READ_HANDOFFS = "SELECT scope_id, " + COLUMNS + " FROM cohost_turns WHERE store = ?"
            + " AND handoff = 1 ORDER BY seq DESC LIMIT ?";
    private static final String HANDOFF_COLUMNS = "message_id, viewer_role, viewer_id, viewer_name, viewer_lang, "
            + "viewer_country, text, lang, gist, reply_id, at_ns, taken_by";
    /** Queued (again): the entry replaces the room's earlier one for the same message, untaken. */
    private static final String QUEUE_HANDOFF = "INSERT INTO cohost_handoffs (store, room_id, " + HANDOFF_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (store, room_id, message_id) DO UPDATE"
            + " SET viewer_role = excluded.viewer_role, viewer_id = excluded.viewer_id, viewer_name = excluded.viewer_name,"
            + " viewer_lang = excluded.viewer_lang, viewer_country = excluded.viewer_country, text = excluded.text,"
            + " lang = excluded.lang, gist = excluded.gist, reply_id = excluded.reply_id, at_ns = excluded.at_ns,"
            + " taken_by = NULL";
    /**
     * Taken only while nobody has it: one statement, so two nodes taking at once cannot both succeed (PostgreSQL
     * re-checks the condition on the row the other committed; SQLite runs one writer at a time).
     */
    private static final String TAKE_HANDOFF = "UPDATE cohost_handoffs SET taken_by = ? WHERE store = ? AND room_id = ?"
            + " AND message_id = ? AND taken_by IS NULL";

    private static final String READ_HANDOFF = "SELECT " + HANDOFF_COLUMNS + " FROM cohost_handoffs"
            + " WHERE store = ? AND room_id = ? AND message_id = ?";
    private static final String READ_ROOM_HANDOFFS = "SELECT " + HANDOFF_COLUMNS + " FROM cohost_handoffs"
            + " WHERE store = ? AND room_id = ? ORDER BY at_ns DESC, message_id DESC LIMIT ?";
    private static final String READ_QUESTION = "SELECT " + COLUMNS + " FROM cohost_turns WHERE store = ? AND scope = 'c'"
            + " AND scope_id = ? AND detail = ? AND status IN ('RECEIVED', 'JOINED') ORDER BY seq LIMIT 1";

    /**
     * How long transcripts are kept: rows older than {@code days} (by the turn's time) and beyond the newest
     * {@code maxRows} are deleted; 0 turns either bound off.
     */
    public record Retention(int days, long maxRows) {
        /** A month, and two million turns (about 1 GB of SQLite). */
        public static final Retention DEFAULTS = new Retention(30, 2_000_000);

        public Retention {
            if (days < 0) throw new IllegalArgumentException("--retention-days must be 0 (keep) or more; got " + days);
            if (maxRows < 0) throw new IllegalArgumentException("--retention-rows must be 0 (no cap) or more; got " + maxRows);
        }

        @Override
        public String toString() {
            return (days == 0 ? "no age limit" : days + " days") + ", "
                    + (maxRows == 0 ? "no row cap" : String.format(Locale.ROOT, "at most %,d turns", maxRows));
        }
    }

    /** What the writer thread writes, in the order offered. */
    private sealed interface Write {
        long seq();

        View view();
    }

    /** A turn of a conversation ('c') or a room ('r'). */
    private record Row(long seq, View view, char scope, String scopeId, Turn turn, boolean handoff) implements Write {
    }

    /** A room's handoff queued for its consoles (again: untaken). */
    private record Queued(long seq, View view, String roomId, HandoffQueue.Entry entry) implements Write {
    }


    private final String url;
    private final Dialect dialect;
    private final Retention retention;
    private final Duration retentionEvery;
    private final Clock clock;
    private final BlockingQueue<Write> queue;
    private final Object offerLock = new Object();
    private long offered;
    private final Object progress = new Object();
    private long written;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong lastDropLog = new AtomicLong(System.nanoTime() - DROP_LOG_NANOS);
    private final ConcurrentLinkedQueue<CompletableFuture<Long>> retainRequests = new ConcurrentLinkedQueue<>();
    private final Thread writerThread;
    private volatile boolean closing;
    /** Owned by the writer thread, with its insert statement (prepared once per connection). */
    private Connection writer;
    private PreparedStatement insert;
    private PreparedStatement queueHandoff;
    /** Guarded by {@code readLock}. */
    private Connection reader;
    private final Object readLock = new Object();

    private TranscriptDatabase(String url, Retention retention, Duration retentionEvery, int queueCapacity,
                               Clock clock) {
        this.url = url;
        this.dialect = Dialect.of(url);
        this.retention = retention;
        this.retentionEvery = retentionEvery;
        this.clock = clock;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        try {
            writer = connect();
            for (String ddl : dialect.schema()) {
                try (Statement s = writer.createStatement()) {
                    s.execute(ddl);
                }
            }
            writer.commit();
            dialect.migrate(writer);
            writer.commit();
            retainNowOnThisThread();
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new IllegalStateException("cannot open the transcript database " + describe() + ": "
                    + e.getMessage(), e);
        }
        this.writerThread = Thread.ofPlatform().daemon().name("transcript-writer").start(this::writeLoop);
    }

    /**
     * Opens (creating the schema when missing) the database at a JDBC URL ({@code jdbc:sqlite:FILE} or
     * {@code jdbc:postgresql://...}) and applies retention once.
     *
     * @throws IllegalArgumentException a URL of another kind
     * @throws IllegalStateException    the database cannot be reached or written; the message says which and why
     */
    public static TranscriptDatabase open(String url, Retention retention, Clock clock) {
        return open(url, retention, Duration.ofMinutes(10), DEFAULT_QUEUE, clock);
    }

    /** As {@link #open(String, Retention, Clock)} with the retention period and queue size given. */
    public static TranscriptDatabase open(String url, Retention retention, Duration retentionEvery, int queueCapacity,
                                          Clock clock) {
        return new TranscriptDatabase(url, retention, retentionEvery, queueCapacity, clock);
    }

    /**
     * The SQLite URL of the transcripts file in a data folder, creating the folder when missing.
     *
     * @throws IllegalArgumentException the folder cannot be created, or is not a writable folder
     */
    public static String sqliteIn(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create the data folder " + dataFolder.toAbsolutePath()
                    + " (--data): " + e.getMessage());
        }
        if (!Files.isWritable(dataFolder)) {
            throw new IllegalArgumentException("the data folder " + dataFolder.toAbsolutePath()
                    + " (--data) is not writable");
        }
        return "jdbc:sqlite:" + dataFolder.toAbsolutePath().resolve("transcripts.db");
    }

    /** One store's transcripts in this database (rows carry the store's id). */
    public TranscriptStore forStore(String storeId) {
        return new View(storeId);
    }

    /** "SQLite /data/transcripts.db" or "PostgreSQL jdbc:postgresql://db:5432/cohost", never a password. */
    public String describe() {
        return dialect.displayName + " " + (dialect == Dialect.SQLITE ? url.substring("jdbc:sqlite:".length())
                : masked(url));
    }

    public Retention retention() {
        return retention;
    }

    /** Turns queued, not yet written. */
    public int pending() {
        return queue.size();
    }

    /** Turns given up (queue full, database refusing), over all stores. */
    public long dropped() {
        return dropped.get();
    }

    /** Applies retention now, on the writer thread (after the writes queued before); returns the rows deleted. */
    public long retainNow() {
        CompletableFuture<Long> done = new CompletableFuture<>();
        retainRequests.add(done);
        return done.join();
    }

    /** Writes what is queued (waiting at most 10 s), then closes the connections. */
    @Override
    public void close() {
        closing = true;
        try {
            writerThread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (readLock) {
            closeQuietly(reader);
            reader = null;
        }
    }

    /** A JDBC URL as it may be shown: its password replaced by ***. */
    static String masked(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/@:]*):[^/@]*@", "//$1:***@");
    }

    // ---- writing ----

    private void offer(View view, char scope, String scopeId, Turn turn, boolean handoff) {
        offer(view, seq -> new Row(seq, view, scope, scopeId, turn, handoff));
    }

    /** Queues a write (numbered in the order offered), or drops and counts it when the queue is full or closed. */
    private void offer(View view, java.util.function.LongFunction<Write> numbered) {
        synchronized (offerLock) {
            if (!closing) {
                Write write = numbered.apply(offered + 1);
                if (queue.offer(write)) {
                    offered = write.seq();
                    return;
                }
            }
        }
        drop(view, 1, closing ? "closed" : "queue_full", null);
    }

    private void drop(View view, long n, String reason, Exception cause) {
        view.dropped.addAndGet(n);
        long total = dropped.addAndGet(n);
        long now = System.nanoTime();
        long last = lastDropLog.get();
        if (now - last >= DROP_LOG_NANOS && lastDropLog.compareAndSet(last, now)) {
            log.warn("event=transcript.dropped reason={} store={} droppedTotal={} queued={} database=\"{}\"{}", reason,
                    view.storeId, total, queue.size(), describe(), cause == null ? "" : " error=\"" + cause.getMessage() + "\"");
        }
    }

    private void writeLoop() {
        try {
            writeUntilClosed();
        } catch (RuntimeException | Error e) {
            log.error("event=transcript.writer_failed database=\"{}\": transcripts are no longer written", describe(), e);
            closing = true;
            throw e;
        }
    }

    private void writeUntilClosed() {
        long nextRetention = System.nanoTime() + retentionEvery.toNanos();
        List<Write> batch = new ArrayList<>(BATCH);
        while (true) {
            Write first;
            try {
                first = queue.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                first = null;
                closing = true;
            }
            if (first != null) {
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
                batch.clear();
            }
            if (!retainRequests.isEmpty()) {
                // what was queued before the request goes first
                while (queue.drainTo(batch, BATCH) > 0) {
                    write(batch);
                    batch.clear();
                }
                CompletableFuture<Long> request;
                while ((request = retainRequests.poll()) != null) {
                    request.complete(retainOrLog());
                }
            }
            if (System.nanoTime() - nextRetention >= 0) {
                retainOrLog();
                nextRetention = System.nanoTime() + retentionEvery.toNanos();
            }
            if (closing && queue.isEmpty()) {
                break;
            }
        }
        dropWriter();
    }

    /** Closes the writer's connection (after a failure: a fresh one is opened for the next write). */
    private void dropWriter() {
        rollbackQuietly(writer);
        closeQuietly(writer); // closes its statements too
        writer = null;
        insert = null;
        queueHandoff = null;
    }

    private void write(List<Write> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (writer == null) writer = connect();
                if (insert == null) insert = writer.prepareStatement(INSERT);
                int bound = 0;
                boolean handoffs = false;
                for (Write write : batch) {
                    if (!(write instanceof Row row)) {
                        handoffs = true;
                        continue;
                    }
                    try {
                        bind(insert, row);
                    } catch (RuntimeException unwritable) { // a turn this code cannot store: never the writer's end
                        insert.clearParameters();
                        if (attempt == 1) {
                            log.error("event=transcript.unwritable turn={}", row.turn().id(), unwritable);
                            drop(row.view(), 1, "unwritable", unwritable);
                        }
                        continue;
                    }
                    insert.addBatch();
                    bound++;
                }
                if (bound > 0) insert.executeBatch();
                if (handoffs) writeHandoffs(batch, attempt == 1);
                writer.commit();
                break;
            } catch (SQLException e) {
                dropWriter();
                if (attempt == 3) {
                    log.error("event=transcript.write_failed turns={} database=\"{}\" error=\"{}\"", batch.size(),
                            describe(), e.getMessage());
                    for (Write w : batch) drop(w.view(), 1, "write_failed", e);
                    break;
                }
                log.warn("event=transcript.write_retry attempt={} database=\"{}\" error=\"{}\"", attempt, describe(),
                        e.getMessage());
                pause(Duration.ofMillis(250L * attempt));
            }
        }
        synchronized (progress) {
            written = batch.getLast().seq();
            progress.notifyAll();
        }
    }

    /** The batch's handoffs queued, one statement each in the order offered. */
    private void writeHandoffs(List<Write> batch, boolean firstAttempt) throws SQLException {
        for (Write write : batch) {
            PreparedStatement statement;
            try {
                switch (write) {
                    case Row row -> {
                        continue;
                    }
                    case Queued q -> {
                        if (queueHandoff == null) queueHandoff = writer.prepareStatement(QUEUE_HANDOFF);
                        statement = queueHandoff;
                        HandoffQueue.Entry e = q.entry();
                        Speaker v = e.viewer();
                        int i = 1;
                        statement.setString(i++, q.view().storeId);
                        statement.setString(i++, text(q.roomId()));
                        statement.setString(i++, text(e.messageId()));
                        statement.setString(i++, v.role() == null ? null : v.role().name());
                        statement.setString(i++, text(v.id()));
                        statement.setString(i++, text(v.name()));
                        statement.setString(i++, v.lang());
                        statement.setString(i++, v.country());
                        statement.setString(i++, text(e.text()));
                        statement.setString(i++, e.lang());
                        statement.setString(i++, text(e.gist()));
                        statement.setString(i++, text(e.replyId()));
                        statement.setLong(i, nanos(e.at()));
                    }
                }
            } catch (RuntimeException unwritable) { // a handoff this code cannot store: never the writer's end
                if (firstAttempt) {
                    log.error("event=transcript.unwritable handoff={}", write, unwritable);
                    drop(write.view(), 1, "unwritable", unwritable);
                }
                continue;
            }
            statement.executeUpdate();
        }
    }

    private static long nanos(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
    }

    private static void bind(PreparedStatement insert, Row row) throws SQLException {
        Turn t = row.turn();
        Speaker s = t.speaker();
        int i = 1;
        insert.setString(i++, row.view().storeId);
        insert.setString(i++, String.valueOf(row.scope()));
        insert.setString(i++, text(row.scopeId()));
        insert.setShort(i++, (short) (row.handoff() ? 1 : 0));
        insert.setString(i++, text(t.id()));
        insert.setString(i++, s.role() == null ? null : s.role().name());
        insert.setString(i++, text(s.id()));
        insert.setString(i++, text(s.name()));
        insert.setString(i++, s.lang());
        insert.setString(i++, s.country());
        insert.setString(i++, text(t.text()));
        insert.setString(i++, t.lang());
        insert.setString(i++, t.intent() == null ? null : t.intent().name());
        insert.setString(i++, sources(t.sources()));
        insert.setString(i++, t.status().name());
        insert.setString(i++, text(t.detail()));
        insert.setLong(i++, nanos(t.at()));
        insert.setString(i, text(t.forHost()));
    }

    /** PostgreSQL text cannot hold NUL; the clients' texts never have one (control characters are cleaned away). */
    private static String text(String s) {
        return s == null || s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }

    private static String sources(List<Source> sources) {
        List<List<String>> pairs = sources.stream().map(src -> java.util.Arrays.asList(src.kind(), src.id())).toList();
        try {
            return JSON.writeValueAsString(pairs);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- retention ----

    private long retainOrLog() {
        try {
            return retainNowOnThisThread();
        } catch (SQLException e) {
            dropWriter();
            log.error("event=transcript.retention_failed database=\"{}\" error=\"{}\"", describe(), e.getMessage());
            return 0;
        }
    }

    private long retainNowOnThisThread() throws SQLException {
        if (writer == null) writer = connect();
        long deleted = 0;
        if (retention.days() > 0) {
            Instant cutoff = clock.instant().minus(Duration.ofDays(retention.days()));
            long cutoffNs = cutoff.getEpochSecond() * 1_000_000_000L + cutoff.getNano();
            deleted += deleteInChunks("SELECT seq FROM cohost_turns WHERE at_ns < ? LIMIT " + DELETE_CHUNK, cutoffNs);
            deleted += deleteHandoffs("DELETE FROM cohost_handoffs WHERE at_ns < ?", cutoffNs);
        }
        if (retention.maxRows() > 0) {
            Long newestToDrop = null;
            try (PreparedStatement q = writer.prepareStatement(
                    "SELECT seq FROM cohost_turns ORDER BY seq DESC LIMIT 1 OFFSET ?")) {
                q.setLong(1, retention.maxRows());
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) newestToDrop = rs.getLong(1);
                }
            }
            writer.commit();
            if (newestToDrop != null) {
                deleted += deleteInChunks("SELECT seq FROM cohost_turns WHERE seq <= ? LIMIT " + DELETE_CHUNK,
                        newestToDrop);
            }
            // the handoff queues are small beside the turns; the same cap bounds them
            deleted += deleteHandoffs("DELETE FROM cohost_handoffs WHERE at_ns <= (SELECT at_ns FROM cohost_handoffs"
                    + " ORDER BY at_ns DESC LIMIT 1 OFFSET ?)", retention.maxRows());
        }
        if (deleted > 0) {
            if (dialect == Dialect.SQLITE) {
                try (Statement s = writer.createStatement()) {
                    s.execute("PRAGMA incremental_vacuum");
                }
                writer.commit();
            }
            log.info("event=transcript.retention deleted={} retention=\"{}\" database=\"{}\"", deleted, retention,
                    describe());
        }
        return deleted;
    }

    /** Deletes handoffs in one transaction (queues are small: at most a few hundred per room). */
    private long deleteHandoffs(String delete, long bound) throws SQLException {
        int n;
        try (PreparedStatement d = writer.prepareStatement(delete)) {
            d.setLong(1, bound);
            n = d.executeUpdate();
        }
        writer.commit();
        return n;
    }

    /** Deletes the rows {@code select} names, a chunk per transaction, so appends wait at most one chunk. */
    private long deleteInChunks(String select, long bound) throws SQLException {
        long total = 0;
        while (true) {
            int n;
            try (PreparedStatement d = writer.prepareStatement("DELETE FROM cohost_turns WHERE seq IN (" + select + ")")) {
                d.setLong(1, bound);
                n = d.executeUpdate();
            }
            writer.commit();
            total += n;
            if (n < DELETE_CHUNK) return total;
            // let queued appends in between chunks
            List<Write> batch = new ArrayList<>(BATCH);
            queue.drainTo(batch, BATCH);
            if (!batch.isEmpty()) write(batch);
            if (writer == null) writer = connect();
        }
    }

    // ---- reading ----

    /** Waits (at most {@link #READ_WAIT}) until every write offered before this call has been written or dropped. */
    private void awaitWritten() {
        long target;
        synchronized (offerLock) {
            target = offered;
        }
        long deadline = System.nanoTime() + READ_WAIT.toNanos();
        synchronized (progress) {
            while (written < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    log.warn("event=transcript.read_stale database=\"{}\" queued={}", describe(), queue.size());
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Query<T> query) {
        awaitWritten();
        synchronized (readLock) {
            for (int attempt = 1; ; attempt++) {
                try {
                    if (reader == null) {
                        reader = connect();
                    }
                    T result = query.run(reader);
                    reader.commit();
                    return result;
                } catch (SQLException e) {
                    rollbackQuietly(reader);
                    closeQuietly(reader);
                    reader = null;
                    if (attempt == 2) {
                        log.error("event=transcript.read_failed database=\"{}\" error=\"{}\"", describe(), e.getMessage());
                        throw new TranscriptsUnavailable("transcripts are unavailable: the database (" + dialect.displayName
                                + ") cannot be read; the server logs say why", e);
                    }
                }
            }
        }
    }

    private List<Turn> latest(String store, char scope, String scopeId, int limit) {
        return read(c -> {
            try (PreparedStatement q = c.prepareStatement(READ_LATEST)) {
                q.setString(1, store);
                q.setString(2, String.valueOf(scope));
                q.setString(3, scopeId);
                q.setInt(4, limit);
                List<Turn> turns = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) turns.add(turn(rs, 1));
                }
                Collections.reverse(turns);
                return turns;
            }
        });
    }

    private List<Handoff> handoffs(String store, int limit) {
        return read(c -> {
            List<Handoff> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(READ_HANDOFFS);
                 PreparedStatement question = c.prepareStatement(READ_QUESTION)) {
                q.setString(1, store);
                q.setInt(2, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String conversation = rs.getString(1);
                        Turn reply = turn(rs, 2);
                        question.setString(1, store);
                        question.setString(2, conversation);
                        question.setString(3, reply.id());
                        Turn asked = null;
                        try (ResultSet qs = question.executeQuery()) {
                            if (qs.next()) asked = turn(qs, 1);
                        }
                        out.add(new Handoff(conversation, asked, reply));
                    }
                }
            }
            return out;
        });
    }

    private List<HandoffQueue.Entry> roomHandoffs(String store, String roomId, int limit) {
        return read(c -> {
            List<HandoffQueue.Entry> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(READ_ROOM_HANDOFFS)) {
                q.setString(1, store);
                q.setString(2, roomId);
                q.setInt(3, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) out.add(handoff(rs));
                }
            }
            Collections.reverse(out);
            return out;
        });
    }

    /**
     * Takes a handoff if nobody has (after the writes queued before, so a handoff queued just now is there), and
     * reads back who has it now, in one transaction.
     */
    private Optional<HandoffQueue.Entry> takeHandoff(String store, String roomId, String messageId, String by) {
        return read(c -> {
            try (PreparedStatement take = c.prepareStatement(TAKE_HANDOFF);
                 PreparedStatement now = c.prepareStatement(READ_HANDOFF)) {
                take.setString(1, text(by));
                take.setString(2, store);
                take.setString(3, text(roomId));
                take.setString(4, text(messageId));
                take.executeUpdate();
                now.setString(1, store);
                now.setString(2, text(roomId));
                now.setString(3, text(messageId));
                try (ResultSet rs = now.executeQuery()) {
                    return rs.next() ? Optional.of(handoff(rs)) : Optional.<HandoffQueue.Entry>empty();
                }
            }
        });
    }

    private static HandoffQueue.Entry handoff(ResultSet rs) throws SQLException {
        int i = 1;
        String messageId = rs.getString(i++);
        String role = rs.getString(i++);
        Speaker viewer = new Speaker(role == null ? null : Role.valueOf(role), rs.getString(i++), rs.getString(i++),
                rs.getString(i++), rs.getString(i++));
        String text = rs.getString(i++);
        String lang = rs.getString(i++);
        String gist = rs.getString(i++);
        String replyId = rs.getString(i++);
        Instant at = instant(rs.getLong(i++));
        return new HandoffQueue.Entry(messageId, viewer, text, lang, gist, replyId, at, rs.getString(i));
    }

    private static Instant instant(long atNs) {
        return Instant.ofEpochSecond(Math.floorDiv(atNs, 1_000_000_000L), Math.floorMod(atNs, 1_000_000_000L));
    }

    private static Turn turn(ResultSet rs, int from) throws SQLException {
        int i = from;
        String id = rs.getString(i++);
        String role = rs.getString(i++);
        String speakerId = rs.getString(i++);
        String name = rs.getString(i++);
        String speakerLang = rs.getString(i++);
        String country = rs.getString(i++);
        Speaker speaker = role == null && Speaker.COHOST.id().equals(speakerId) ? Speaker.COHOST
                : new Speaker(role == null ? null : Role.valueOf(role), speakerId, name, speakerLang, country);
        String text = rs.getString(i++);
        String lang = rs.getString(i++);
        String intent = rs.getString(i++);
        List<Source> sources;
        try {
            sources = JSON.readValue(rs.getString(i++), SOURCES).stream().map(p -> new Source(p.get(0), p.get(1))).toList();
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored turn's sources are not readable: " + e.getOriginalMessage(), e);
        }
        Turn.Status status = Turn.Status.valueOf(rs.getString(i++));
        String detail = rs.getString(i++);
        Instant at = instant(rs.getLong(i++));
        String forHost = rs.getString(i);
        return new Turn(id, speaker, text, lang, intent == null ? null : Intent.valueOf(intent), sources, status,
                detail, at, forHost);
    }

    // ---- connections ----

    private Connection connect() throws SQLException {
        java.util.Properties defaults = new java.util.Properties();
        if (dialect == Dialect.POSTGRESQL) {
            // one multi-row INSERT per batch instead of a statement per turn (several times the throughput)
            defaults.setProperty("reWriteBatchedInserts", "true");
        }
        Connection c = DriverManager.getConnection(url, defaults);
        try {
            for (String setup : dialect.connectionSetup()) {
                try (Statement s = c.createStatement()) {
                    s.execute(setup);
                }
            }
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void rollbackQuietly(Connection c) {
        if (c == null) return;
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more to release
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One store's view: writes queue with the store's id, reads filter by it; also its rooms' handoff queues. */
    private final class View implements TranscriptStore, HandoffQueue {
        final String storeId;
        final AtomicLong dropped = new AtomicLong();

        View(String storeId) {
            this.storeId = storeId;
        }

        @Override
        public void conversationTurn(String conversationId, Turn turn, boolean handoff) {
            offer(this, 'c', conversationId, turn, handoff);
        }

        @Override
        public void roomTurn(String roomId, Turn turn) {
            offer(this, 'r', roomId, turn, false);
        }

        @Override
        public List<Turn> conversation(String conversationId, int limit) {
            return ReadingOrder.of(latest(storeId, 'c', conversationId, limit));
        }

        @Override
        public List<Turn> room(String roomId, int limit) {
            return latest(storeId, 'r', roomId, limit);
        }

        @Override
        public List<Handoff> handoffs(int limit) {
            return TranscriptDatabase.this.handoffs(storeId, limit);
        }

        @Override
        public void queued(String roomId, HandoffQueue.Entry entry) {
            offer(this, seq -> new Queued(seq, this, roomId, entry));
        }

        @Override
        public Optional<HandoffQueue.Entry> take(String roomId, String messageId, String by) {
            return takeHandoff(storeId, roomId, messageId, by);
        }

        @Override
        public List<HandoffQueue.Entry> queue(String roomId, int limit) {
            return roomHandoffs(storeId, roomId, limit);
        }

        @Override
        public long dropped() {
            return dropped.get();
        }

        @Override
        public int pending() {
            return queue.size();
        }
    }
}
