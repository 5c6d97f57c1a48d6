package cohost.eval;

import cohost.engine.Source;

import java.util.List;

/**
 * What a target tells the runner, in the terms of the public wire API (DESIGN.md), whether it came from the engine
 * in-process or over HTTP/WebSocket.
 */
public sealed interface Event {

    /** @param inReplyTo the message ids the reply answers (desk targets fill in the one message they were sent) */
    record Started(String replyId, List<String> inReplyTo, String lang) implements Event {
    }

    record Delta(String replyId, String text) implements Event {
    }

    /** @param intent and @param handoff are null when the target does not report them */
    record Done(String replyId, String text, String lang, String intent, List<Source> sources, Boolean handoff,
                String hostText) implements Event {
    }

    record Cancelled(String replyId, String reason, String delivered) implements Event {
    }

    record Joined(String messageId, String replyId) implements Event {
    }

    record Skipped(String messageId, String reason) implements Event {
    }

    /** The target could not handle a message (an HTTP error, a dropped connection). */
    record Failed(String messageId, String message) implements Event {
    }
}
