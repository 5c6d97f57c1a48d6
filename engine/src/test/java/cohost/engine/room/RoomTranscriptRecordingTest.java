package cohost.engine.room;

import cohost.engine.Speaker;
import cohost.engine.Turn;
import cohost.engine.Utterance;
import cohost.engine.time.VirtualTime;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room's transcript holds every message and every reply, also those a room did not see to their end: a reply still
 * streaming when the room closes is there, cut, with the words it delivered, both in the room's own transcript and in
 * what it hands to the store beyond the room.
 */
class RoomTranscriptRecordingTest {
    private final VirtualTime clock = new VirtualTime();
    private final RoomEvents events = new RoomEvents();
    private final ScriptedEngine engine = new ScriptedEngine(false);

    private static Utterance chat(String messageId, String viewerId, String text) {
        return Utterance.typed(messageId, Speaker.viewer(viewerId, viewerId, "pt", "BR"), text);
    }

    @Test
    void aReplyStillStreamingWhenTheRoomClosesIsRecordedCutWithTheWordsItDelivered() {
        Room room = new Room("live-1", engine, RoomPolicy.DEFAULTS, clock, events);
        room.say(chat("m1", "v1", "shipping BR"));
        room.say(chat("m2", "v2", "returns BR"));
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        assertThat(events.outcome("m2")).isEqualTo("reply r2");
        engine.reply(0).delta("O frete para o Brasil ");
        engine.reply(1).delta("Devoluções em 30 dias.");
        engine.reply(1).done(List.of(), false, "Returns within 30 days.");

        room.close();

        List<Turn> transcript = room.transcript();
        assertThat(transcript).filteredOn(t -> t.id().equals("r1")).singleElement().satisfies(cut -> {
            assertThat(cut.status()).isEqualTo(Turn.Status.CUT);
            assertThat(cut.detail()).isEqualTo("room_closed");
            assertThat(cut.text()).isEqualTo("O frete para o Brasil ");
        });
        assertThat(transcript).filteredOn(t -> t.id().equals("r2")).singleElement()
                .satisfies(done -> assertThat(done.status()).isEqualTo(Turn.Status.ANSWERED));
        assertThat(engine.kept).as("what the room hands on is its transcript").isEqualTo(transcript);
    }

    @Test
    void aRoomClosingWithNothingStreamingRecordsNothingMore() {
        Room room = new Room("live-1", engine, RoomPolicy.DEFAULTS, clock, events);
        room.say(chat("m1", "v1", "shipping BR"));
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        engine.finish(0);
        until(() -> room.transcript().stream().anyMatch(t -> t.id().equals("r1")));

        room.close();

        assertThat(room.transcript()).extracting(Turn::id).containsExactly("m1", "r1");
    }

    /** Waits (at most 10 s) for what a reply's own thread records. */
    static void until(java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            RoomEvents.sleep();
        }
    }
}
