package cohost.engine;

import java.util.List;

/**
 * How a reply ended.
 *
 * @param text      the whole text if done, or the delivered part if cancelled
 * @param hostText  the reply rendered in the host's language
 * @param handoff   true when the answer offers a human
 * @param cancelReason null unless cancelled
 * @param latencyMs from the message's arrival to the first text: the desk's figure; a room times its messages itself
 *                  (arrival at the room to reply.started, {@link ReplyEvent.Started#latencyMs()})
 */
public record ReplyResult(String replyId, List<String> inReplyTo, String text, String lang, Intent intent,
                          List<Source> sources, boolean handoff, String hostText, boolean cancelled,
                          String cancelReason, double latencyMs) {
}
