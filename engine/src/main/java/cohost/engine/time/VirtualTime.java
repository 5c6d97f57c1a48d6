package cohost.engine.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Time that moves only when told to: {@link #advance} moves it forward and runs each timer that falls due, in the
 * order they fall due, each at its own moment, on the calling thread. A timer set by a task while time moves runs in
 * the same advance if it falls due within it. Tests use it to say "nothing happened in 2 s" without sleeping, and
 * in-process evals to play a minute of a live room in milliseconds, exactly.
 *
 * <p>Thread-safe: timers may be set from any thread; time moves on whichever thread calls {@link #advance}.
 */
public final class VirtualTime implements TimeSource {

    private record Entry(long due, long seq, Runnable task) {
    }

    private final Instant origin;
    private final PriorityQueue<Entry> timers = new PriorityQueue<>((a, b) -> a.due != b.due
            ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
    /** Nanoseconds since {@link #origin}. */
    private long now;
    private long seq;

    /** Starts at {@code origin}. */
    public VirtualTime(Instant origin) {
        this.origin = origin;
    }

    /** Starts at 2026-01-01T00:00:00Z (any fixed moment: runs are then the same each time). */
    public VirtualTime() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Override
    public synchronized Instant instant() {
        return origin.plusNanos(now);
    }

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized Timer schedule(Duration delay, Runnable task) {
        Entry e = new Entry(now + Math.max(0, delay.toNanos()), seq++, task);
        timers.add(e);
        return () -> {
            synchronized (VirtualTime.this) {
                timers.remove(e);
            }
        };
    }

    /** How long until the next timer falls due (zero if one is due now), or empty when none is set. */
    public synchronized Optional<Duration> untilNext() {
        Entry next = timers.peek();
        return next == null ? Optional.empty() : Optional.of(Duration.ofNanos(next.due - now));
    }

    /**
     * Runs the earliest timer if it falls due within {@code limit} from now, first moving time to its moment; returns
     * whether one ran. Lets a caller look at the world between two timers (an eval waits for the room to settle).
     */
    public boolean runNext(Duration limit) {
        Entry next;
        synchronized (this) {
            next = timers.peek();
            if (next == null || next.due > now + limit.toNanos()) return false;
            timers.poll();
            now = Math.max(now, next.due);
        }
        next.task().run();
        return true;
    }

    /** Moves time forward by {@code d}, running every timer that falls due on the way, each at its own moment. */
    public void advance(Duration d) {
        if (d.isNegative()) throw new IllegalArgumentException("time only moves forward");
        long target;
        synchronized (this) {
            target = now + d.toNanos();
        }
        while (true) {
            Entry next;
            synchronized (this) {
                next = timers.peek();
                if (next == null || next.due > target) {
                    now = Math.max(now, target);
                    return;
                }
                timers.poll();
                now = Math.max(now, next.due);
            }
            next.task().run();
        }
    }
}
