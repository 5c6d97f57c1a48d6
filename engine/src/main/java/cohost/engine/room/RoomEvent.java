package cohost.engine.room;

import cohost.engine.Intent;
import cohost.engine.ReplyEvent;
import cohost.engine.Speaker;

/**
 * What a {@link Room} tells its listener. Every message produces one {@link Message} and then exactly one outcome:
 * it is named in a reply's {@code inReplyTo}, or it is {@link Joined} to a reply, or it is {@link Skipped}.
 * {@code gist} is the message's meaning in the host's language (null when the message was never understood).
 */
public sealed interface RoomEvent {

    /** A message arrived; {@code lang} and {@code intent} are null when it was skipped before understanding. */
    record Message(String messageId, Speaker speaker, String text, String lang, Intent intent, String gist)
            implements RoomEvent {
    }

    /** One event of a reply the room started; {@code ReplyEvent.Done} carries the host-language text. */
    record ReplyUpdate(ReplyEvent event, Intent intent, String gist) implements RoomEvent {
    }

    /** The message asked what reply {@code replyId} answers (in the asker's language); it gets no reply of its own. */
    record Joined(String messageId, String replyId, String gist) implements RoomEvent {
    }

    record Skipped(String messageId, SkipReason reason, String gist) implements RoomEvent {
    }

    /**
     * The store's periodic reminder to the whole room that its co-host is an AI (store.json
     * {@code aiDisclosure.reminder}), in every language the store wrote it in; each client shows its viewer's.
     */
    record AiReminder(cohost.knowledge.Localized text) implements RoomEvent {
    }
}
