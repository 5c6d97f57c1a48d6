package cohost.engine.room;

import cohost.engine.Cohost;
import cohost.engine.Question;
import cohost.engine.Reply;
import cohost.engine.Turn;
import cohost.engine.Understanding;
import cohost.engine.Utterance;
import cohost.engine.Speaker;
import cohost.knowledge.Localized;
import cohost.knowledge.RoomRules;

import java.time.Instant;

import java.util.List;

/**
 * What a {@link Room} needs from the engine. {@link #of(Cohost)} is the real one; the seam exists so the intake
 * rules can be specified with a scripted engine whose replies a test finishes or holds open at will.
 */
public interface RoomEngine {

    /** The message understood in its asker's conversation, with the facts that answer it for that asker. */
    Question question(String conversationId, Utterance utterance, String showingSku);

    /** One reply in {@code lang} to questions with equal facts, addressed to every asker. */
    Reply answer(List<Question> questions, String lang);

    /** The question joins {@code reply}: its asker's conversation records the reply as it ends. */
    void joined(Question question, Reply reply);

    /** What became of a message, in its asker's conversation; {@code meaning} when it was taken up, else null. */
    void record(String conversationId, Turn outcome, Understanding meaning);

    /**
     * A turn of the room's transcript, as the room records it; called on the room's thread, so it must not block.
     * The real engine keeps it in its transcript store (a database when configured); by default nothing is kept
     * beyond the room's own.
     */
    default void transcribed(String roomId, Turn turn) {
    }

    /**
     * The names that make the host's words a question for the co-host, as the KB in service says now: a room asks on
     * every host message, so a reload that renames the co-host is followed at once.
     */
    default WakeName wakeName() {
        return WakeName.DEFAULTS;
    }

    /**
     * A greeting of a room event, said to the viewer as a reply to {@code eventId}; null when this engine does not
     * greet (the room then stays quiet).
     */
    default Reply greet(String conversationId, String eventId, Speaker viewer, String kind, Localized text, Instant at) {
        return null;
    }

    /** The store's room rules in service now (read on every use, so a KB reload changes them in running rooms). */
    default RoomRules rules() {
        return RoomRules.NONE;
    }

    /** The store's periodic AI disclosure to the room, or null for none. */
    default cohost.knowledge.AiDisclosure.Reminder aiReminder() {
        return null;
    }

    static RoomEngine of(Cohost cohost) {
        // the names of the KB in service, remade only when a reload changes them (the host speaks often, names rarely)
        java.util.concurrent.atomic.AtomicReference<WakeName.Of> names = new java.util.concurrent.atomic.AtomicReference<>(
                WakeName.Of.names(cohost.knowledge().store().assistantNames()));
        return new RoomEngine() {
            @Override
            public cohost.knowledge.AiDisclosure.Reminder aiReminder() {
                // read each time: a reloaded KB may add, change or drop the reminder
                var disclosure = cohost.knowledge().store().aiDisclosure();
                return disclosure == null ? null : disclosure.reminder();
            }

            @Override
            public WakeName wakeName() {
                List<String> now = cohost.knowledge().store().assistantNames();
                WakeName.Of known = names.get();
                if (known.storeNames().equals(now)) return known.wakeName();
                WakeName.Of fresh = WakeName.Of.names(now);
                names.set(fresh);
                return fresh.wakeName();
            }

            @Override
            public Reply greet(String conversationId, String eventId, Speaker viewer, String kind, Localized text,
                               Instant at) {
                return cohost.greet(conversationId, eventId, viewer, kind, text, at);
            }

            @Override
            public RoomRules rules() {
                return cohost.knowledge().rules();
            }

            @Override
            public Question question(String conversationId, Utterance utterance, String showingSku) {
                return cohost.question(conversationId, utterance, showingSku);
            }

            @Override
            public Reply answer(List<Question> questions, String lang) {
                return cohost.answer(questions, lang);
            }

            @Override
            public void joined(Question question, Reply reply) {
                cohost.joined(question, reply);
            }

            @Override
            public void record(String conversationId, Turn outcome, Understanding meaning) {
                cohost.record(conversationId, outcome, meaning);
            }

            @Override
            public void transcribed(String roomId, Turn turn) {
                cohost.roomTurn(roomId, turn);
            }
        };
    }
}
