package cohost.eval;

import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * The run's time, which every wait of the runner and every time the recorder notes are read on. Against a server it
 * is real time ({@link #real()}): a server lives in real time. In-process it is the engine's own virtual time
 * ({@link VirtualRunClock}): the room, its rate limits and dedup windows, reply pacing and the runner's waits all
 * read one clock that moves only when the engine has nothing left to do, so a run is exact at any speed.
 */
public sealed interface RunClock permits RunClock.Real, VirtualRunClock {

    /** Now, for the messages' times. */
    Instant instant();

    /** A monotonic reading in nanoseconds, for the recorder's times and the runner's starts. */
    long nanoTime();

    /** How many times faster than real time the run may go; infinite when nothing holds it back. */
    double speed();

    /** Waits until {@code ms} of run time have passed since {@code startNanos} (a {@link #nanoTime()} reading). */
    void sleepUntil(long startNanos, long ms) throws InterruptedException;

    /** Waits until {@code condition} holds or {@code ms} of run time have passed; returns whether it holds. */
    boolean await(Recorder rec, BooleanSupplier condition, long ms) throws InterruptedException;

    /** "in real time", "on virtual time", "on virtual time, at most 20x real time". */
    static String describe(double speed, boolean virtual) {
        if (!virtual) return "in real time";
        if (Double.isInfinite(speed)) return "on virtual time";
        return "on virtual time, at most " + (speed == Math.rint(speed) ? String.valueOf((long) speed) : String.valueOf(speed))
                + "x real time";
    }

    static RunClock real() {
        return Real.INSTANCE;
    }

    /** Real time: the machine's clock, and waits that sleep. */
    final class Real implements RunClock {
        private static final Real INSTANCE = new Real();

        private Real() {
        }

        @Override
        public Instant instant() {
            return Instant.now();
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public double speed() {
            return 1;
        }

        @Override
        public void sleepUntil(long startNanos, long ms) throws InterruptedException {
            long left = startNanos + ms * 1_000_000 - System.nanoTime();
            if (left > 0) Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }

        @Override
        public boolean await(Recorder rec, BooleanSupplier condition, long ms) throws InterruptedException {
            return rec.await(condition, System.nanoTime() + ms * 1_000_000);
        }
    }
}
