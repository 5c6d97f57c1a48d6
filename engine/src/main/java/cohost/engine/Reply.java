package cohost.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A reply in flight: it streams {@link ReplyEvent}s and can be cancelled at any moment. After {@link #cancel} returns
 * true, no further text is emitted, the LLM stream (if any) is closed, one {@link ReplyEvent.Cancelled} carries the
 * text already delivered, and the conversation keeps only that part.
 */
public interface Reply {

    String id();

    /** The message ids this reply answers. */
    List<String> inReplyTo();

    String lang();

    Intent intent();

    /** Receives every event, including those emitted before subscribing (they are replayed in order). */
    void subscribe(Consumer<ReplyEvent> listener);

    /** Cancels the reply unless it has already ended; returns whether this call cancelled it. */
    boolean cancel(String reason);

    /** Completes when the reply is done or cancelled. */
    CompletableFuture<ReplyResult> result();

    /**
     * Completes, just before {@link #result()}, with the reply's transcript entry (answered, or cut with the words
     * delivered): the one value that the room transcript and every asker's conversation record.
     */
    CompletableFuture<Turn> turn();
}
