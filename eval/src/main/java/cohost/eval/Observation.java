package cohost.eval;

import cohost.engine.Source;

import java.util.List;

/**
 * What happened to one sent message, as a client saw it.
 *
 * @param outcome     "replied" (a reply was started for it), "joined" (answered by another asker's reply),
 *                    "skipped", or "none" (nothing came back in time)
 * @param startedMs   ms from sending to the reply.started (or joined) event, or null
 * @param doneMs      ms from sending to the reply's end, or null
 * @param intent      the reply's intent wire name, or null when the target does not say (live rooms)
 * @param handoff     whether the reply offers a human, or null when the target does not say
 * @param text        the reply text: the whole text when done, the delivered part when cancelled
 * @param error       an error the target reported for this message, or null
 */
public record Observation(String messageId, String outcome, String skipReason, String replyId, Double startedMs,
                          Double doneMs, String text, String lang, String intent, List<Source> sources,
                          Boolean handoff, boolean cancelled, String cancelReason, String hostText, String error) {
    public Observation {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static Observation none(String messageId, String error) {
        return new Observation(messageId, "none", null, null, null, null, null, null, null, List.of(), null, false,
                null, null, error);
    }
}
