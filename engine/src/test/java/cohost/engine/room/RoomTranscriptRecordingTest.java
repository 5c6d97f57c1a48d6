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
 * streaming when the room closes is there, cut, with the words it delivered; a message held while the host speaks is
 * there as held until its outcome; and each turn carries what the host reads for it (a message's gist, a reply in
 * the host's language), both in the room's own transcript and in what it hands to the store beyond the room.
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

    /** The default limits but for the answer burst (then one new answer per 10 s) and the answers streaming at once. */
    private static RoomPolicy policy(int answerBurst, int maxConcurrentReplies) {
        RoomPolicy d = RoomPolicy.DEFAULTS;
        return new RoomPolicy(d.dedupWindow(), d.viewerBurst(), d.viewerInterval(), answerBurst,
                java.time.Duration.ofSeconds(10), maxConcurrentReplies, d.queueCapacity(), d.inboxCapacity(),
                java.time.Duration.ofMinutes(5), d.maxTextLength(), d.transcriptCapacity());
    }

    /** Waits (at most 10 s) for what a reply's own thread records. */
    static void until(java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            RoomEvents.sleep();
        }
    }

    @Test
    void aMessageHeldWhileTheHostSpeaksIsInTheTranscriptAsHeldOnceThenItsOutcomeFollows() {
        // one new answer per 10 s: the second question waits for the cap however often the host talks meanwhile
        try (Room room = new Room("live-1", engine, policy(1, 6), clock, events)) {
            room.say(chat("m1", "v1", "shipping BR"));
            assertThat(events.outcome("m1")).isEqualTo("reply r1");
            room.hostSpeaking(true); // cuts r1
            room.say(chat("m2", "v2", "returns BR"));
            until(() -> room.transcript().stream().anyMatch(t -> t.id().equals("m2")));
            room.hostSpeaking(false);
            room.hostSpeaking(true); // held again before it was answered: still one held turn
            room.hostSpeaking(false);
            until(room::idle); // its timer for the next answer is set
            assertThat(events.find("m2")).as("waits for the answer-rate cap").isEmpty();
            clock.advance(java.time.Duration.ofSeconds(11));
            assertThat(events.outcome("m2")).isEqualTo("reply r2");
            engine.finish(1);
            until(() -> room.transcript().stream().anyMatch(t -> t.id().equals("r2")));

            List<Turn> m2 = room.transcript().stream().filter(t -> t.id().equals("m2")).toList();
            assertThat(m2).extracting(Turn::status).containsExactly(Turn.Status.HELD, Turn.Status.RECEIVED);
            assertThat(m2.getFirst().detail()).isEqualTo(Turn.HELD_REASON);
            assertThat(m2.getFirst().intent()).as("understood before it was held").isNotNull();
            assertThat(m2.getLast().detail()).isEqualTo("r2");
            assertThat(engine.recorded).as("the asker's conversation gets outcomes only")
                    .noneMatch(t -> t.status() == Turn.Status.HELD);
        }
    }

    @Test
    void messagesWaitingWhenTheHostStartsSpeakingAreHeldToo() {
        try (Room room = new Room("live-1", engine, policy(6, 1), clock, events)) {
            room.say(chat("m1", "v1", "shipping BR"));
            assertThat(events.outcome("m1")).isEqualTo("reply r1");
            room.say(chat("m2", "v2", "returns BR")); // waits: one answer at a time
            events.seen("m2");
            room.hostSpeaking(true);
            until(() -> room.transcript().stream().anyMatch(t -> t.id().equals("m2")));
            assertThat(room.transcript()).filteredOn(t -> t.id().equals("m2")).singleElement()
                    .satisfies(t -> assertThat(t.status()).isEqualTo(Turn.Status.HELD));
        }
    }

    @Test
    void eachTurnCarriesWhatTheHostReadsForIt() {
        try (Room room = new Room("live-1", engine, RoomPolicy.DEFAULTS, clock, events)) {
            room.say(chat("m1", "v1", "shipping BR"));
            room.say(chat("m2", "v2", "shipping BR"));
            assertThat(events.outcome("m1")).isEqualTo("reply r1");
            assertThat(events.outcome("m2")).as("one answer to both").isIn("joined r1", "reply r1");
            engine.finish(0);
            until(() -> room.transcript().stream().anyMatch(t -> t.id().equals("r1")));

            assertThat(room.transcript()).extracting(Turn::id, Turn::forHost).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("m1", "[shipping]"),
                    org.assertj.core.groups.Tuple.tuple("m2", "[shipping]"),
                    org.assertj.core.groups.Tuple.tuple("r1", "host: shipping answer in pt"));
        }
    }

    @Test
    void chatterSkippedBeforeItIsUnderstoodIsRecordedAsChatterAsItsEchoSaid() {
        try (Room room = new Room("live-1", engine, RoomPolicy.DEFAULTS, clock, events)) {
            room.say(chat("m1", "v1", "kkkkk"));
            room.say(Utterance.typed("h1", Speaker.host(), "大家好，欢迎来到直播间"));
            assertThat(events.outcome("m1")).isEqualTo("skipped chatter");
            assertThat(events.outcome("h1")).isEqualTo("skipped chatter");

            assertThat(room.transcript()).extracting(Turn::id, Turn::intent).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("m1", cohost.engine.Intent.CHATTER),
                    org.assertj.core.groups.Tuple.tuple("h1", cohost.engine.Intent.CHATTER));
        }
    }
}
