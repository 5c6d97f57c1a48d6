package cohost.wire;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The desk's JSON answer: {@code {"reply": {...}}}, and for a voice message also what was heard,
 * {@code {"transcript": "...", "reply": {...}}}.
 */
public record DeskAnswer(@JsonInclude(JsonInclude.Include.NON_NULL) String transcript, DeskReply reply) {
    public DeskAnswer(DeskReply reply) {
        this(null, reply);
    }
}
