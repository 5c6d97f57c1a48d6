package cohost.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing someone said or typed.
 *
 * @param messageId the client's id for the message (replies name the ids they answer)
 * @param spoken    true when the text is a speech transcript
 */
public record Utterance(String messageId, Speaker speaker, String text, boolean spoken, Instant at) {
    public Utterance {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }

    public static Utterance typed(String messageId, Speaker speaker, String text) {
        return new Utterance(messageId, speaker, text, false, Instant.now());
    }
}
