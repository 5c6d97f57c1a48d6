package cohost.engine;

import cohost.engine.understand.Context;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * One desk customer's or one viewer's conversation: the transcript of what was actually delivered, what the last
 * message was about (for follow-ups), and the chain that runs its turns one after another. All methods are
 * synchronized on the conversation; replies of different conversations never share a lock.
 */
final class Conversation {

    /** Older turns are dropped: enough for follow-ups and a transcript view, bounded for thousands of viewers. */
    static final int MAX_TURNS = 200;

    final String id;
    private final ArrayDeque<Turn> turns = new ArrayDeque<>();
    private Intent lastIntent;
    private Slots lastSlots = Slots.NONE;
    private String country;
    private String lang;
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

    Conversation(String id) {
        this.id = id;
    }

    /** What the understander may know before this message; the speaker's declared country wins over a remembered one. */
    synchronized Context context(Speaker speaker, String showingSku) {
        String c = speaker.country() != null ? speaker.country() : country;
        return new Context(lastIntent, lastSlots, showingSku, c, lang);
    }

    /** The language of the last message, or null before the first. */
    synchronized String lang() {
        return lang;
    }

    /** The asker's country as declared now or earlier, or null. */
    synchronized String country(Speaker speaker) {
        return speaker.country() != null ? speaker.country() : country;
    }

    /**
     * Records what became of a message (received, joined, skipped) and, when it was understood and taken up, what it
     * meant, so the next message can follow up on it.
     */
    synchronized void heard(Turn outcome, Speaker speaker, Understanding meaning) {
        if (speaker.country() != null) country = speaker.country();
        if (meaning != null) {
            lastIntent = meaning.intent();
            lastSlots = meaning.slots();
            lang = meaning.lang();
        }
        add(outcome);
    }

    /**
     * Adds a turn. A message's outcome may be recorded after the reply it names (a template reply can end before its
     * room records the message; a joined reply may have ended already): it goes just before that reply, so the
     * transcript reads question then answer.
     */
    synchronized void add(Turn turn) {
        int at = turns.size();
        if (turn.speaker() != Speaker.COHOST && turn.detail() != null) {
            int i = 0;
            for (Turn t : turns) {
                if (t.speaker() == Speaker.COHOST && t.id().equals(turn.detail())) {
                    at = i;
                    break;
                }
                i++;
            }
        }
        if (at == turns.size()) {
            turns.addLast(turn);
        } else {
            List<Turn> later = new ArrayList<>();
            while (turns.size() > at) later.addFirst(turns.removeLast());
            turns.addLast(turn);
            turns.addAll(later);
        }
        while (turns.size() > MAX_TURNS) turns.removeFirst();
    }

    synchronized List<Turn> transcript() {
        return List.copyOf(turns);
    }

    /** The last {@code n} turns, oldest first. */
    synchronized List<Turn> recent(int n) {
        List<Turn> all = new ArrayList<>(turns);
        return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
    }

    /** The future that completes when every turn queued so far has ended. */
    synchronized CompletableFuture<?> tail() {
        return tail;
    }

    synchronized void tail(CompletableFuture<?> next) {
        tail = next;
    }

    /**
     * Runs {@code turn} after the turns queued before it: at once (in the caller) when none is pending, else on
     * {@code pool} when the last one ends. {@code turn} returns a future that completes when its reply ends.
     */
    static CompletableFuture<?> after(CompletableFuture<?> before, Executor pool, Supplier<CompletableFuture<?>> turn) {
        if (before.isDone()) return turn.get();
        return before.handleAsync((r, e) -> null, pool).thenCompose(x -> turn.get());
    }
}
