package cohost.engine;

import java.util.List;

/**
 * What a {@link Reply} emits, in order: one {@link Started}, zero or more {@link Delta}s, then exactly one of
 * {@link Done} or {@link Cancelled}. Nothing follows the last one.
 */
public sealed interface ReplyEvent {
    String replyId();

    /**
     * @param latencyMs for each message of {@code inReplyTo}, in order: from its arrival at the room to this start,
     *                  as the room measured it on its time source (ARCHITECTURE, "Latency"); empty outside a room
     */
    record Started(String replyId, List<String> inReplyTo, String lang, List<Double> latencyMs) implements ReplyEvent {
        public Started {
            inReplyTo = List.copyOf(inReplyTo);
            latencyMs = List.copyOf(latencyMs);
        }

        /** A start not timed by a room (the desk's, or a reply's own before its room times it). */
        public Started(String replyId, List<String> inReplyTo, String lang) {
            this(replyId, inReplyTo, lang, List.of());
        }

        /** The same start, with the room's figures. */
        public Started timed(List<Double> latencyMs) {
            return new Started(replyId, inReplyTo, lang, latencyMs);
        }
    }

    /** The next piece of text, to append to what came before. */
    record Delta(String replyId, String text) implements ReplyEvent {
    }

    record Done(String replyId, String text, String lang, List<Source> sources, String hostText)
            implements ReplyEvent {
    }

    /** @param delivered the text that went out before the cancel; the conversation keeps only this */
    record Cancelled(String replyId, String reason, String delivered) implements ReplyEvent {
    }
}
