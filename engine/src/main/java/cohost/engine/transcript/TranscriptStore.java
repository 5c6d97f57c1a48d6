package cohost.engine.transcript;

import cohost.engine.Turn;

import java.util.List;

/**
 * Where one store's transcripts are kept: every turn of every conversation (a desk customer's, a room viewer's) and of
 * every room transcript, and which replies handed a question off to a human. The engine writes each {@link Turn} as it
 * is built and reads transcripts only through this port. {@link #inMemory} is the default (bounded, gone with the
 * process); connectors add a database (ARCHITECTURE.md, "Transcripts").
 *
 * <p>Writes are called on a room's thread and on reply threads: they must never block or throw. An implementation
 * that cannot keep up drops and counts ({@link #dropped()}). Reads see every write made before them; a read that
 * cannot reach the store throws {@link TranscriptsUnavailable}.
 */
public interface TranscriptStore {

    /** Turns a conversation or room read gives by default: the latest this many. */
    int DEFAULT_READ_LIMIT = 2000;

    /**
     * A turn of a conversation (a message with its outcome, or a reply as delivered).
     *
     * @param handoff true for a reply that offers the asker a human (the desk's {@code handoff})
     */
    void conversationTurn(String conversationId, Turn turn, boolean handoff);

    /** A turn of a room's transcript, in the room's order. */
    void roomTurn(String roomId, Turn turn);

    /**
     * The latest {@code limit} turns of a conversation, oldest first, each message before the reply that answered it;
     * empty when the conversation has none (never used, or past retention).
     */
    List<Turn> conversation(String conversationId, int limit);

    /** The latest {@code limit} turns of a room's transcript, oldest first, as the room recorded them; or empty. */
    List<Turn> room(String roomId, int limit);

    /** The latest {@code limit} handoffs, newest first: each reply that offered a human, with the question it answered. */
    List<Handoff> handoffs(int limit);

    /** Writes given up so far (a full queue, a failing database); 0 for a store that never drops. */
    default long dropped() {
        return 0;
    }

    /** Writes accepted but not yet kept (queued for a database); 0 for a store that keeps them at once. */
    default int pending() {
        return 0;
    }

    /**
     * A store in this process's memory, as bounded as the engine's conversations: at most {@code maxConversations}
     * conversations of {@code maxTurns} turns each, the same number of room transcripts of {@code roomTurns} turns,
     * and the last {@code maxHandoffs} handoffs.
     */
    static TranscriptStore inMemory(long maxConversations, int maxTurns, int roomTurns, int maxHandoffs) {
        return new InMemoryTranscripts(maxConversations, maxTurns, roomTurns, maxHandoffs);
    }
}
