package cohost.eval;

import cohost.engine.time.VirtualTime;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * An in-process run's time: the engine's {@link VirtualTime}, moved by the runner. Time moves only once the engine is
 * quiet (its rooms have taken in and decided everything sent, no turn is being composed), and then only to the next
 * timer (a word of a paced reply, a room's wait running out) or to the moment the runner waits for, whichever comes
 * first. So a reply paced over 8 s, a 15 s dedup window or a 60 s replay take the time they would take on a server,
 * exactly, in however little real time the machine needs. Latencies measured on it are queueing and pacing only:
 * computing takes no virtual time.
 *
 * <p>{@code speed} holds the run back to at most that many times real time (to watch a room); infinite for none.
 */
final class VirtualRunClock implements RunClock {
    /** If the engine is still busy after this long, something is stuck; the run reports it rather than hang. */
    private static final long STUCK_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final VirtualTime time;
    private final BooleanSupplier quiet;
    private final double speed;
    private final long realStart = System.nanoTime();

    /**
     * @param quiet whether the engine has nothing left to do until time moves (checked from the runner's thread)
     * @param speed at most this many times real time; {@link Double#POSITIVE_INFINITY} for as fast as possible
     */
    VirtualRunClock(VirtualTime time, BooleanSupplier quiet, double speed) {
        if (!(speed > 0)) throw new IllegalArgumentException("speed must be positive");
        this.time = time;
        this.quiet = quiet;
        this.speed = speed;
    }

    VirtualTime time() {
        return time;
    }

    @Override
    public Instant instant() {
        return time.instant();
    }

    @Override
    public long nanoTime() {
        return time.nanoTime();
    }

    @Override
    public double speed() {
        return speed;
    }

    @Override
    public void sleepUntil(long startNanos, long ms) throws InterruptedException {
        long due = startNanos + ms * 1_000_000;
        while (step(due)) {
            // each step runs one timer; the loop ends once time stands at `due`
        }
    }

    @Override
    public boolean await(Recorder rec, BooleanSupplier condition, long ms) throws InterruptedException {
        long due = time.nanoTime() + ms * 1_000_000;
        while (true) {
            quiesce();
            if (condition.getAsBoolean()) return true;
            if (!step(due)) {
                quiesce();
                return condition.getAsBoolean();
            }
        }
    }

    /**
     * Once the engine is quiet, runs the next timer due before {@code due} (returns true), or moves time to
     * {@code due} when none is (returns false, time then stands at {@code due} or later).
     */
    private boolean step(long due) throws InterruptedException {
        quiesce();
        long now = time.nanoTime();
        if (now >= due) return false;
        Optional<Duration> next = time.untilNext();
        if (next.isPresent() && now + next.get().toNanos() <= due) {
            holdBack(now + next.get().toNanos());
            time.runNext(next.get());
            return true;
        }
        holdBack(due);
        time.advance(Duration.ofNanos(due - now));
        return false;
    }

    /** At a finite speed, waits until real time has caught up with {@code virtualNanos} / speed. */
    private void holdBack(long virtualNanos) throws InterruptedException {
        if (Double.isInfinite(speed)) return;
        long left = realStart + (long) (virtualNanos / speed) - System.nanoTime();
        if (left > 0) Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }

    /**
     * Waits (in real time) until the engine is quiet twice in a row: its threads run in real time, and virtual time
     * must not move while a room is still deciding or a turn still composing.
     */
    private void quiesce() throws InterruptedException {
        long stuck = System.nanoTime() + STUCK_NANOS;
        int calm = 0;
        while (calm < 2) {
            if (Thread.interrupted()) throw new InterruptedException();
            calm = quiet.getAsBoolean() ? calm + 1 : 0;
            if (calm < 2) {
                if (System.nanoTime() > stuck) {
                    throw new IllegalStateException("the engine stayed busy for 60 s of real time; time cannot move on");
                }
                LockSupport.parkNanos(20_000);
            }
        }
    }
}
