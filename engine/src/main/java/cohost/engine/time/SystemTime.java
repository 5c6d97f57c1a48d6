package cohost.engine.time;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Real time. A few daemon platform threads (one per core, at least two) keep every timer of the process, as the JDK's
 * delayed executors do, and run each task as it falls due; a cancelled timer leaves the queue at once.
 *
 * <p>Tasks run on these threads directly, not on a virtual thread each: a paced reply sets one timer per word, and
 * under a loaded room a task per word queued hundreds of virtual threads, which every other virtual thread of the
 * process (and a cancel waiting for a word's delivery to finish) then waited behind (BENCHMARKS, "Server"). A task
 * must therefore be short and must not block: post to a queue, send without waiting (what the room and the pacer do).
 */
final class SystemTime implements TimeSource {
    static final SystemTime UTC = new SystemTime(Clock.systemUTC());

    private static final Logger log = LoggerFactory.getLogger(SystemTime.class);
    private static final ScheduledThreadPoolExecutor TIMERS = timers();

    private final Clock clock;

    SystemTime(Clock clock) {
        this.clock = clock;
    }

    private static ScheduledThreadPoolExecutor timers() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(threads,
                Thread.ofPlatform().daemon().name("cohost-timer-", 0).factory());
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
        long nanos = Math.max(0, delay.toNanos());
        var future = TIMERS.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) { // the executor would keep it in the future nobody reads
                log.error("event=timer.task_failed", e);
            }
        }, nanos, TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }
}
