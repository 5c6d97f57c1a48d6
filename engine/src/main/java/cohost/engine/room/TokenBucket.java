package cohost.engine.room;

import java.time.Duration;
import java.time.Instant;

/** A rate limit: {@code burst} permits at once, one more every {@code interval}. Not thread-safe (one room thread). */
final class TokenBucket {
    private final int burst;
    private final long intervalNanos;
    private double tokens;
    private Instant last;

    TokenBucket(int burst, Duration interval, Instant now) {
        this.burst = burst;
        this.intervalNanos = Math.max(1, interval.toNanos());
        this.tokens = burst;
        this.last = now;
    }

    private void refill(Instant now) {
        if (now.isAfter(last)) {
            tokens = Math.min(burst, tokens + (double) Duration.between(last, now).toNanos() / intervalNanos);
            last = now;
        }
    }

    boolean available(Instant now) {
        refill(now);
        return tokens >= 1;
    }

    /** The moment the next permit is there ({@code now} if one already is). */
    Instant nextAt(Instant now) {
        if (available(now)) return now;
        return now.plusNanos((long) Math.ceil((1 - tokens) * intervalNanos));
    }

    boolean tryTake(Instant now) {
        if (!available(now)) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
