package cohost.wire;

import cohost.engine.Intent;
import cohost.engine.ReplyEvent;
import cohost.engine.ReplyResult;
import cohost.engine.Source;
import cohost.engine.Speaker;
import cohost.engine.Turn;
import cohost.engine.room.RoomEvent;
import cohost.engine.room.SkipReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's events as the wire carries them: one mapping for the server and the in-process eval target. */
class EngineToWireTest {
    static final List<Source> SOURCES = List.of(new Source("shipping", "br-standard"));
    static final Speaker ANA = Speaker.viewer("v1", "Ana", "pt", "BR");

    @Test
    void everyReplyStartIsMarkedAsAi() {
        ReplyEvent.Started started = new ReplyEvent.Started("r1", List.of("m1"), "pt");
        assertThat(WireJson.write(EngineToWire.frame(started))).as("desk: server-sent event")
                .isEqualTo("{\"type\":\"reply.started\",\"replyId\":\"r1\",\"inReplyTo\":[\"m1\"],\"lang\":\"pt\",\"ai\":true}");
        assertThat(WireJson.write(EngineToWire.frame(new RoomEvent.ReplyUpdate(started, Intent.SHIPPING, "运费？"))))
                .as("live room: with the intent and the gist in the host's language")
                .isEqualTo("{\"type\":\"reply.started\",\"replyId\":\"r1\",\"inReplyTo\":[\"m1\"],\"lang\":\"pt\","
                        + "\"intent\":\"shipping\",\"gist\":\"运费？\",\"ai\":true}");
        assertThat(EngineToWire.reply(result(false)).ai()).as("desk: JSON answer").isTrue();
    }

    @Test
    void aRoomsReplyDoneSaysItsIntent() {
        ReplyEvent.Done done = new ReplyEvent.Done("r1", "Frete: 15-30 dias.", "pt", SOURCES, "运费：15-30天。");
        assertThat(EngineToWire.frame(new RoomEvent.ReplyUpdate(done, Intent.SHIPPING, "运费？")))
                .isEqualTo(new ServerFrame.ReplyDone("r1", "Frete: 15-30 dias.", "pt", SOURCES, "运费：15-30天。",
                        "shipping", null, null));
    }

    @Test
    void theDesksLastEventComesFromTheResultWithIntentHandoffAndLatency() {
        assertThat(EngineToWire.end(result(false))).isEqualTo(new ServerFrame.ReplyDone("r1", "Frete: 15-30 dias.",
                "pt", SOURCES, "运费：15-30天。", "shipping", false, 2.5));
        assertThat(EngineToWire.end(result(true))).isEqualTo(new ServerFrame.ReplyCancelled("r1", "client_gone",
                "Frete: 15-30 dias.", "shipping", false, 2.5));
    }

    @Test
    void aDeskReplySaysCancelledOnlyWhenItWas() {
        assertThat(WireJson.write(EngineToWire.reply(result(false)))).doesNotContain("cancel");
        DeskReply cut = EngineToWire.reply(result(true));
        assertThat(cut.cancelled()).isTrue();
        assertThat(cut.cancelReason()).isEqualTo("client_gone");
    }

    @Test
    void roomOutcomesNameTheMessage() {
        assertThat(EngineToWire.frame(new RoomEvent.Message("m1", ANA, "frete?", "pt", Intent.SHIPPING, "运费？")))
                .isEqualTo(new ServerFrame.Message("m1", "viewer", new Person("v1", "Ana", "pt", "BR"), "frete?",
                        "pt", "shipping", "运费？"));
        assertThat(EngineToWire.frame(new RoomEvent.Joined("m2", "r1", "运费？")))
                .isEqualTo(new ServerFrame.Joined("m2", "r1", "运费？"));
        assertThat(EngineToWire.frame(new RoomEvent.Skipped("m3", SkipReason.RATE_LIMITED, null)))
                .isEqualTo(new ServerFrame.Skipped("m3", "rate_limited", null));
        assertThat(EngineToWire.frame(new RoomEvent.ReplyUpdate(new ReplyEvent.Cancelled("r1", "host_spoke", "Fre"),
                Intent.SHIPPING, null))).isEqualTo(new ServerFrame.ReplyCancelled("r1", "host_spoke", "Fre", null,
                null, null));
    }

    @Test
    void aTranscriptNamesTheCohostAsARole() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        Transcript t = EngineToWire.transcript("c1", List.of(
                new Turn("m1", ANA, "frete?", "pt", Intent.SHIPPING, List.of(), Turn.Status.RECEIVED, null, at),
                new Turn("r1", Speaker.COHOST, "Frete: ...", "pt", Intent.SHIPPING, SOURCES, Turn.Status.ANSWERED, null, at)));
        assertThat(t.turns()).extracting(Transcript.Turn::role).containsExactly("viewer", "cohost");
        assertThat(t.turns().get(0).speaker()).isEqualTo(new Person("v1", "Ana", "pt", "BR"));
        assertThat(t.turns().get(1).at()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void aMessageAnsweredAgainIsListedOnceWhereItWasSaidWithItsLatestOutcomeAndTheEarlierOnesNoted() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        Speaker bo = Speaker.viewer("v2", "Bo", "en", "US");
        Turn skipped = new Turn("m1", ANA, "frete pro brasil?", null, null, List.of(), Turn.Status.SKIPPED,
                "rate_limited", at);
        Turn other = new Turn("m2", bo, "lol", null, Intent.CHATTER, List.of(), Turn.Status.SKIPPED, "chatter",
                at.plusSeconds(1));
        // the operator has m1 answered now, then again: each time it is understood and answered anew
        Turn received = new Turn("m1", ANA, "frete pro brasil?", "pt", Intent.SHIPPING, List.of(),
                Turn.Status.RECEIVED, "r1", at);
        Turn r1 = new Turn("r1", Speaker.COHOST, "Frete: ...", "pt", Intent.SHIPPING, SOURCES, Turn.Status.CUT,
                "stopped", at.plusSeconds(60));
        Turn again = new Turn("m1", ANA, "frete pro brasil?", "pt", Intent.SHIPPING, List.of(), Turn.Status.RECEIVED,
                "r2", at);
        Turn r2 = new Turn("r2", Speaker.COHOST, "Frete: 15-30 dias.", "pt", Intent.SHIPPING, SOURCES,
                Turn.Status.ANSWERED, null, at.plusSeconds(90));

        Transcript t = EngineToWire.transcript("room-1", List.of(skipped, other, received, r1, again, r2));

        assertThat(t.turns()).extracting(Transcript.Turn::id).containsExactly("m1", "m2", "r1", "r2");
        Transcript.Turn m1 = t.turns().getFirst();
        assertThat(m1.status()).isEqualTo("received");
        assertThat(m1.detail()).isEqualTo("r2");
        assertThat(m1.lang()).as("as last understood").isEqualTo("pt");
        assertThat(m1.intent()).isEqualTo("shipping");
        assertThat(m1.earlier()).containsExactly(new Transcript.Outcome("skipped", "rate_limited"),
                new Transcript.Outcome("received", "r1"));
        assertThat(t.turns().get(1).earlier()).as("one outcome: nothing earlier").isEmpty();
        assertThat(WireJson.write(t.turns().get(1))).doesNotContain("earlier");
        assertThat(WireJson.write(m1)).contains("\"earlier\":[{\"status\":\"skipped\",\"detail\":\"rate_limited\"},"
                + "{\"status\":\"received\",\"detail\":\"r1\"}]");
    }

    private static ReplyResult result(boolean cancelled) {
        return new ReplyResult("r1", List.of("m1"), "Frete: 15-30 dias.", "pt", Intent.SHIPPING, SOURCES, false,
                "运费：15-30天。", cancelled, cancelled ? "client_gone" : null, 2.5);
    }

    @Test
    void aHeldMessageIsListedOnceAsHeldUntilItsOutcomeReplacesIt() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        Turn held = new Turn("m1", ANA, "frete?", "pt", Intent.SHIPPING, List.of(), Turn.Status.HELD,
                Turn.HELD_REASON, at, "[运费 → 巴西]");
        Transcript waiting = EngineToWire.transcript("room-1", List.of(held));
        assertThat(waiting.turns()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("held");
            assertThat(m.gist()).isEqualTo("[运费 → 巴西]");
        });

        Turn received = new Turn("m1", ANA, "frete?", "pt", Intent.SHIPPING, List.of(), Turn.Status.RECEIVED, "r1", at,
                "[运费 → 巴西]");
        Turn r1 = new Turn("r1", Speaker.COHOST, "Frete: 15-30 dias.", "pt", Intent.SHIPPING, SOURCES,
                Turn.Status.ANSWERED, null, at.plusSeconds(9), "运费：15-30天。");
        Transcript answered = EngineToWire.transcript("room-1", List.of(held, received, r1));
        assertThat(answered.turns()).extracting(Transcript.Turn::id).containsExactly("m1", "r1");
        Transcript.Turn m1 = answered.turns().getFirst();
        assertThat(m1.status()).isEqualTo("received");
        assertThat(m1.earlier()).as("held is no outcome: replaced, not listed").isEmpty();
        assertThat(m1.hostText()).isNull();
        assertThat(answered.turns().get(1).hostText()).isEqualTo("运费：15-30天。");
        assertThat(answered.turns().get(1).gist()).isNull();
        assertThat(WireJson.write(answered)).contains("\"gist\":\"[运费 → 巴西]\"", "\"hostText\":\"运费：15-30天。\"");
    }
}
