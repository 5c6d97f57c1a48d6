package cohost.eval;

import cohost.eval.Results.RunResult;
import cohost.eval.Results.TurnResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The whole room is scriptable: the host starting and stopping talking, the product on screen (without using up a
 * turn id) and speech turns from WAV files; each step shown to work and to fail when the room does otherwise.
 */
class RoomStepsTest {
    @TempDir
    Path dir;

    Path write(String yaml) throws Exception {
        Path f = dir.resolve("suite.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    RunResult run(String yaml, double speed) throws Exception {
        return new EvalRun(null, null, null, 1, speed, 15_000, null).run(EvalRun.load(write(yaml)), s -> { });
    }

    static TurnResult turn(RunResult r, String id) {
        return r.suites().getFirst().conversations().getFirst().turns().stream().filter(t -> t.id().equals(id))
                .findFirst().orElseThrow();
    }

    static Check check(TurnResult t, String assertion) {
        return t.checks().stream().filter(c -> c.assertion().equals(assertion)).findFirst().orElseThrow();
    }

    @Test
    void showingAndHostSpeakingStepsTakeNoTurnId() throws Exception {
        Suite s = SuiteParser.parse(write("""
                conversations:
                  - id: c
                    turns:
                      - showing: LL-AUD-0002
                      - host.speaking: on
                      - customer: "how much is this one?"
                      - host.speaking: off
                        after: {event: outcome, of: t1}
                      - showing: LL-AUD-0008
                      - customer: "and this one?"
                """));
        var c = s.conversations().getFirst();
        assertThat(c.turns()).extracting(Suite.TurnSpec::id).containsExactly("t1", "t2");
        assertThat(c.steps()).hasSize(6);
        assertThat(c.isRoom()).as("the host speaking makes it a live room").isTrue();
    }

    @Test
    void aBadHostSpeakingStepIsReportedWhereItIs() throws Exception {
        Path f = write("""
                conversations:
                  - id: c
                    turns:
                      - host.speaking: loudly
                      - host.speaking: on
                        expect: {no_reply: true}
                      - customer: "hi"
                """);
        SuiteException e = assertThrows(SuiteException.class, () -> SuiteParser.parse(f));
        assertThat(e.problems().stream().map(Objects::toString).toList())
                .anySatisfy(p -> assertThat(p).contains(":4:").contains("'host.speaking' is on or off, found 'loudly'"))
                .anySatisfy(p -> assertThat(p).contains(":6:").contains("takes only 'at' or 'after', not 'expect'"));
    }

    static final String HOST_TALKS = """
            pace: 20
            conversations:
              - id: host-talks
                lang: en
                speakers:
                  amy: {role: viewer, name: Amy, lang: en, country: US}
                  bo: {role: viewer, name: Bo, lang: en, country: US}
                turns:
                  - amy: "How long does shipping to the US take and how much does it cost?"
                    id: q1
                    expect: {cancelled: host_speaking}
                  - host.speaking: on
                    after: {event: reply.started, of: q1}
                  - bo: "Can I return it? How many days do I have?"
                    id: q2
                    after: {event: reply.cancelled, of: q1}
                    expect: {no_reply: %s, intent: returns}
                  - host.speaking: off
                    after: {event: reply.cancelled, of: q1, delay: 2s}
            """;

    @Test
    void theHostSpeakingCancelsTheReplyInFlightAndHoldsNewOnesUntilOff() throws Exception {
        RunResult r = run(HOST_TALKS.formatted("1s"), 1);
        assertThat(check(turn(r, "q1"), "cancelled").status()).isEqualTo(Check.Status.PASS);
        Check held = check(turn(r, "q2"), "no_reply");
        assertThat(held.status()).as(held.toString()).isEqualTo(Check.Status.PASS);
        assertThat(held.detail()).contains("one started later");
        assertThat(check(turn(r, "q2"), "intent").status()).as("answered once the host stopped").isEqualTo(Check.Status.PASS);
    }

    @Test
    void aQuestionHeldWhileTheHostSpeaksIsStillAnsweredAfterwards() throws Exception {
        RunResult r = run(HOST_TALKS.formatted("true"), 1);
        Check held = check(turn(r, "q2"), "no_reply");
        assertThat(held.failed()).as("the held question is answered once the host stops").isTrue();
        assertThat(held.detail()).startsWith("got reply ");
    }

    @Test
    void aHostSpeechTurnFromAWavHoldsTheRoomLikeAServerDoes() throws Exception {
        Files.copy(Path.of("src/test/resources/speech/aishell-BAC009S0724W0121.wav"), dir.resolve("host.wav"));
        RunResult r = run("""
                pace: 20
                conversations:
                  - id: host-speech
                    lang: en
                    speakers:
                      amy: {role: viewer, name: Amy, lang: en, country: US}
                    turns:
                      - amy: "How long does shipping to the US take and how much does it cost?"
                        id: q
                        expect: {cancelled: host_speaking}
                      - from: host
                        audio: host.wav
                        text: "OK everyone, next product!"
                        after: {event: reply.started, of: q}
                """, 20);
        assertThat(check(turn(r, "q"), "cancelled").status()).as(turn(r, "q").toString()).isEqualTo(Check.Status.PASS);
        // typed, the same words cancel with another reason: the step is what made it speech
        RunResult typed = run("""
                pace: 20
                conversations:
                  - id: host-typed
                    speakers:
                      amy: {role: viewer, name: Amy, lang: en, country: US}
                    turns:
                      - amy: "How long does shipping to the US take and how much does it cost?"
                        id: q
                        expect: {cancelled: host_speaking}
                      - host: "OK everyone, next product!"
                        after: {event: reply.started, of: q}
                """, 20);
        Check c = check(turn(typed, "q"), "cancelled");
        assertThat(c.failed()).isTrue();
        assertThat(c.detail()).isEqualTo("cancelled for host_spoke, expected host_speaking");
    }

    @Test
    void anAudioTurnNeedsAWavThatExists() throws Exception {
        Path f = write("""
                conversations:
                  - id: c
                    turns:
                      - customer: "hi"
                        audio: missing.wav
                """);
        SuiteException e = assertThrows(SuiteException.class, () -> SuiteParser.parse(f));
        assertThat(e.problems().toString()).contains("audio file").contains("missing.wav not found");
        assertThat(RemoteTarget.Wav.read(Path.of("src/test/resources/speech/aishell-BAC009S0724W0121.wav")).sampleRate())
                .isEqualTo(16000);
    }
}
