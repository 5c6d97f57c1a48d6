package cohost.engine.answer;

import cohost.engine.Intent;
import cohost.engine.Reply;
import cohost.engine.ReplyEvent;
import cohost.engine.ReplyResult;
import cohost.engine.Source;
import cohost.engine.Turn;
import cohost.engine.time.TimeSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The {@link Reply} handle. Producers call {@link #delta} and {@link #done}; anyone may call {@link #cancel}.
 *
 * <p>Events go into an append-only log under a lock; listeners are called outside it, by one thread at a time (the
 * one that finds nobody else delivering), so a listener may call {@code cancel} or {@code subscribe} re-entrantly
 * without deadlock and every listener sees the log in order. Once the log holds Done or Cancelled, it takes nothing
 * more: a producer still streaming just gets {@code false} back.
 */
public final class StreamingReply implements Reply {

    /** Called once when the reply ends, before {@link #result()} completes (the conversation records it there). */
    public interface OnEnd {
        void ended(ReplyResult result);
    }

    private final String id;
    private final List<String> inReplyTo;
    private final String lang;
    private final Intent intent;
    private final long arrivedNanos;
    private final OnEnd onEnd;
    private final CompletableFuture<ReplyResult> result = new CompletableFuture<>();
    private final CompletableFuture<Turn> turn = new CompletableFuture<>();
    /** Dates the reply's {@link Turn} and times its first text. */
    private final TimeSource time;

    private final Object lock = new Object();
    private final List<ReplyEvent> log = new ArrayList<>();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final StringBuilder delivered = new StringBuilder();
    private boolean ended;
    private boolean delivering;
    private long firstTextNanos;
    /** Whether any text went out (a virtual time source may read 0). */
    private boolean spoke;
    /** Run on cancel, in the order added: an LLM stream's close and a pacer's stop may both be waiting. */
    private final List<Runnable> onCancel = new ArrayList<>();

    private static final class Subscription {
        final Consumer<ReplyEvent> listener;
        int next;

        Subscription(Consumer<ReplyEvent> listener) {
            this.listener = listener;
        }
    }

    /** @param arrivedNanos {@link System#nanoTime()} when the message arrived, for the latency figure */
    public StreamingReply(String id, List<String> inReplyTo, String lang, Intent intent, long arrivedNanos, OnEnd onEnd) {
        this(id, inReplyTo, lang, intent, arrivedNanos, onEnd, TimeSource.system());
    }

    /**
     * @param arrivedNanos {@code time}'s {@link TimeSource#nanoTime()} when the message arrived, for the latency figure
     * @param time         dates the reply's {@link Turn} and times its first text
     */
    public StreamingReply(String id, List<String> inReplyTo, String lang, Intent intent, long arrivedNanos, OnEnd onEnd,
                          TimeSource time) {
        this.time = time;
        this.id = id;
        this.inReplyTo = List.copyOf(inReplyTo);
        this.lang = lang;
        this.intent = intent;
        this.arrivedNanos = arrivedNanos;
        this.onEnd = onEnd;
        log.add(new ReplyEvent.Started(id, this.inReplyTo, lang));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> inReplyTo() {
        return inReplyTo;
    }

    @Override
    public String lang() {
        return lang;
    }

    @Override
    public Intent intent() {
        return intent;
    }

    @Override
    public void subscribe(Consumer<ReplyEvent> listener) {
        synchronized (lock) {
            subscriptions.add(new Subscription(listener));
        }
        deliver();
    }

    /**
     * Adds an action to run when the reply is cancelled (e.g. to close an LLM stream, to stop a pacer); runs it at
     * once if the reply already was. Every action added runs, so a paced LLM reply closes its stream and stops its
     * pacing on one cancel.
     */
    public void onCancel(Runnable action) {
        boolean runNow;
        synchronized (lock) {
            runNow = isCancelledLocked();
            if (!runNow) onCancel.add(action);
        }
        if (runNow) action.run();
    }

    /** Appends text; returns false (and emits nothing) once the reply has ended. */
    public boolean delta(String text) {
        if (text.isEmpty()) return !isEnded();
        synchronized (lock) {
            if (ended) return false;
            if (!spoke) {
                firstTextNanos = time.nanoTime();
                spoke = true;
            }
            delivered.append(text);
            log.add(new ReplyEvent.Delta(id, text));
        }
        deliver();
        return true;
    }

    /** Ends the reply with the text delivered so far; returns false if it had already ended. */
    public boolean done(List<Source> sources, boolean handoff, String hostText) {
        ReplyResult r;
        synchronized (lock) {
            if (ended) return false;
            ended = true;
            String text = delivered.toString();
            log.add(new ReplyEvent.Done(id, text, lang, List.copyOf(sources), hostText));
            r = new ReplyResult(id, inReplyTo, text, lang, intent, List.copyOf(sources), handoff, hostText,
                    false, null, latencyMs());
        }
        finish(r);
        return true;
    }

    @Override
    public boolean cancel(String reason) {
        ReplyResult r;
        List<Runnable> hooks;
        synchronized (lock) {
            if (ended) return false;
            ended = true;
            String text = delivered.toString();
            log.add(new ReplyEvent.Cancelled(id, reason, text));
            r = new ReplyResult(id, inReplyTo, text, lang, intent, List.of(), false, null, true, reason, latencyMs());
            hooks = List.copyOf(onCancel);
            onCancel.clear();
        }
        deliver();
        try {
            for (Runnable hook : hooks) {
                try {
                    hook.run();
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(StreamingReply.class).warn("reply {} cancel hook failed", id, e);
                }
            }
        } finally {
            finish(r);
        }
        return true;
    }

    public boolean isEnded() {
        synchronized (lock) {
            return ended;
        }
    }

    public boolean isCancelled() {
        synchronized (lock) {
            return isCancelledLocked();
        }
    }

    /** The text emitted so far. */
    public String delivered() {
        synchronized (lock) {
            return delivered.toString();
        }
    }

    @Override
    public CompletableFuture<ReplyResult> result() {
        return result;
    }

    @Override
    public CompletableFuture<Turn> turn() {
        return turn;
    }

    private boolean isCancelledLocked() {
        return ended && log.getLast() instanceof ReplyEvent.Cancelled;
    }

    private double latencyMs() {
        long end = spoke ? firstTextNanos : time.nanoTime();
        return (end - arrivedNanos) / 1e6;
    }

    private void finish(ReplyResult r) {
        deliver();
        try {
            onEnd.ended(r);
        } finally {
            turn.complete(Turn.reply(r, time.instant()));
            result.complete(r);
        }
    }

    /** Hands every undelivered event to every listener, unless another thread is already doing so. */
    private void deliver() {
        while (true) {
            List<Subscription> subs;
            int size;
            synchronized (lock) {
                if (delivering) return;
                size = log.size();
                subs = List.copyOf(subscriptions);
                if (subs.stream().allMatch(s -> s.next >= size)) return;
                delivering = true;
            }
            try {
                for (Subscription s : subs) {
                    while (s.next < size) {
                        ReplyEvent e;
                        synchronized (lock) {
                            e = log.get(s.next);
                        }
                        s.next++;
                        try {
                            s.listener.accept(e);
                        } catch (RuntimeException ex) {
                            org.slf4j.LoggerFactory.getLogger(StreamingReply.class)
                                    .warn("reply {} listener failed on {}", id, e.getClass().getSimpleName(), ex);
                        }
                    }
                }
            } finally {
                synchronized (lock) {
                    delivering = false;
                }
            }
        }
    }
}
