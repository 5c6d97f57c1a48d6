package cohost.engine.answer;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Delivers a finished text at a speaking pace, one word at a time, so that it can be interrupted part-way like
 * speech (a template answer is otherwise complete the instant it starts). One scheduler thread times every reply;
 * each word is handed to {@code executor}, so a slow listener holds up only its own reply.
 *
 * <p>A word goes out, then the next waits as long as that word takes to say at {@code charsPerSecond}. Cancelling
 * the reply stops it at once: the pending word is unscheduled and {@link StreamingReply#delta} refuses any later
 * one, so what was delivered is exactly the words emitted before the cancel.
 */
public final class Pacer implements AutoCloseable {
    private final int charsPerSecond;
    private final Executor executor;
    private final ScheduledThreadPoolExecutor timer;

    /** @param charsPerSecond positive; {@code executor} runs each word's delivery */
    public Pacer(int charsPerSecond, Executor executor) {
        if (charsPerSecond <= 0) throw new IllegalArgumentException("pace must be positive chars per second");
        this.charsPerSecond = charsPerSecond;
        this.executor = executor;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "cohost-pacer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    public int charsPerSecond() {
        return charsPerSecond;
    }

    /** Streams {@code text} into {@code reply} word by word, then runs {@code done} unless the reply was cancelled. */
    public void speak(StreamingReply reply, String text, Runnable done) {
        Speaking s = new Speaking(reply, words(text), done);
        reply.onCancel(s::stop);
        s.say(0);
    }

    /** One reply being spoken: the words left and the timer entry for the next one. */
    private final class Speaking {
        final StreamingReply reply;
        final List<String> words;
        final Runnable done;
        final AtomicReference<ScheduledFuture<?>> next = new AtomicReference<>();

        Speaking(StreamingReply reply, List<String> words, Runnable done) {
            this.reply = reply;
            this.words = words;
            this.done = done;
        }

        void say(int i) {
            if (i == words.size()) {
                done.run();
                return;
            }
            String word = words.get(i);
            if (!reply.delta(word)) return;
            long nanos = word.codePointCount(0, word.length()) * 1_000_000_000L / charsPerSecond;
            next.set(timer.schedule(() -> executor.execute(() -> say(i + 1)), nanos, TimeUnit.NANOSECONDS));
            if (reply.isEnded()) stop(); // cancelled between the delta and set: the cancel hook saw the old entry
        }

        void stop() {
            ScheduledFuture<?> f = next.get();
            if (f != null) f.cancel(false);
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

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
