package cohost.engine.transcript;

import cohost.engine.Turn;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Transcripts in memory, bounded: the least recently used conversations and rooms go first, and each keeps only its
 * latest turns. Nothing survives the process; this is the engine's default when no database is configured.
 */
final class InMemoryTranscripts implements TranscriptStore {

    /** A reply that offered a human, in the asker's conversation. */
    private record Offered(String conversationId, Turn reply) {
    }

    private final int maxTurns;
    private final int roomTurns;
    private final int maxHandoffs;
    private final Cache<String, ArrayDeque<Turn>> conversations;
    private final Cache<String, ArrayDeque<Turn>> rooms;
    private final ArrayDeque<Offered> handoffs = new ArrayDeque<>();

    InMemoryTranscripts(long maxConversations, int maxTurns, int roomTurns, int maxHandoffs) {
        if (maxConversations < 1 || maxTurns < 1 || roomTurns < 1 || maxHandoffs < 0) {
            throw new IllegalArgumentException("in-memory transcript limits must be positive");
        }
        this.maxTurns = maxTurns;
        this.roomTurns = roomTurns;
        this.maxHandoffs = maxHandoffs;
        // Upkeep on the calling thread, as the engine's own caches: no common-pool wake-up per turn.
        this.conversations = Caffeine.newBuilder().maximumSize(maxConversations).executor(Runnable::run).build();
        this.rooms = Caffeine.newBuilder().maximumSize(maxConversations).executor(Runnable::run).build();
    }

    @Override
    public void conversationTurn(String conversationId, Turn turn, boolean handoff) {
        append(conversations.get(conversationId, k -> new ArrayDeque<>()), turn, maxTurns);
        if (handoff && maxHandoffs > 0) {
            synchronized (handoffs) {
                handoffs.addLast(new Offered(conversationId, turn));
                if (handoffs.size() > maxHandoffs) handoffs.removeFirst();
            }
        }
    }

    @Override
    public void roomTurn(String roomId, Turn turn) {
        append(rooms.get(roomId, k -> new ArrayDeque<>()), turn, roomTurns);
    }

    @Override
    public List<Turn> conversation(String conversationId, int limit) {
        return ReadingOrder.of(latest(conversations.getIfPresent(conversationId), limit));
    }

    @Override
    public List<Turn> room(String roomId, int limit) {
        return latest(rooms.getIfPresent(roomId), limit);
    }

    @Override
    public List<Handoff> handoffs(int limit) {
        List<Offered> offered;
        synchronized (handoffs) {
            offered = new ArrayList<>(handoffs);
        }
        List<Handoff> out = new ArrayList<>();
        for (int i = offered.size() - 1; i >= 0 && out.size() < limit; i--) {
            Offered o = offered.get(i);
            out.add(new Handoff(o.conversationId(), question(o), o.reply()));
        }
        return out;
    }

    /** The message the reply answered (received by it, or joined to it), if its conversation still has it. */
    private Turn question(Offered o) {
        for (Turn t : latest(conversations.getIfPresent(o.conversationId()), maxTurns)) {
            if (o.reply().id().equals(t.detail())
                    && (t.status() == Turn.Status.RECEIVED || t.status() == Turn.Status.JOINED)) {
                return t;
            }
        }
        return null;
    }

    private static void append(ArrayDeque<Turn> turns, Turn turn, int max) {
        synchronized (turns) {
            turns.addLast(turn);
            while (turns.size() > max) turns.removeFirst();
        }
    }

    private static List<Turn> latest(ArrayDeque<Turn> turns, int limit) {
        if (turns == null) return List.of();
        synchronized (turns) {
            List<Turn> all = new ArrayList<>(turns);
            return List.copyOf(all.subList(Math.max(0, all.size() - limit), all.size()));
        }
    }
}
