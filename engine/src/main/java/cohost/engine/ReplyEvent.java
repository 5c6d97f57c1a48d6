package cohost.engine;

import java.util.List;

/**
 * What a {@link Reply} emits, in order: one {@link Started}, zero or more {@link Delta}s, then exactly one of
 * {@link Done} or {@link Cancelled}. Nothing follows the last one.
 */
public sealed interface ReplyEvent {
    String replyId();

    record Started(String replyId, List<String> inReplyTo, String lang) implements ReplyEvent {
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
