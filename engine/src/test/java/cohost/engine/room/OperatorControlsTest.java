package cohost.engine.room;

import cohost.engine.time.VirtualTime;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator's console asks of a room: stop one reply, and answer a chosen message now. */
class OperatorControlsTest {
    private final VirtualTime clock = new VirtualTime();
    private final RoomEvents events = new RoomEvents();
    private final ScriptedEngine engine = new ScriptedEngine(false);
    private final Room room = new Room("live-1", engine, RoomPolicy.DEFAULTS, clock, events);

    @AfterEach
    void close() {
        room.close();
    }

    private void chat(String messageId, String viewerId, String text) {
        room.say(Utterance.typed(messageId, Speaker.viewer(viewerId, viewerId, "pt", null), text));
    }

    @Test
    void stopCancelsOnlyThatReplyAndSaysWhetherItWasStreaming() throws Exception {
        chat("m1", "v1", "shipping BR");
        chat("m2", "v2", "returns BR");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        assertThat(events.outcome("m2")).isEqualTo("reply r2");

        assertThat(room.stop("r1").get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(events.cancelledWithin("r1")).hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("stopped"));
        assertThat(events.cancelled("r2")).isEmpty();
        assertThat(room.stop("r1").get(10, TimeUnit.SECONDS)).as("stopped already").isFalse();
        assertThat(room.stop("r9").get(10, TimeUnit.SECONDS)).as("no such reply").isFalse();
    }

    @Test
    void aHeldMessageIsAnsweredNowWhileTheOthersStayHeld() throws Exception {
        room.hostSpeaking(true);
        chat("m1", "v1", "shipping BR");
        chat("m2", "v2", "payment BR");
        events.seen("m1"); // the operator picks a message the feed shows (answerNow, a control, jumps the chat queue)
        events.seen("m2");
        assertThat(events.find("m1")).isEmpty();

        assertThat(room.answerNow("m1").get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        assertThat(events.find("m2")).as("still held while the host speaks").isEmpty();
        assertThat(room.answerNow("m1").get(10, TimeUnit.SECONDS)).as("its answer is streaming").isFalse();

        room.hostSpeaking(false);
        assertThat(events.outcome("m2")).isEqualTo("reply r2");
        assertThat(events.outcomeCount("m1")).isEqualTo(1);
    }

    @Test
    void aSkippedMessageIsUnderstoodAgainAndAnsweredNow() throws Exception {
        chat("m1", "v1", "shipping BR");
        chat("m2", "v1", "returns BR");
        chat("m3", "v1", "payment BR");
        chat("m4", "v1", "shipping MX"); // over the viewer's burst of 3
        assertThat(events.outcome("m4")).isEqualTo("skipped rate_limited");

        assertThat(room.answerNow("m4").get(10, TimeUnit.SECONDS)).isTrue();
        RoomEventsWait.until(() -> events.outcomeCount("m4") == 2);
        assertThat(engine.answered).anySatisfy(asks -> assertThat(asks).singleElement()
                .satisfies(ask -> assertThat(ask.utterance().messageId()).isEqualTo("m4")));
        assertThat(room.answerNow("never-said").get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void aViewersOlderQuestionDecidedAfterAnAnswerNowDoesNotCutThatAnswer() throws Exception {
        room.hostSpeaking(true);
        chat("m1", "v1", "shipping BR");
        events.seen("m1");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        engine.holdNext = release;
        chat("m2", "v1", "returns BR"); // asked before the operator's pick, still being understood after it
        engine.busy.await();

        assertThat(room.answerNow("m1").get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        release.countDown();
        events.seen("m2");
        RoomEventsWait.until(room::idle);
        assertThat(events.cancelled("r1")).as("m2 came before r1 started: it asks for an answer of its own").isEmpty();

        chat("m3", "v1", "payment BR"); // a question of theirs after the start still supersedes it
        events.seen("m3");
        RoomEventsWait.until(() -> events.cancelled("r1").isPresent());
        assertThat(events.cancelled("r1")).hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("superseded"));
    }

    /** A bounded wait for a condition on the room's events (nothing asserts on speed). */
    private static final class RoomEventsWait {
        static void until(java.util.function.BooleanSupplier condition) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("condition not met within 10 s");
                }
                RoomEvents.sleep();
            }
        }
    }
}
