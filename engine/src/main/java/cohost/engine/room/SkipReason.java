package cohost.engine.room;

import java.util.Locale;

/** Why a room message got no answer of its own. The wire names are public API (README, "Live-room WebSocket"). */
public enum SkipReason {
    /** The same asker already has this question being answered. */
    DUPLICATE,
    /** Links, character floods, empty or oversized text. */
    SPAM,
    /** The viewer sent too fast, or the room was too busy to answer it in time. */
    RATE_LIMITED,
    /** Not a question the co-host answers in a live room (chatter between viewers). */
    OFF_TOPIC,
    /** Asks nothing (a backchannel, laughter, the host talking to the audience): see {@code Intent.CHATTER}. */
    CHATTER,
    /**
     * The message says a word, or asks about a topic, that the store's room rules ban in the asker's market
     * (rules.json, "banned"); the co-host neither answers nor repeats it.
     */
    BANNED,
    /** The engine failed on this message (logged server-side); an extension of the public reasons. */
    FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
