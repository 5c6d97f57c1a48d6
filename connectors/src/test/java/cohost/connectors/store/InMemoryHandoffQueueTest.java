package cohost.connectors.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The queues a server keeps without a transcript database: the contract, and its bounds. */
class InMemoryHandoffQueueTest extends HandoffQueueContract {
    @Override
    protected HandoffQueue queue() {
        return HandoffQueue.inMemory(10, 200);
    }

    @Test
    void itKeepsTheLastRoomsUsedAndTheLatestHandoffsOfEach() {
        HandoffQueue queue = HandoffQueue.inMemory(2, 3);
        for (int i = 0; i < 4; i++) {
            queue.queued("show-1", entry("m" + i, ANA, "atendente " + i, "pt", i));
        }
        assertThat(queue.queue("show-1", 200)).extracting(HandoffQueue.Entry::messageId)
                .containsExactly("m1", "m2", "m3");
        queue.queued("show-2", entry("m9", ANA, "atendente", "pt", 9));
        queue.queue("show-1", 1); // used last
        queue.queued("show-3", entry("m9", ANA, "atendente", "pt", 9));
        assertThat(queue.queue("show-2", 200)).as("the room used longest ago is forgotten").isEmpty();
        assertThat(queue.queue("show-1", 200)).hasSize(3);
    }
}
