package cohost.engine.answer;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Where a composer's checked text goes out: straight into the reply (the desk, or a room without pace), or through
 * the {@link Pacer} a word at a time (a live room), one text after another in the order given. A model's checked
 * sentences and the template answer that takes over after a rejected one go out the same way, so a live-room reply
 * can be cut part-way whoever wrote it.
 */
final class Outbox {
    private final StreamingReply reply;
    /** Null when text goes out whole. */
    private final Pacer pacer;
    private final Queue<String> queue = new ArrayDeque<>();
    private boolean speaking;
    private Runnable then;

    Outbox(StreamingReply reply, Pacer pacer) {
        this.reply = reply;
        this.pacer = pacer;
    }

    /** Says {@code text} after everything given before it. */
    void say(String text) {
        if (text.isEmpty()) return;
        if (pacer == null) {
            reply.delta(text);
            return;
        }
        synchronized (this) {
            if (speaking) {
                queue.add(text);
                return;
            }
            speaking = true;
        }
        pacer.speak(reply, text, this::next);
    }

    /** Runs {@code done} once everything given so far has been said (at once when nothing is waiting). */
    void finish(Runnable done) {
        synchronized (this) {
            if (speaking) {
                then = done;
                return;
            }
        }
        done.run();
    }

    /** The pacer finished a text: the next one, or the end. Runs on the pacer's executor, never under a lock. */
    private void next() {
        String text;
        Runnable end = null;
        synchronized (this) {
            text = queue.poll();
            if (text == null) {
                speaking = false;
                end = then;
                then = null;
            }
        }
        if (text != null) pacer.speak(reply, text, this::next);
        else if (end != null) end.run();
    }
}
