package cohost.engine.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Real time. One daemon thread keeps every timer of the process (as the JDK's delayed executors do) and starts each
 * due task on a virtual thread, so a slow task (a listener writing to a socket) holds up nothing else.
 */
final class SystemTime implements TimeSource {
    static final SystemTime UTC = new SystemTime(Clock.systemUTC());

    private static final ScheduledThreadPoolExecutor TIMERS = timers();

    private final Clock clock;

    SystemTime(Clock clock) {
        this.clock = clock;
    }

    private static ScheduledThreadPoolExecutor timers() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "cohost-timers");
            thread.setDaemon(true);
            return thread;
        });
        t.setRemoveOnCancelPolicy(true); // a cancelled pacing step or silence timer does not linger in the queue
        return t;
    }

    @Override
    public Instant instant() {
        return clock.instant();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
        Runnable start = () -> Thread.ofVirtual().name("cohost-timer-task").start(task);
        long nanos = Math.max(0, delay.toNanos());
        var future = TIMERS.schedule(start, nanos, TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }
}
