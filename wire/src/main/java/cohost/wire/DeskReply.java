package cohost.wire;

import cohost.engine.Source;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A desk reply, as the JSON answer carries it under {@code "reply"}. {@code ai} is always true (AI disclosure).
 *
 * @param inReplyTo    the message ids it answers
 * @param hostText     the reply in the host's language
 * @param handoff      whether the reply offers a human
 * @param latencyMs    from the message's arrival to the reply's first text
 * @param cancelled    true when the reply was cut (then {@code text} is the part delivered); absent otherwise
 * @param cancelReason why it was cut; absent unless cancelled
 */
public record DeskReply(String id, List<String> inReplyTo, String text, String lang, String intent,
                        List<Source> sources, boolean handoff, String hostText, double latencyMs, boolean ai,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean cancelled,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String cancelReason) {
    public DeskReply {
        inReplyTo = inReplyTo == null ? List.of() : List.copyOf(inReplyTo);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
