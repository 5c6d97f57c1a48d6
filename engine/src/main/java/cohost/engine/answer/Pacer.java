package cohost.engine.answer;

import cohost.engine.time.TimeSource;

import java.text.BreakIterator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Delivers a finished text at a speaking pace, one word at a time, so that it can be interrupted part-way like
 * speech (a template answer is otherwise complete the instant it starts). The engine's {@link TimeSource} times
 * every word, so pacing follows a virtual clock in tests and in-process evals; each word is handed to
 * {@code executor}, so a slow listener holds up only its own reply.
 *
 * <p>A word goes out, then the next waits as long as that word takes to say at {@code charsPerSecond}. Cancelling
 * the reply stops it at once: the pending word is unscheduled and {@link StreamingReply#delta} refuses any later
 * one, so what was delivered is exactly the words emitted before the cancel.
 */
public final class Pacer implements AutoCloseable {
    private final int charsPerSecond;
    private final TimeSource time;
    private final Executor executor;
    /** Replies being spoken now, so that closing the pacer stops them. */
    private final Set<Speaking> speaking = ConcurrentHashMap.newKeySet();

    /**
     * @param charsPerSecond positive
     * @param time           times each word
     * @param executor       runs each word's delivery ({@code Runnable::run} when {@code time}'s timers already run
     *                       on threads of their own, as {@link TimeSource#system()}'s do)
     */
    public Pacer(int charsPerSecond, TimeSource time, Executor executor) {
        if (charsPerSecond <= 0) throw new IllegalArgumentException("pace must be positive chars per second");
        this.charsPerSecond = charsPerSecond;
        this.time = time;
        this.executor = executor;
    }

    /** In real time, each word delivered on {@code executor}. */
    public Pacer(int charsPerSecond, Executor executor) {
        this(charsPerSecond, TimeSource.system(), executor);
    }

    public int charsPerSecond() {
        return charsPerSecond;
    }

    /** Streams {@code text} into {@code reply} word by word, then runs {@code done} unless the reply was cancelled. */
    public void speak(StreamingReply reply, String text, Runnable done) {
        Speaking s = new Speaking(reply, words(text), done);
        speaking.add(s);
        reply.onCancel(s::stop);
        s.say(0);
    }

    /** One reply being spoken: the words left and the timer for the next one. */
    private final class Speaking {
        final StreamingReply reply;
        final List<String> words;
        final Runnable done;
        final AtomicReference<TimeSource.Timer> next = new AtomicReference<>();

        Speaking(StreamingReply reply, List<String> words, Runnable done) {
            this.reply = reply;
            this.words = words;
            this.done = done;
        }

        void say(int i) {
            if (i == words.size()) {
                speaking.remove(this);
                done.run();
                return;
            }
            String word = words.get(i);
            if (!reply.delta(word)) {
                speaking.remove(this);
                return;
            }
            long nanos = word.codePointCount(0, word.length()) * 1_000_000_000L / charsPerSecond;
            next.set(time.schedule(Duration.ofNanos(nanos), () -> executor.execute(() -> say(i + 1))));
            if (reply.isEnded()) stop(); // cancelled between the delta and set: the cancel hook saw the old entry
        }

        void stop() {
            speaking.remove(this);
            TimeSource.Timer t = next.get();
            if (t != null) t.cancel();
        }
    }

    /**
     * Word-sized pieces of a text that join back into it: each word keeps the spaces and punctuation after it.
     * Scripts written without spaces (Chinese, Japanese) split where the JDK's word rules put boundaries.
     */
    static List<String> words(String text) {
        BreakIterator it = BreakIterator.getWordInstance(Locale.ROOT);
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            boolean wordNext = end < text.length() && Character.isLetterOrDigit(text.codePointAt(end));
            if (end == text.length() || (wordNext && hasWord(text, start, end))) {
                out.add(text.substring(start, end));
                start = end;
            }
        }
        return out;
    }

    private static boolean hasWord(String text, int from, int to) {
        return text.substring(from, to).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Stops every reply still being spoken (their next word is never said; the replies stay open). */
    @Override
    public void close() {
        List.copyOf(speaking).forEach(Speaking::stop);
    }
}
