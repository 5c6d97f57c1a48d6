package cohost.connectors.llm;

import cohost.engine.model.ChatMessage;
import cohost.engine.model.ChatModel;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;

import java.util.List;
import java.util.Objects;

/**
 * The engine's {@link ChatModel} port over any langchain4j {@link StreamingChatModel} (OpenAI-compatible endpoints
 * through {@link LlmSettings}; any other provider langchain4j covers the same way).
 *
 * <p>Threads: the client is called on a virtual thread of its own. langchain4j's JDK client parses the whole stream
 * on the calling thread when the response headers are already in by the time it subscribes, so calling it on the
 * engine's thread could block an asker (and their conversation's lock) for as long as the model streams.
 *
 * <p>Cancel: langchain4j hands out the stream's handle ({@code PartialResponseContext.streamingHandle()}) only with
 * a partial response, so it is kept from the first one; a cancel before it closes the stream at the first partial.
 * Cancelling closes the HTTP stream even if the model has gone quiet; langchain4j then calls neither
 * onCompleteResponse nor onError, and nothing more reaches the listener.
 */
public final class LangChain4jChatModel implements ChatModel {

    private final StreamingChatModel client;

    public LangChain4jChatModel(StreamingChatModel client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public Call stream(List<ChatMessage> messages, Listener listener) {
        ChatRequest request = ChatRequest.builder().messages(messages.stream().map(LangChain4jChatModel::message).toList())
                .build();
        Handler handler = new Handler(listener);
        Thread.ofVirtual().name("llm-call").start(() -> {
            try {
                client.chat(request, handler);
            } catch (RuntimeException e) {
                handler.onError(e);
            }
        });
        return handler::cancel;
    }

    private static dev.langchain4j.data.message.ChatMessage message(ChatMessage m) {
        return switch (m.author()) {
            case SYSTEM -> SystemMessage.from(m.text());
            case CUSTOMER -> UserMessage.from(m.text());
            case COHOST -> AiMessage.from(m.text());
        };
    }

    /** Passes langchain4j's callbacks on until the call is cancelled; one at a time, as the port promises. */
    private static final class Handler implements StreamingChatResponseHandler {
        private final Listener listener;
        /** The stream's handle, known from the first partial response; volatile so that cancel() needs no lock. */
        private volatile StreamingHandle handle;
        private volatile boolean cancelled;

        Handler(Listener listener) {
            this.listener = listener;
        }

        /** Closes the stream now if its handle is known, else at its first partial response; never blocks. */
        void cancel() {
            cancelled = true;
            StreamingHandle h = handle;
            if (h != null) h.cancel();
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            handle = context.streamingHandle();
            if (cancelled) {
                handle.cancel();
                return;
            }
            synchronized (this) {
                listener.text(partial.text() == null ? "" : partial.text());
            }
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            if (cancelled) return;
            synchronized (this) {
                listener.completed();
            }
        }

        @Override
        public void onError(Throwable error) {
            if (cancelled) return; // closing the stream ourselves may end in an error
            synchronized (this) {
                listener.failed(error);
            }
        }
    }
}
