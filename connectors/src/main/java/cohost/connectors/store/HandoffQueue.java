package cohost.connectors.store;

import cohost.engine.Speaker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The handoff queues of one store's live rooms, kept beyond a room's life: what a console shows in its handoff queue
 * (who asked what, in their language and the host's, and who took it) when a room opens again, after the last
 * console left or after a restart. A live room owns its queue while it is open and writes each change here; it reads
 * the queue back once, when it opens. {@link #inMemory} keeps queues for the life of the process; the database
 * ({@link TranscriptDatabase}) keeps them with the transcripts (ARCHITECTURE.md, "Transcripts").
 *
 * <p>Writes are called on a room's thread and on socket threads: they never block or throw (a database queues them).
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

    /** Marks a queued handoff taken; nothing happens when the room has no such handoff. */
    void taken(String roomId, String messageId, String by);

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
            public synchronized void taken(String roomId, String messageId, String by) {
                LinkedHashMap<String, Entry> queue = rooms.get(roomId);
                if (queue != null) {
                    queue.computeIfPresent(messageId, (id, e) -> e.taken(by));
                }
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
