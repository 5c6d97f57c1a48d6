package cohost.engine.transcript;

import cohost.engine.Turn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's default store: the contract, within its bounds. */
class InMemoryTranscriptsTest extends TranscriptStoreContract {

    @Override
    protected TranscriptStore store() {
        return TranscriptStore.inMemory(1000, 200, 2000, 100);
    }

    @Test
    void memoryIsBoundedPerConversationAndInConversations() {
        TranscriptStore small = TranscriptStore.inMemory(2, 3, 3, 1);
        for (int i = 0; i < 5; i++) {
            small.conversationTurn("c", message("m" + i, ANA, "n" + i, Turn.Status.SKIPPED, "spam", i), false);
        }
        assertThat(small.conversation("c", 100)).extracting(Turn::id).containsExactly("m2", "m3", "m4");
        small.conversationTurn("d", message("x", ANA, "x", Turn.Status.SKIPPED, "spam", 9), false);
        small.conversationTurn("e", message("y", ANA, "y", Turn.Status.SKIPPED, "spam", 9), false);
        small.conversationTurn("f", message("z", ANA, "z", Turn.Status.SKIPPED, "spam", 9), false);
        long kept = java.util.stream.Stream.of("c", "d", "e", "f")
                .filter(id -> !small.conversation(id, 100).isEmpty()).count();
        assertThat(kept).as("at most two conversations are kept").isLessThanOrEqualTo(2);
    }
}
