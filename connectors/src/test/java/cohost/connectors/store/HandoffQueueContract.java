package cohost.connectors.store;

import cohost.engine.Role;
import cohost.engine.Speaker;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link HandoffQueue} does: a room's handed-off questions read back oldest first with their taken marks,
 * a handoff taken once (the first taker keeps it), a question handed off again queued again untaken at the end, rooms
 * kept apart, the latest kept within a limit.
 */
abstract class HandoffQueueContract {
    static final Instant T0 = Instant.parse("2026-12-03T15:00:00.123456789Z");
    static final Speaker ANA = new Speaker(Role.VIEWER, "v-ana", "Ana", "pt", "BR");
    static final Speaker KENJI = new Speaker(Role.VIEWER, "v-kenji", "健二", "ja", "JP");

    /** A fresh queue (of a store of its own). */
    protected abstract HandoffQueue queue();

    static HandoffQueue.Entry entry(String messageId, Speaker viewer, String text, String lang, int second) {
        return new HandoffQueue.Entry(messageId, viewer, text, lang, "[转人工]", "r-" + messageId,
                T0.plusSeconds(second), null);
    }

    @Test
    void aRoomsHandoffsReadBackOldestFirstWithEverythingTheConsoleShows() {
        HandoffQueue queue = queue();
        HandoffQueue.Entry first = entry("m1", ANA, "quero falar com um atendente", "pt", 0);
        HandoffQueue.Entry second = entry("m2", KENJI, "担当者と話したい 🙏", "ja", 1);
        queue.queued("show-1", first);
        queue.queued("show-1", second);

        assertThat(queue.queue("show-1", 200)).containsExactly(first, second);
        assertThat(queue.queue("show-2", 200)).as("another room").isEmpty();
    }

    @Test
    void aTakenMarkIsKeptAndAQuestionHandedOffAgainIsQueuedAgainUntakenAtTheEnd() {
        HandoffQueue queue = queue();
        queue.queued("show-1", entry("m1", ANA, "quero falar com um atendente", "pt", 0));
        queue.queued("show-1", entry("m2", KENJI, "担当者と話したい", "ja", 1));
        assertThat(queue.take("show-1", "m1", "Lee")).hasValueSatisfying(e -> assertThat(e.takenBy()).isEqualTo("Lee"));
        assertThat(queue.take("show-1", "never-queued", "Lee")).isEmpty();
        // another room's message of the same id is not this one
        assertThat(queue.take("show-2", "m2", "Mo")).isEmpty();

        assertThat(queue.queue("show-1", 200)).extracting(HandoffQueue.Entry::messageId, HandoffQueue.Entry::takenBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("m1", "Lee"),
                        org.assertj.core.groups.Tuple.tuple("m2", null));

        HandoffQueue.Entry again = new HandoffQueue.Entry("m1", ANA, "quero falar com um atendente", "pt", "[转人工]",
                "r-again", T0.plusSeconds(5), null);
        queue.queued("show-1", again);
        List<HandoffQueue.Entry> read = queue.queue("show-1", 200);
        assertThat(read).extracting(HandoffQueue.Entry::messageId).containsExactly("m2", "m1");
        assertThat(read.getLast()).isEqualTo(again);
    }

    @Test
    void aHandoffIsTakenOnceTheFirstTakerKeepsItAndALaterOneIsToldWho() {
        HandoffQueue queue = queue();
        HandoffQueue.Entry asked = entry("m1", KENJI, "担当者と話したい", "ja", 0);
        queue.queued("show-1", asked);

        assertThat(queue.take("show-1", "m1", "Lee")).contains(asked.taken("Lee"));
        assertThat(queue.take("show-1", "m1", "Mo")).as("Mo was second").contains(asked.taken("Lee"));
        assertThat(queue.take("show-1", "m1", "Lee")).as("asked again by the taker").contains(asked.taken("Lee"));
        assertThat(queue.queue("show-1", 10)).containsExactly(asked.taken("Lee"));

        queue.queued("show-1", asked); // handed off again (answer now): free to take again
        assertThat(queue.take("show-1", "m1", "Mo")).contains(asked.taken("Mo"));
    }

    @Test
    void aLimitKeepsTheLatest() {
        HandoffQueue queue = queue();
        for (int i = 0; i < 5; i++) {
            queue.queued("show-1", entry("m" + i, ANA, "atendente " + i, "pt", i));
        }
        assertThat(queue.queue("show-1", 2)).extracting(HandoffQueue.Entry::messageId).containsExactly("m3", "m4");
    }
}
