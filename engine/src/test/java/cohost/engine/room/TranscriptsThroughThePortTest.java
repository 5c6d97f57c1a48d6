package cohost.engine.room;

import cohost.engine.Cohost;
import cohost.engine.ReplyResult;
import cohost.engine.Role;
import cohost.engine.Speaker;
import cohost.engine.Turn;
import cohost.engine.Utterance;
import cohost.engine.transcript.Handoff;
import cohost.engine.transcript.TranscriptStore;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine keeps transcripts only through its {@link TranscriptStore}: desk turns, room turns and handoffs are
 * written as they happen, so another engine on the same store (a restarted server) reads them all back.
 */
class TranscriptsThroughThePortTest {
    private final KnowledgeBase kb = KnowledgeBase.demo();
    private final TranscriptStore store = TranscriptStore.inMemory(1000, 200, 2000, 100);

    @Test
    void aDeskConversationAndItsHandoffAreReadBackByANewEngineOnTheSameStore() {
        Speaker kim = Speaker.customer("c-kim", "Kim", "en", "US");
        try (Cohost before = Cohost.builder(kb).transcripts(store).build()) {
            ReplyResult shipping = before.ask("desk-kim", Utterance.typed("k1", kim, "how long is shipping to the US?"))
                    .result().join();
            ReplyResult tires = before.ask("desk-kim", Utterance.typed("k2", kim, "Do you sell car tires?"))
                    .result().join();
            assertThat(shipping.handoff()).isFalse();
            assertThat(tires.handoff()).isTrue();
        }
        try (Cohost after = Cohost.builder(kb).transcripts(store).build()) {
            List<Turn> turns = after.transcript("desk-kim").orElseThrow();
            assertThat(turns).extracting(Turn::id, Turn::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("k1", Turn.Status.RECEIVED),
                    org.assertj.core.groups.Tuple.tuple(turns.get(1).id(), Turn.Status.ANSWERED),
                    org.assertj.core.groups.Tuple.tuple("k2", Turn.Status.RECEIVED),
                    org.assertj.core.groups.Tuple.tuple(turns.get(3).id(), Turn.Status.ANSWERED));
            assertThat(turns.get(2).detail()).as("the message names its reply").isEqualTo(turns.get(3).id());
            List<Handoff> handoffs = after.handoffs(10);
            assertThat(handoffs).hasSize(1);
            assertThat(handoffs.getFirst().conversationId()).isEqualTo("desk-kim");
            assertThat(handoffs.getFirst().question().text()).isEqualTo("Do you sell car tires?");
            assertThat(handoffs.getFirst().reply()).isEqualTo(turns.get(3));
        }
    }

    @Test
    void aRoomsTurnsReachTheStoreAsTheRoomRecordsThemAndOutliveTheRoom() {
        RoomEvents events = new RoomEvents();
        List<Turn> recordedByTheRoom;
        try (Cohost cohost = Cohost.builder(kb).transcripts(store).build();
             Room room = new Room("show-1", RoomEngine.of(cohost), RoomPolicy.DEFAULTS, new MutableClock(), events)) {
            room.say(Utterance.typed("a1", Speaker.viewer("v-a", "Ana", "pt", "BR"), "quanto custa o frete?"));
            room.say(Utterance.typed("h1", Speaker.host(), "大家好，欢迎来到直播间"));
            room.say(Utterance.typed("a2", Speaker.viewer("v-a", "Ana", "pt", "BR"), "quanto custa o frete?"));
            String replyId = events.outcome("a1").replaceFirst("^reply ", "");
            events.outcome("h1");
            events.outcome("a2");
            recordedByTheRoom = await(() -> room.transcript(), t -> t.stream().anyMatch(x -> x.id().equals(replyId)));
            assertThat(await(() -> cohost.roomTranscript("show-1"), t -> t.size() == room.transcript().size()))
                    .isEqualTo(room.transcript());
            assertThat(cohost.transcript("show-1/viewer/v-a").orElseThrow())
                    .extracting(Turn::id).containsSubsequence("a1", replyId).contains("a2");
        }
        try (Cohost after = Cohost.builder(kb).transcripts(store).build()) {
            List<Turn> kept = after.roomTranscript("show-1");
            assertThat(kept).isEqualTo(recordedByTheRoom);
            assertThat(kept).filteredOn(t -> t.speaker().role() == Role.HOST).singleElement()
                    .satisfies(t -> assertThat(t.detail()).isEqualTo("chatter"));
        }
    }

    /** Polls a read until it satisfies the condition (replies end on their own threads), for at most 10 s. */
    private static List<Turn> await(Supplier<List<Turn>> read, java.util.function.Predicate<List<Turn>> done) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<Turn> last = read.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            last = read.get();
        }
        return last;
    }
}
