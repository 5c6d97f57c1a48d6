package cohost.connectors.store;

import cohost.engine.Speaker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The handoff queues of one store's live rooms, kept beyond a room's life: what a console shows in its handoff queue
 * (who asked what, in their language and the host's, and who took it) when a room opens again, after the last
 * console left or after a restart. A live room owns its queue while it is open and writes each change here; it reads
 * the queue back once, when it opens. {@link #inMemory} keeps queues for the life of the process; the database
 * ({@link TranscriptDatabase}) keeps them with the transcripts (ARCHITECTURE.md, "Transcripts").
 *
 * <p>Writes ({@link #queued}) are called on a room's thread: they never block or throw (a database queues them).
 * {@link #take} is called on a socket's thread and decides at once, so that a handoff is taken once across nodes.
 */
public interface HandoffQueue {

    /**
     * A question handed off to a human, as its room's consoles list it.
     *
     * @param messageId the viewer's message
     * @param gist      the question in the host's language (may be null)
     * @param replyId   the reply that offered the human
     * @param at        when it was queued
     * @param takenBy   who took it, or null while nobody has
     */
    record Entry(String messageId, Speaker viewer, String text, String lang, String gist, String replyId, Instant at,
                 String takenBy) {
        /** The same entry, taken by {@code by}. */
        public Entry taken(String by) {
            return new Entry(messageId, viewer, text, lang, gist, replyId, at, by);
        }
    }

    /** Queues a handoff in a room; one for the same message (asked again) replaces it, untaken, at the end. */
    void queued(String roomId, Entry entry);

    /**
     * Takes a queued handoff for {@code by}, decided once for every node that shares this queue: the first to ask
     * gets it, a later taker gets the entry marked with the first one's name (the same taker asking again keeps it).
     * Blocks until decided (a database reads back the writes queued before it first).
     *
     * @return the entry as it stands now (taken by {@code by}, or by whoever took it first); empty when the room has
     *         no such handoff
     * @throws cohost.engine.transcript.TranscriptsUnavailable the database cannot be reached
     */
    Optional<Entry> take(String roomId, String messageId, String by);

    /**
     * The room's latest {@code limit} handoffs, oldest first, with their taken marks; empty for a room with none.
     *
     * @throws cohost.engine.transcript.TranscriptsUnavailable the database cannot be read
     */
    List<Entry> queue(String roomId, int limit);

    /** Queues in this process's memory: the latest {@code perRoom} handoffs of the last {@code maxRooms} rooms used. */
    static HandoffQueue inMemory(int maxRooms, int perRoom) {
        return new HandoffQueue() {
            private final Map<String, LinkedHashMap<String, HandoffQueue.Entry>> rooms = new LinkedHashMap<>(16, 0.75f,
                    true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, LinkedHashMap<String, HandoffQueue.Entry>> eldest) {
                    return size() > maxRooms;
                }
            };

            @Override
            public synchronized void queued(String roomId, Entry entry) {
                LinkedHashMap<String, Entry> queue = rooms.computeIfAbsent(roomId, r -> new LinkedHashMap<>());
                queue.remove(entry.messageId());
                queue.put(entry.messageId(), entry);
                if (queue.size() > perRoom) {
                    queue.remove(queue.keySet().iterator().next());
                }
            }

            @Override
            public synchronized Optional<Entry> take(String roomId, String messageId, String by) {
                LinkedHashMap<String, Entry> queue = rooms.get(roomId);
                Entry e = queue == null ? null : queue.get(messageId);
                if (e == null) return Optional.empty();
                if (e.takenBy() == null) queue.put(messageId, e = e.taken(by)); // in place: the queue's order stays
                return Optional.of(e);
            }

            @Override
            public synchronized List<Entry> queue(String roomId, int limit) {
                LinkedHashMap<String, Entry> queue = rooms.get(roomId);
                if (queue == null) return List.of();
                List<Entry> all = new ArrayList<>(queue.values());
                return List.copyOf(all.subList(Math.max(0, all.size() - limit), all.size()));
            }
        };
    }
}
