package cohost.engine;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a conversation's transcript.
 *
 * @param speaker   who said it; for the co-host's replies, role is null and id is "cohost"
 * @param text      what was delivered (for a cut reply, only the part that went out)
 * @param status    "received", "answered", "cut" (cancelled mid-reply), "joined" or "skipped"
 * @param detail    the skip or cancel reason, or the reply id a message was joined to; else null
 */
public record Turn(String id, Speaker speaker, String text, String lang, Intent intent, List<Source> sources,
                   String status, String detail, Instant at) {
}
