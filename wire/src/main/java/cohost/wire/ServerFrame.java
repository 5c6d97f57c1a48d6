package cohost.wire;

import cohost.engine.Source;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * A text frame the server sends on the live-room socket: one JSON object whose {@code type} names the record. The
 * reply frames ({@link Reply}) are also the {@code data} of the desk's server-sent events. Clients must ignore fields
 * and types they do not know: the contract grows by adding them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ServerFrame.Message.class, name = "message"),
        @JsonSubTypes.Type(value = ServerFrame.ReplyStarted.class, name = "reply.started"),
        @JsonSubTypes.Type(value = ServerFrame.ReplyDelta.class, name = "reply.delta"),
        @JsonSubTypes.Type(value = ServerFrame.ReplyDone.class, name = "reply.done"),
        @JsonSubTypes.Type(value = ServerFrame.ReplyCancelled.class, name = "reply.cancelled"),
        @JsonSubTypes.Type(value = ServerFrame.Joined.class, name = "joined"),
        @JsonSubTypes.Type(value = ServerFrame.Skipped.class, name = "skipped"),
        @JsonSubTypes.Type(value = ServerFrame.SpeechTranscript.class, name = "transcript"),
        @JsonSubTypes.Type(value = ServerFrame.Error.class, name = "error"),
        @JsonSubTypes.Type(value = ServerFrame.RoomState.class, name = "room.state"),
        @JsonSubTypes.Type(value = ServerFrame.Handoff.class, name = "handoff"),
        @JsonSubTypes.Type(value = ServerFrame.Notice.class, name = "notice"),
})
public sealed interface ServerFrame {

    /**
     * One event of a reply: {@link ReplyStarted}, zero or more {@link ReplyDelta}s, then exactly one of
     * {@link ReplyDone} or {@link ReplyCancelled}.
     */
    sealed interface Reply extends ServerFrame {
        String replyId();
    }

    /**
     * A message arrived in the room (an extension): its language and intent as understood, and its gist in the
     * host's language; lang, intent and gist are null when the message was skipped before it was understood.
     *
     * @param role host, moderator or viewer
     */
    record Message(String id, String role, Person viewer, String text, String lang, String intent, String gist)
            implements ServerFrame {
    }

    /**
     * A reply starts. {@code ai} is always true: every reply is AI-generated, and clients must say so to viewers.
     *
     * @param inReplyTo the message ids it answers (several when viewers asked the same thing)
     * @param intent    in a live room, what the asked message wants; null on the desk (it comes with the end)
     * @param gist      in a live room, the question in the host's language; null on the desk
     */
    record ReplyStarted(String replyId, List<String> inReplyTo, String lang,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String intent,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String gist,
                        boolean ai) implements Reply {
        public ReplyStarted {
            inReplyTo = inReplyTo == null ? List.of() : List.copyOf(inReplyTo);
        }
    }

    /** The next piece of a reply's text, to append to what came before. */
    record ReplyDelta(String replyId, String text) implements Reply {
    }

    /**
     * A reply is complete. {@code handoff} and {@code latencyMs} come on the desk only (null in a live room).
     *
     * @param hostText  the reply in the host's language
     * @param handoff   whether the reply offers a human
     * @param latencyMs from the message's arrival to the reply's first text, as the server measured it
     */
    record ReplyDone(String replyId, String text, String lang, List<Source> sources, String hostText,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String intent,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Boolean handoff,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Double latencyMs) implements Reply {
        public ReplyDone {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    /**
     * A reply was cut.
     *
     * @param reason    host_spoke, host_speaking, moderator_spoke, superseded, stopped (an operator), client_gone...
     * @param delivered the text that went out before the cut; the conversation keeps only this
     */
    record ReplyCancelled(String replyId, String reason, String delivered,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String intent,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Boolean handoff,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Double latencyMs) implements Reply {
    }

    /** The message asked what reply {@code replyId} answers (in the asker's language); it gets no reply of its own. */
    record Joined(String inReplyTo, String replyId, String gist) implements ServerFrame {
    }

    /** The message gets no answer: duplicate, spam, rate_limited, off_topic, chatter (or failed). */
    record Skipped(String inReplyTo, String reason, String gist) implements ServerFrame {
    }

    /**
     * A message from the co-host to the whole room that answers nobody: today {@code kind} {@code ai_disclosure},
     * the store's periodic reminder that replies are AI-generated ({@code ai} is true).
     *
     * @param text  in the store's default language
     * @param texts every language the store wrote it in (ISO 639-1 to text); show the viewer's, else {@code text}
     */
    record Notice(String kind, String text, java.util.Map<String, String> texts, boolean ai) implements ServerFrame {
        public Notice {
            texts = texts == null ? java.util.Map.of() : java.util.Map.copyOf(texts);
        }
    }

    /** Words heard on a speech stream; {@code final} ones are sent to the room as a message. */
    record SpeechTranscript(String stream, String text, @JsonProperty("final") boolean last) implements ServerFrame {
    }

    /**
     * A frame the server could not use, or a problem on the socket ({@code too_slow}). The socket stays open unless
     * said otherwise.
     *
     * @param inReplyTo the id of the message the bad frame carried, when it could be read
     */
    record Error(String code, String message, @JsonInclude(JsonInclude.Include.NON_NULL) String inReplyTo)
            implements ServerFrame {
        public Error(String code, String message) {
            this(code, message, null);
        }
    }

    /**
     * The room's state, sent to a socket when it joins and to every socket when it changes (an extension).
     *
     * @param hostSpeaking whether the host is speaking (toggle or speech): replies in flight were cut, new ones wait
     * @param sku          the SKU on screen, or null
     * @param product      the product on screen as a card, or null (none, or {@code sku} is not in the KB)
     */
    record RoomState(boolean hostSpeaking, String sku, ProductCard product) implements ServerFrame {
    }

    /**
     * A question handed to a human (its answer offered a teammate), in the room's handoff queue (an extension); sent
     * when it is queued, again when someone takes it, and for the whole queue to a socket when it joins.
     *
     * @param id      the viewer's message id
     * @param text    what they asked, in their language ({@code lang})
     * @param gist    the question in the host's language
     * @param replyId the reply that offered a human
     * @param at      when it was handed off, ISO 8601
     * @param takenBy who took it, or null while nobody has
     */
    record Handoff(String id, Person viewer, String text, String lang, String gist, String replyId, String at,
                   String takenBy) implements ServerFrame {
    }
}
