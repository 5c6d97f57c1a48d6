package cohost.engine.answer;

import cohost.engine.time.TimeSource;

import java.text.BreakIterator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Delivers a finished text at a speaking pace, one word at a time, so that it can be interrupted part-way like
 * speech (a template answer is otherwise complete the instant it starts). Each step of a reply is one timer on the
 * engine's {@link TimeSource}: the first word goes out at once, and each word, once out, sets the timer for the next,
 * due when that word has been said at {@code charsPerSecond}. So pacing follows a virtual clock exactly in tests and
 * in-process evals, and in real time a reply holds no thread between its words (the words run on the time source's
 * timer threads: {@link TimeSource#schedule}; listeners must not block, which the room's and the server's do not).
 *
 * <p>Cancelling the reply stops it at once: its pending step is taken off the time source's timers, and
 * {@link StreamingReply#delta} refuses any word already under way, so what was delivered is exactly the words emitted
 * before the cancel.
 */
public final class Pacer implements AutoCloseable {
    private final int charsPerSecond;
    private final TimeSource time;
    /** Replies being spoken now, so that closing the pacer stops them. */
    private final Set<Speaking> speaking = ConcurrentHashMap.newKeySet();

    /**
     * @param charsPerSecond positive
     * @param time           times each word and runs it (on its timer threads, or virtual, on the thread moving time)
     */
    public Pacer(int charsPerSecond, TimeSource time) {
        if (charsPerSecond <= 0) throw new IllegalArgumentException("pace must be positive chars per second");
        this.charsPerSecond = charsPerSecond;
        this.time = time;
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
            next.set(time.schedule(Duration.ofNanos(nanos), () -> say(i + 1)));
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
