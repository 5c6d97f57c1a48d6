package cohost.knowledge;

import java.time.Duration;

/**
 * How a store's co-host says it is an AI, beyond the {@code "ai": true} every reply event carries (store.json,
 * {@code aiDisclosure}; optional). Markets such as China (2026 livestream rules) require AI replies to be labelled
 * visibly and viewers to be reminded from time to time.
 *
 * @param leadIn   said before every AI reply, in the reply's language (e.g. {@code "[AI] "}, {@code "【AI回复】"}), or
 *                 null for none
 * @param reminder a message to the whole live room every so often, or null for none
 */
public record AiDisclosure(Localized leadIn, Reminder reminder) {
    /** Shortest reminder interval: more often would crowd out answers. */
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);
    /** Longest reminder interval (a day). */
    public static final Duration MAX_INTERVAL = Duration.ofDays(1);

    /**
     * A periodic disclosure message to a live room: when the room opens, then every {@code every}.
     *
     * @param every how often, between {@link #MIN_INTERVAL} and {@link #MAX_INTERVAL}
     * @param text  what it says, per language (each viewer's client shows its language)
     */
    public record Reminder(Duration every, Localized text) {
    }

    /** The lead-in for a reply in {@code lang} (the store's default language's when not given in it), or "". */
    public String leadIn(String lang) {
        return leadIn == null ? "" : leadIn.in(lang);
    }
}
