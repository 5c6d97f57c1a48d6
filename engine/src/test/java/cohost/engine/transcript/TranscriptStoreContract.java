package cohost.engine.transcript;

import cohost.engine.Intent;
import cohost.engine.Role;
import cohost.engine.Source;
import cohost.engine.Speaker;
import cohost.engine.Turn;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link TranscriptStore} does, whatever keeps it (memory, SQLite, PostgreSQL): each implementation's test
 * extends this with {@link #store()} returning a fresh, empty store (its ids may be shared with other tests' data, so
 * each test uses ids of its own).
 */
public abstract class TranscriptStoreContract {

    /** A fresh store to write to and read from. */
    protected abstract TranscriptStore store();

    protected static final Instant T0 = Instant.parse("2026-12-03T10:15:30.123456789Z");
    protected static final Speaker ANA = Speaker.viewer("v-ana", "Ana 🌸", "pt", "BR");

    protected static Turn message(String id, Speaker who, String text, Turn.Status status, String detail, int second) {
        return new Turn(id, who, text, "pt", Intent.SHIPPING, List.of(), status, detail, T0.plusSeconds(second));
    }

    protected static Turn reply(String id, String text, Turn.Status status, String detail, int second) {
        return new Turn(id, Speaker.COHOST, text, "pt", Intent.SHIPPING,
                List.of(new Source("shipping", "br-standard"), new Source("faq", "faq-duties")), status, detail,
                T0.plusSeconds(second));
    }

    /** The turn with what the host reads for it (a message's gist, a reply in the host's language). */
    protected static Turn withForHost(Turn t, String forHost) {
        return new Turn(t.id(), t.speaker(), t.text(), t.lang(), t.intent(), t.sources(), t.status(), t.detail(), t.at(),
                forHost);
    }

    @Test
    void aConversationReadsBackEveryTurnAsWrittenWithEveryField() {
        TranscriptStore store = store();
        Turn asked = withForHost(message("m1", ANA, "quanto custa o frete? 📦\nurgente", Turn.Status.RECEIVED, "r1",
                0), "[运费 → 巴西]");
        Turn answered = withForHost(reply("r1", "@Ana 🌸 Frete para o Brasil: 9,99 US$.", Turn.Status.ANSWERED, null,
                1), "运费：9.99美元。");
        Turn cut = reply("r2", "@Ana Pelos Correios", Turn.Status.CUT, "host_spoke", 2);
        Turn bare = new Turn("m3", Speaker.customer("c-9", null, null, null), "ok", null, null, List.of(),
                Turn.Status.SKIPPED, "chatter", T0.plusSeconds(3));
        store.conversationTurn("contract-c1", asked, false);
        store.conversationTurn("contract-c1", answered, false);
        store.conversationTurn("contract-c1", cut, false);
        store.conversationTurn("contract-c1", bare, false);

        assertThat(store.conversation("contract-c1", 100)).containsExactly(asked, answered, cut, bare);
    }

    @Test
    void aConversationNeverUsedReadsEmptyAndIdsAreNotPrefixes() {
        TranscriptStore store = store();
        store.conversationTurn("contract-c2x", message("m1", ANA, "oi", Turn.Status.SKIPPED, "chatter", 0), false);
        assertThat(store.conversation("contract-c2", 100)).isEmpty();
        assertThat(store.conversation("contract-c2x", 100)).hasSize(1);
        assertThat(store.room("contract-c2x", 100)).as("conversations and rooms are apart").isEmpty();
    }

    @Test
    void aMessageRecordedAfterTheReplyItNamesReadsBeforeIt() {
        TranscriptStore store = store();
        Turn answered = reply("r1", "@Ana Frete: 9,99 US$.", Turn.Status.ANSWERED, null, 1);
        Turn asked = message("m1", ANA, "frete?", Turn.Status.RECEIVED, "r1", 0);
        Turn joinedLater = message("m2", Speaker.viewer("v-bo", "Bo", "pt", "BR"), "frete??", Turn.Status.JOINED,
                "r1", 5);
        store.conversationTurn("contract-c3", answered, false);
        store.conversationTurn("contract-c3", asked, false);
        store.conversationTurn("contract-c3", joinedLater, false);

        assertThat(store.conversation("contract-c3", 100)).extracting(Turn::id).containsExactly("m1", "m2", "r1");
    }

    @Test
    void aRoomTranscriptKeepsTheRoomsOwnOrderAndIsKeptApartFromOtherRooms() {
        TranscriptStore store = store();
        Turn answered = reply("r1", "Frete: 9,99 US$.", Turn.Status.ANSWERED, null, 1);
        Turn joined = message("m2", ANA, "frete?", Turn.Status.JOINED, "r1", 2);
        Turn host = new Turn("h1", Speaker.host(), "大家好", "zh", Intent.CHATTER, List.of(), Turn.Status.SKIPPED,
                "chatter", T0.plusSeconds(3));
        Turn held = withForHost(message("m3", ANA, "e o prazo?", Turn.Status.HELD, Turn.HELD_REASON, 4), "[运费]");
        store.roomTurn("contract-room-a", answered);
        store.roomTurn("contract-room-a", joined);
        store.roomTurn("contract-room-b", host);
        store.roomTurn("contract-room-a", host);
        store.roomTurn("contract-room-a", held);

        assertThat(store.room("contract-room-a", 100)).containsExactly(answered, joined, host, held);
        assertThat(store.room("contract-room-b", 100)).containsExactly(host);
        assertThat(store.room("contract-room-c", 100)).isEmpty();
    }

    @Test
    void aReadGivesTheLatestTurnsOldestFirst() {
        TranscriptStore store = store();
        for (int i = 0; i < 30; i++) {
            store.roomTurn("contract-room-long", message("m" + i, ANA, "n" + i, Turn.Status.SKIPPED, "spam", i));
            store.conversationTurn("contract-c-long", message("m" + i, ANA, "n" + i, Turn.Status.SKIPPED, "spam", i),
                    false);
        }
        assertThat(store.room("contract-room-long", 3)).extracting(Turn::id).containsExactly("m27", "m28", "m29");
        assertThat(store.conversation("contract-c-long", 3)).extracting(Turn::id).containsExactly("m27", "m28", "m29");
    }

    @Test
    void handoffsNameTheAskerAndWhatTheyAskedNewestFirst() {
        TranscriptStore store = store();
        Speaker kim = Speaker.customer("c-kim", "Kim", "en", null);
        Turn asked = new Turn("k1", kim, "do you ship to Australia?", "en", Intent.SHIPPING, List.of(),
                Turn.Status.RECEIVED, "r-h1", T0);
        Turn offered = new Turn("r-h1", Speaker.COHOST, "I won't guess: a teammate will answer.", "en",
                Intent.SHIPPING, List.of(), Turn.Status.ANSWERED, null, T0.plusSeconds(1));
        store.conversationTurn("contract-desk-kim", asked, false);
        store.conversationTurn("contract-desk-kim", offered, true);
        Turn second = message("m9", ANA, "quero falar com alguém", Turn.Status.RECEIVED, "r-h2", 4);
        Turn secondReply = reply("r-h2", "Um colega vai responder.", Turn.Status.ANSWERED, null, 5);
        store.conversationTurn("contract-room/viewer/v-ana", second, false);
        store.conversationTurn("contract-room/viewer/v-ana", secondReply, true);
        store.conversationTurn("contract-room/viewer/v-ana", reply("r-no", "Frete: 9,99.", Turn.Status.ANSWERED,
                null, 6), false);

        List<Handoff> handoffs = store.handoffs(100).stream()
                .filter(h -> h.conversationId().startsWith("contract-")).toList();
        assertThat(handoffs).containsExactly(
                new Handoff("contract-room/viewer/v-ana", second, secondReply),
                new Handoff("contract-desk-kim", asked, offered));
        assertThat(handoffs.getFirst().question().speaker().role()).isEqualTo(Role.VIEWER);
    }
}
