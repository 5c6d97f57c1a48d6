package cohost.eval;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The run's clock: real time multiplied by {@code speed}. At speed 20 a 60-second replay is sent in 3 s of real
 * time while the room (which reads this clock for its rate limits and dedup windows) sees 60 s pass. Latencies are
 * always measured in real time. Remote runs use speed 1: a server lives in real time.
 */
public final class RunClock extends Clock {
    private final double speed;
    private final Instant base;
    private final long baseNanos;

    public RunClock(double speed) {
        this(speed, Instant.now(), System.nanoTime());
    }

    private RunClock(double speed, Instant base, long baseNanos) {
        if (speed <= 0) throw new IllegalArgumentException("speed must be positive");
        this.speed = speed;
        this.base = base;
        this.baseNanos = baseNanos;
    }

    public double speed() {
        return speed;
    }

    @Override
    public Instant instant() {
        return base.plusNanos((long) ((System.nanoTime() - baseNanos) * speed));
    }

    /** Sleeps until {@code ms} of run time have passed since {@code startNanos} (a System.nanoTime value). */
    public void sleepUntil(long startNanos, long ms) throws InterruptedException {
        long due = startNanos + (long) (ms * 1_000_000 / speed);
        long left = due - System.nanoTime();
        if (left > 0) Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }

    /** Real nanoseconds for {@code ms} of run time. */
    public long realNanos(long ms) {
        return (long) (ms * 1_000_000 / speed);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
