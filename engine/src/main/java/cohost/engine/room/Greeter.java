package cohost.engine.room;

import java.time.Duration;
import java.time.Instant;

/**
 * The greeting rate of one room: at most one greeting per interval of the store's rules, on the room's clock, so a
 * wave of joins in a big room becomes one "welcome" and never a flood ahead of the answers. Owned by the room's
 * thread.
 */
final class Greeter {
    private Instant last;

    boolean mayGreet(Instant now, Duration interval) {
        return last == null || !now.isBefore(last.plus(interval));
    }

    void greeted(Instant now) {
        last = now;
    }
}
