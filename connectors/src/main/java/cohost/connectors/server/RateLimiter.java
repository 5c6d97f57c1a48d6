package cohost.connectors.server;

/** A token bucket per API key: {@code perSecond} requests a second on average, {@code burst} at once. */
final class RateLimiter {
    private final double perSecond;
    private final double burst;
    private double tokens;
    private long last = System.nanoTime();

    RateLimiter(double perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
    }

    /** Whole seconds until a request would be allowed again (at least 1). */
    synchronized long retryAfterSeconds() {
        refill();
        return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }

    /** Whether a request now would be refused, without taking a token. */
    synchronized boolean exhausted() {
        refill();
        return tokens < 1;
    }

    private void refill() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
        last = now;
    }

    synchronized boolean tryAcquire() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
        last = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
