package cohost.engine.model;

import java.util.List;

/**
 * What the engine needs from a chat model (the port; adapters live outside the engine, e.g. langchain4j's in
 * {@code connectors/llm}): stream the answer to a conversation as text pieces, let the caller cancel at any moment,
 * and say how it ended. {@code LlmComposer} writes replies with it and {@code Translator} translates store texts;
 * templates answer whenever it fails, stays silent or is absent (ARCHITECTURE.md, "How to add a model provider").
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>{@link #stream} returns at once: the model is called on threads of the implementation's own, never the
 *       caller's (the caller may hold a conversation's lock);</li>
 *   <li>the listener gets pieces of text in order, then exactly one of {@link Listener#completed} or
 *       {@link Listener#failed}; its calls never overlap; a failure to reach the model is reported as
 *       {@code failed}, never thrown from {@code stream};</li>
 *   <li>{@link Call#cancel} may be called from any thread, at any time (also before the first piece and after the
 *       end), must not block, and releases the model's stream (an HTTP stream is closed even if the model has gone
 *       quiet); after it the listener may hear nothing more.</li>
 * </ul>
 */
public interface ChatModel {

    /** Starts the model's answer to {@code messages} (oldest first, the rules first) and returns at once. */
    Call stream(List<ChatMessage> messages, Listener listener);

    /** Receives one answer as it streams. */
    interface Listener {
        /** The next piece of the answer (a few characters; may be whitespace or empty). */
        void text(String piece);

        /** The model ended its answer. */
        void completed();

        /** The stream failed (connection dropped, malformed response, refused); nothing more comes. */
        void failed(Throwable error);
    }

    /** One answer under way. */
    interface Call {
        /** Stops the answer and releases its stream; idempotent, never blocks. */
        void cancel();
    }
}
