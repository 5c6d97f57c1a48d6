package cohost.eval;

import cohost.engine.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SuiteParserTest {
    @TempDir
    Path dir;

    Path write(String yaml) throws IOException {
        Path f = dir.resolve("suite.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    List<String> problems(String yaml) throws IOException {
        Path f = write(yaml);
        SuiteException e = catchThrowableOfType(SuiteException.class, () -> SuiteParser.parse(f));
        assertThat(e).as("the suite should be rejected").isNotNull();
        return e.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
    }

    @Test
    void readsAConversationWithSpeakersTimingAndAssertions() throws Exception {
        Suite s = SuiteParser.parse(write("""
                suite: barge-in
                kb: demo
                conversations:
                  - id: host-cuts-in
                    lang: pt
                    speakers:
                      ana: {role: viewer, lang: pt, country: BR, name: Ana}
                    turns:
                      - showing: SKU-1
                      - ana: "quanto custa o frete pro Brasil?"
                        id: q
                        expect:
                          cancelled: host_spoke
                      - host: "um momento, pessoal"
                        after: {event: reply.started, of: q, delay: 150ms}
                      - ana: "e o prazo?"
                        at: 2.5s
                        expect: {intent: shipping, facts: ["7-12 days", "$12.50"], not: free, grounded: true,
                                 handoff: false, within: 1500, outcome: replied}
                """));
        assertThat(s.name()).isEqualTo("barge-in");
        assertThat(s.kbDir()).isNull();
        Suite.Conversation c = s.conversations().get(0);
        assertThat(c.isRoom()).isTrue();
        assertThat(c.speakers()).containsOnlyKeys("ana", "host");
        assertThat(c.speakers().get("ana")).isEqualTo(new Suite.SpeakerDef("ana", Role.VIEWER, "ana", "Ana", "pt", "BR"));
        assertThat(c.steps()).hasSize(4);
        assertThat(c.steps().get(0)).isEqualTo(new Suite.Showing("SKU-1", Suite.Timing.SEQUENTIAL));
        Suite.TurnSpec hostTurn = c.turns().get(1);
        assertThat(hostTurn.timing()).isEqualTo(new Suite.Timing(null, "reply.started", "q", 150));
        Suite.TurnSpec last = c.turns().get(2);
        assertThat(last.timing().atMs()).isEqualTo(2500);
        assertThat(last.expect()).containsExactly(new Expectation.Intent("shipping"),
                new Expectation.Facts(List.of("7-12 days", "$12.50")), new Expectation.NotContains(List.of("free")),
                new Expectation.Grounded(), new Expectation.Handoff(false), new Expectation.Within(1500),
                new Expectation.Outcome("replied", null));
        assertThat(c.turns().get(0).expect()).containsExactly(new Expectation.Cancelled(true, "host_spoke"));
    }

    @Test
    void aSpeakersCountryIsACodeACountryNameOrACityOrRegionReadAsItsCode() throws Exception {
        Suite s = SuiteParser.parse(write("""
                conversations:
                  - id: places
                    speakers:
                      max: {role: viewer, country: München}
                      liam: {role: viewer, country: Toronto}
                      amy: {role: viewer, country: UK}
                      ana: {role: viewer, country: Brasil}
                    turns:
                      - max: "how long does shipping take?"
                      - liam: "and to me?"
                      - amy: "and me?"
                      - ana: "e pra mim?"
                """));
        var speakers = s.conversations().get(0).speakers();
        assertThat(speakers.get("max").country()).isEqualTo("DE");
        assertThat(speakers.get("liam").country()).isEqualTo("CA");
        assertThat(speakers.get("amy").country()).isEqualTo("GB");
        assertThat(speakers.get("ana").country()).isEqualTo("BR");
        assertThat(problems("""
                conversations:
                  - id: nowhere
                    speakers:
                      max: {role: viewer, country: Qwzxyville}
                    turns:
                      - max: "hi"
                """)).singleElement().asString().contains("country 'Qwzxyville' is not");
    }

    @Test
    void aLanguageIsAnIso6391CodeOrARegisteredWrittenVariant() throws Exception {
        Suite s = SuiteParser.parse(write("""
                conversations:
                  - id: tw
                    lang: zh-Hant
                    speakers:
                      mei: {role: viewer, lang: zh-Hant, country: TW}
                    turns:
                      - mei: "寄到日本要多久？"
                """));
        assertThat(s.conversations().get(0).lang()).isEqualTo("zh-Hant");
        assertThat(problems("""
                conversations:
                  - id: a
                    lang: zh-Hantt
                    turns:
                      - customer: hi
                """)).singleElement().asString().contains("language 'zh-Hantt' is not an ISO 639-1 code like pt", "zh-Hant");
    }

    @Test
    void aConversationOfCustomersIsADeskConversation() throws Exception {
        Suite s = SuiteParser.parse(write("""
                conversations:
                  - id: desk
                    turns:
                      - customer: "do you ship to Brazil?"
                """));
        assertThat(s.conversations().get(0).isRoom()).isFalse();
        assertThat(s.name()).isEqualTo("suite.yaml");
    }

    @Test
    void unknownKeysAreReportedWithLineColumnAndASuggestion() throws IOException {
        assertThat(problems("""
                conversations:
                  - id: a
                    turns:
                      - customer: hi
                        expct: {intent: greeting}
                """)).containsExactly("5:9 unknown key 'expct' in turn (did you mean 'expect'?) (a speaker must be "
                + "declared under 'speakers:' or be customer, host or moderator)");
    }

    @Test
    void badRolesUnknownAssertionsAndBadDurationsAreAllReported() throws IOException {
        assertThat(problems("""
                conversations:
                  - id: a
                    speakers:
                      ana: {role: buyer}
                    turns:
                      - ana: hi
                        at: soon
                        expect:
                          intnet: greeting
                          within: fast
                          intent: chitchat
                """)).containsExactly(
                "4:19 unknown role 'buyer': use viewer, host, moderator or customer",
                "7:13 bad duration for 'at': 'soon' (write 1200, 1200ms, 1.5s or 2min)",
                "9:11 unknown assertion 'intnet' (did you mean 'intent'?); assertions are [intent, lang, facts, not, "
                        + "grounded, handoff, outcome, skip_reason, cancelled, within, judge, no_reply, absent]",
                "10:19 bad duration for 'within': 'fast' (write 1200, 1200ms, 1.5s or 2min)",
                "11:19 unknown intent 'chitchat': use one of [shipping, returns, payment, product, order_status, "
                        + "greeting, handoff, out_of_scope, chatter, pinned]");
    }

    @Test
    void aBargeInMustNameAnEarlierTurn() throws IOException {
        assertThat(problems("""
                conversations:
                  - id: a
                    turns:
                      - host: stop
                        after: {event: reply.started, of: q1}
                      - customer: hi
                        id: q1
                """)).containsExactly("5:43 'of: q1' names no earlier turn");
    }

    @Test
    void invalidYamlIsReportedWhereTheParserStopped() throws IOException {
        List<String> p = problems("""
                conversations:
                  - id: a
                    turns: [
                """);
        assertThat(p).hasSize(1);
        assertThat(p.get(0)).contains("not valid YAML");
    }

    @Test
    void missingFilesAndWrongShapesAreExplained() throws IOException {
        assertThat(problems("""
                kb: no-such-kb
                conversations:
                  - id: a
                    turns:
                      - customer: hi
                        audio: missing.wav
                      - who: hi
                """)).containsExactly(
                "1:5 kb folder " + dir.resolve("no-such-kb") + " has no store.json (write 'kb: demo' for the demo store)",
                "6:16 audio file " + dir.resolve("missing.wav") + " not found",
                "7:9 unknown key 'who' in turn (a speaker must be declared under 'speakers:' or be "
                        + "customer, host or moderator)",
                "7:9 turn 2 has no speaker: write '<speaker>: text' or 'from: <speaker>'");
    }

    @Test
    void replaysAreGeneratedFromTemplatesReproducibly() throws Exception {
        String yaml = """
                replays:
                  - id: flood
                    showing: SKU-1
                    generate: {viewers: 50, rate: 40/s, duration: 5s, seed: 7,
                               templates: {pt: ["frete pro brasil?"], es: ["envío a méxico?", "cuánto tarda?"]}}
                    expect: {all_outcomes: true, min_join_rate: 0.5, same_facts: true, p95_started_within: 800ms}
                """;
        Suite a = SuiteParser.parse(write(yaml));
        Suite b = SuiteParser.parse(write(yaml));
        Suite.Replay r = a.replays().get(0);
        assertThat(r.messages()).hasSize(200).isEqualTo(b.replays().get(0).messages());
        assertThat(r.durationMs()).isLessThanOrEqualTo(5000);
        assertThat(r.messages()).extracting(Suite.ReplayMessage::lang).containsOnly("pt", "es");
        assertThat(r.messages().stream().map(Suite.ReplayMessage::viewer).distinct().count()).isLessThanOrEqualTo(50);
        assertThat(r.expect()).containsExactly(new ReplayExpectation.AllOutcomes(), new ReplayExpectation.MinJoinRate(0.5),
                new ReplayExpectation.SameFacts(), new ReplayExpectation.P95Started(800));
    }

    @Test
    void replayProblemsAreReported() throws IOException {
        assertThat(problems("""
                replays:
                  - id: flood
                    generate: {viewers: 50, rate: lots, templates: {pt: []}}
                    expect: {p95: 800ms}
                """)).containsExactly(
                "3:35 bad rate 'lots' (write 40/s or 600/min)",
                "3:57 no templates for pt",
                "4:14 unknown replay assertion 'p95'; replay assertions are [all_outcomes, "
                        + "min_join_rate, same_facts, facts, p95_started_within]");
    }
}
