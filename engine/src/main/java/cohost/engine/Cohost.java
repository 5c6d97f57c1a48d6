package cohost.engine;

import cohost.knowledge.Knowledge;
import dev.langchain4j.model.chat.StreamingChatModel;

import java.util.List;
import java.util.Optional;

/**
 * The engine: understands messages, answers them from the store's facts in the asker's language, and lets every
 * reply be interrupted. One instance serves every conversation of one store; it holds no global state.
 *
 * <pre>{@code
 * Cohost cohost = Cohost.builder(knowledge).build();
 * Reply reply = cohost.ask("desk-42", Utterance.typed("m1", Speaker.customer("c1", "Ana", null, "MX"), "envío a mx??"));
 * reply.result().join().text(); // "@Ana Enviamos a México: ..."
 * }</pre>
 */
public final class Cohost implements AutoCloseable {

    /** Configures an engine; only the knowledge is required. */
    public static final class Builder {
        private final Knowledge knowledge;
        private StreamingChatModel chatModel;

        private Builder(Knowledge knowledge) {
            this.knowledge = knowledge;
        }

        /** Compose and translate with this model; without one, localized templates answer. */
        public Builder chatModel(StreamingChatModel chatModel) {
            this.chatModel = chatModel;
            return this;
        }

        public Cohost build() {
            return new Cohost(this);
        }
    }

    public static Builder builder(Knowledge knowledge) {
        return new Builder(knowledge);
    }

    private final Knowledge knowledge;

    private Cohost(Builder builder) {
        this.knowledge = builder.knowledge;
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    /** Understands and answers one message; the turns of one conversation are processed in order. */
    public Reply ask(String conversationId, Utterance utterance) {
        return ask(conversationId, utterance, null);
    }

    /** As {@link #ask(String, Utterance)}, with the product on screen now ("this one"), or null. */
    public Reply ask(String conversationId, Utterance utterance, String showingSku) {
        throw new UnsupportedOperationException("not built yet (issue 3)");
    }

    /** What a message means in its conversation, without answering it (room intake uses this to join duplicates). */
    public Understanding understand(String conversationId, Utterance utterance, String showingSku) {
        throw new UnsupportedOperationException("not built yet (issue 3)");
    }

    /**
     * One canonical answer to several askers who asked the same thing, written in {@code lang} and addressed to
     * each of them; every asker's conversation records it.
     */
    public Reply answer(List<Ask> asks, Understanding understanding, String lang) {
        throw new UnsupportedOperationException("not built yet (issue 3)");
    }

    /** A short gist of a message in the host's language, e.g. "[运费 → 巴西]". */
    public String gist(Understanding understanding) {
        throw new UnsupportedOperationException("not built yet (issue 3)");
    }

    /** The conversation's transcript, or empty if it has never been used. */
    public Optional<List<Turn>> transcript(String conversationId) {
        throw new UnsupportedOperationException("not built yet (issue 3)");
    }

    @Override
    public void close() {
    }
}
