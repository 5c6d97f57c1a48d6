package cohost.engine.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualTimeTest {
    private final VirtualTime time = new VirtualTime(Instant.parse("2026-05-01T12:00:00Z"));
    private final List<String> ran = new ArrayList<>();

    private void at(String what) {
        ran.add(what + "@" + Duration.ofNanos(time.nanoTime()).toMillis());
    }

    @Test
    void timeStandsStillUntilMovedAndTimersRunInTheOrderTheyFallDueEachAtItsOwnMoment() {
        time.schedule(Duration.ofSeconds(3), () -> at("c"));
        time.schedule(Duration.ofSeconds(1), () -> at("a"));
        time.schedule(Duration.ofSeconds(2), () -> at("b"));
        assertThat(time.instant()).isEqualTo(Instant.parse("2026-05-01T12:00:00Z"));
        assertThat(ran).isEmpty();

        time.advance(Duration.ofMillis(2500));
        assertThat(ran).containsExactly("a@1000", "b@2000");
        assertThat(time.instant()).isEqualTo(Instant.parse("2026-05-01T12:00:02.500Z"));
        time.advance(Duration.ofSeconds(10));
        assertThat(ran).containsExactly("a@1000", "b@2000", "c@3000");
    }

    @Test
    void aTimerSetByATaskRunsInTheSameAdvanceWhenItFallsDueWithinIt() {
        // a paced reply: each word schedules the next
        Runnable[] word = new Runnable[1];
        word[0] = () -> {
            at("w");
            time.schedule(Duration.ofMillis(300), word[0]);
        };
        time.schedule(Duration.ZERO, word[0]);
        time.advance(Duration.ofSeconds(1));
        assertThat(ran).containsExactly("w@0", "w@300", "w@600", "w@900");
    }

    @Test
    void aCancelledTimerNeverRuns() {
        TimeSource.Timer t = time.schedule(Duration.ofSeconds(1), () -> at("never"));
        t.cancel();
        time.advance(Duration.ofMinutes(1));
        assertThat(ran).isEmpty();
        assertThat(time.untilNext()).isEmpty();
    }

    @Test
    void runNextStepsToOneTimerAtATime() {
        time.schedule(Duration.ofSeconds(1), () -> at("a"));
        time.schedule(Duration.ofSeconds(5), () -> at("b"));
        assertThat(time.untilNext()).contains(Duration.ofSeconds(1));
        assertThat(time.runNext(Duration.ofSeconds(2))).isTrue();
        assertThat(ran).containsExactly("a@1000");
        assertThat(time.runNext(Duration.ofSeconds(2))).as("b falls due 4 s from now, beyond the limit").isFalse();
        assertThat(time.untilNext()).contains(Duration.ofSeconds(4));
    }
}
