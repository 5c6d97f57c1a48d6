package cohost.engine.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The engine's one source of time, as Caffeine takes a {@code Ticker} and a {@code Scheduler}: what time it is (for
 * turn times and rate limits), a monotonic reading (for latency), and timers (reply pacing, the model's silence
 * limit, a room's next wait or expiry). Everything in the engine that waits or measures reads this, never the wall
 * clock, so a test or an in-process eval can run on {@link VirtualTime} exactly and at any speed.
 *
 * <p>A timer's task must be short and must not block (post something, send without waiting, hand longer work on):
 * {@link #system()} runs every task of the process on a few shared platform threads, {@link VirtualTime} on the thread
 * that moves time.
 */
public interface TimeSource {

    /** Now, for turn times, rate limits and windows. */
    Instant instant();

    /** A monotonic reading in nanoseconds, for durations (latency); only differences mean anything. */
    long nanoTime();

    /** Runs {@code task} once {@code delay} has passed on this time source (at once if it is zero or negative). */
    Timer schedule(Duration delay, Runnable task);

    /** A scheduled task, which may still be called off. */
    interface Timer {
        /** Calls the task off if it has not run yet; harmless after it ran. */
        void cancel();
    }

    /** The machine's time: the UTC clock, {@link System#nanoTime()}, and real-time timers. */
    static TimeSource system() {
        return SystemTime.UTC;
    }

    /**
     * Instants from {@code clock}, durations and timers in real time. For callers that already hold a {@link Clock};
     * timers do not follow a clock that jumps (use {@link VirtualTime} for that).
     */
    static TimeSource of(Clock clock) {
        return new SystemTime(clock);
    }
}
