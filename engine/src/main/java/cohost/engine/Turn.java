package cohost.engine;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One outcome in a transcript: a message with what became of it, or a reply as it was delivered. Each is built once,
 * by the owner of the message (a room, or the desk path of {@link Cohost}) or by the reply as it ends, and the same
 * value goes to the room transcript and to every conversation it concerns.
 *
 * @param speaker who said it; for the co-host's replies, role is null and id is "cohost"
 * @param text    what was delivered (for a cut reply, only the part that went out)
 * @param detail  the skip or cancel reason, or the reply id a message was answered by or joined to; else null
 * @param forHost what the host reads for it, in the host's language: a message's gist ("[运费 → 巴西]"), a reply's
 *                text as rendered for the host; null when there is none (never understood, cut before its end)
 */
public record Turn(String id, Speaker speaker, String text, String lang, Intent intent, List<Source> sources,
                   Status status, String detail, Instant at, String forHost) {

    /** What became of a message, or how a reply ended. */
    public enum Status {
        /** A message taken up: answered by the reply named in {@code detail} (desk: by the next reply). */
        RECEIVED,
        /** A reply said in full. */
        ANSWERED,
        /** A reply cancelled part-way; {@code text} is what was delivered, {@code detail} the reason. */
        CUT,
        /** A message that shares the reply named in {@code detail}, given to another asker with the same facts. */
        JOINED,
        /** A message that got no answer; {@code detail} says why (a skip reason). */
        SKIPPED,
        /**
         * A message waiting while the host speaks ({@code detail} is {@link #HELD_REASON}); a room transcript only.
         * Not an outcome: the message's outcome, recorded later with the same id, supersedes it.
         */
        HELD,
        /**
         * A reply not said because every sentence of it carried a word the store's rules ban for its askers
         * ({@code detail} is {@link #WITHHELD_REASON}); nothing was delivered.
         */
        WITHHELD;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The cancel reason of a reply withheld by the store's rules (rules stream). */
    public static final String WITHHELD_REASON = "withheld";

    /** The detail of a {@link Status#HELD} turn. */
    public static final String HELD_REASON = "host_speaking";

    public Turn {
        sources = List.copyOf(sources);
    }

    /** A turn with nothing for the host ({@code forHost} null). */
    public Turn(String id, Speaker speaker, String text, String lang, Intent intent, List<Source> sources,
                Status status, String detail, Instant at) {
        this(id, speaker, text, lang, intent, sources, status, detail, at, null);
    }

    /** A message and its outcome; {@code meaning} is null when it was never understood. */
    public static Turn message(Utterance u, Understanding meaning, Status status, String detail, Instant at) {
        return message(u, meaning, status, detail, at, null);
    }

    /** A message and its outcome, with its gist in the host's language (null when it was never understood). */
    public static Turn message(Utterance u, Understanding meaning, Status status, String detail, Instant at,
                               String gist) {
        return new Turn(u.messageId(), u.speaker(), u.text(), meaning == null ? null : meaning.lang(),
                meaning == null ? null : meaning.intent(), List.of(), status, detail, at, gist);
    }

    /** A reply as it ended: done (with its text for the host), or cut with the words delivered. */
    public static Turn reply(ReplyResult r, Instant at) {
        return new Turn(r.replyId(), Speaker.COHOST, r.text(), r.lang(), r.intent(), r.sources(),
                !r.cancelled() ? Status.ANSWERED : WITHHELD_REASON.equals(r.cancelReason()) ? Status.WITHHELD : Status.CUT,
                r.cancelReason(), at, r.hostText());
    }
}
