package cohost.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A text frame a client sends on the live-room socket ({@code /v1/rooms/{roomId}/live}): one JSON object whose
 * {@code type} names the record. Each record checks itself when built, so a frame the server has decoded follows
 * the contract; the message of a failed check starts with the field's name.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ClientFrame.Chat.class, name = "chat"),
        @JsonSubTypes.Type(value = ClientFrame.Moderator.class, name = "moderator"),
        @JsonSubTypes.Type(value = ClientFrame.Host.class, name = "host"),
        @JsonSubTypes.Type(value = ClientFrame.HostSpeaking.class, name = "host.speaking"),
        @JsonSubTypes.Type(value = ClientFrame.ProductShowing.class, name = "product.showing"),
        @JsonSubTypes.Type(value = ClientFrame.SpeechStart.class, name = "speech.start"),
        @JsonSubTypes.Type(value = ClientFrame.SpeechEnd.class, name = "speech.end"),
        @JsonSubTypes.Type(value = ClientFrame.ReplyStop.class, name = "reply.stop"),
        @JsonSubTypes.Type(value = ClientFrame.MessageAnswer.class, name = "message.answer"),
        @JsonSubTypes.Type(value = ClientFrame.HandoffTake.class, name = "handoff.take"),
        @JsonSubTypes.Type(value = ClientFrame.Event.class, name = "event"),
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ClientFrame {

    /** The id of the message this frame carries, or null (the server then assigns one). */
    default String messageId() {
        return null;
    }

    /** A viewer's chat message. An empty text is allowed (the room skips it as spam). */
    record Chat(String id, Person viewer, String text) implements ClientFrame {
        public Chat {
            Checks.id("id", id);
            Person.named("viewer", viewer);
            text = Checks.plainText(Checks.present("text", text));
        }

        @Override
        public String messageId() {
            return id;
        }
    }

    /** A moderator's message (an extension, shaped like chat): it interrupts replies in flight as the host does. */
    record Moderator(String id, Person viewer, String text) implements ClientFrame {
        public Moderator {
            Checks.id("id", id);
            Person.named("viewer", viewer);
            text = Checks.plainText(Checks.present("text", text));
        }

        @Override
        public String messageId() {
            return id;
        }
    }

    /** What the host said or typed. */
    record Host(String id, String text) implements ClientFrame {
        public Host {
            Checks.id("id", id);
            text = Checks.plainText(Checks.nonBlank("text", text));
        }

        @Override
        public String messageId() {
            return id;
        }
    }

    /** The host started ({@code on: true}) or stopped speaking; while on, replies in flight are cut and new ones wait. */
    record HostSpeaking(Boolean on) implements ClientFrame {
        public HostSpeaking {
            Checks.required("on", on, "true or false");
        }
    }

    /** The product on screen from now on ("this one"); no sku: none. */
    record ProductShowing(String sku) implements ClientFrame {
    }

    /**
     * Opens a speech stream; binary frames of 16-bit little-endian mono PCM follow, then {@link SpeechEnd}.
     *
     * @param role       viewer (the default), host or moderator; every role but host needs a viewer
     * @param sampleRate samples per second of the PCM that follows
     * @param lang       the language whose recognition model to use; default: the viewer's
     */
    record SpeechStart(String stream, String role, Person viewer, Integer sampleRate, String lang)
            implements ClientFrame {
        public SpeechStart {
            Checks.id("stream", Checks.nonBlank("stream", stream));
            if (role != null && !role.equals("viewer") && !role.equals("host") && !role.equals("moderator")) {
                throw WireException.field("role", "must be viewer, host or moderator, not '" + role + "'");
            }
            if (!"host".equals(role)) {
                Person.named("viewer", viewer);
            }
            Checks.required("sampleRate", sampleRate, "8000, 16000, 22050, 44100 or 48000");
            lang = Checks.lang("lang", lang);
        }

        /** The role, viewer when none was given. */
        public String speakerRole() {
            return role == null ? "viewer" : role;
        }
    }

    /** Ends the speech stream (the open one when no stream is named). */
    record SpeechEnd(String stream) implements ClientFrame {
    }

    /**
     * An operator stops one reply (the console's "stop"): only that reply is cancelled, with reason {@code stopped};
     * the other replies in flight go on. An error frame ({@code not_found}) when it is not streaming.
     */
    record ReplyStop(String replyId) implements ClientFrame {
        public ReplyStop {
            Checks.id("replyId", Checks.nonBlank("replyId", replyId));
        }
    }

    /**
     * An operator picks a message to have it answered now (the console's click-to-ask), whatever the room decided:
     * held while the host speaks, waiting, skipped for any reason, or answered before. It is understood again and
     * answered at once, ahead of the queue, the hold and the room's answer-rate cap. An error frame
     * ({@code not_found}) when the room has no such message or its answer is streaming now.
     */
    record MessageAnswer(String id) implements ClientFrame {
        public MessageAnswer {
            Checks.id("id", Checks.nonBlank("id", id));
        }

        @Override
        public String messageId() {
            return id;
        }
    }

    /**
     * A teammate takes a handed-off question (the id of the viewer's message): every socket in the room gets the
     * {@code handoff} frame again with {@code takenBy}. An error frame ({@code not_found}, {@code conflict}) when it
     * is not in the room's handoff queue or someone else took it.
     *
     * @param by who takes it, as the other consoles show it
     */
    record HandoffTake(String id, String by) implements ClientFrame {
        public HandoffTake {
            Checks.id("id", Checks.nonBlank("id", id));
            by = Checks.plainName(Checks.nonBlank("by", by));
        }

        @Override
        public String messageId() {
            return id;
        }
    }

    /**
     * Something a viewer did that the platform reports: joined the room, followed it, or ordered. The co-host may
     * greet it (the store's rules.json, "greetings"), never ahead of a question waiting for its answer.
     *
     * @param id      the event's id, named in the greeting's {@code inReplyTo}; the server assigns one when absent
     * @param kind    {@link #KINDS}
     * @param viewer  the viewer's id
     * @param name    the viewer's name (plain text, as in {@link Person}), or null
     * @param lang    the language to greet in; default: the store's
     * @param country the viewer's country (a code, a country name or a city), or null
     */
    record Event(String id, String kind, String viewer, String name, String lang, String country) implements ClientFrame {
        /** The kinds of event there are; a greeting is said only for those the store's rules give a text for. */
        public static final java.util.List<String> KINDS = java.util.List.of("join", "follow", "order");

        public Event {
            Checks.id("id", id);
            if (!KINDS.contains(Checks.nonBlank("kind", kind))) {
                throw WireException.field("kind", "must be join, follow or order, not '" + kind + "'");
            }
            Checks.id("viewer", Checks.nonBlank("viewer", viewer));
            name = Checks.plainName(name);
            lang = Checks.lang("lang", lang);
            country = Checks.country("country", country);
        }

        @Override
        public String messageId() {
            return id;
        }
    }
}
