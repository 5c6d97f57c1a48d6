package cohost.eval;

import cohost.eval.Results.RunResult;
import cohost.eval.Results.TurnResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code no_reply} and {@code absent} on a live room in-process (the demo store): each passes on silence and fails,
 * saying what was said, when the co-host speaks; a reply cut part-way is judged on the words delivered.
 */
class NegativeAssertionsTest {
    @TempDir
    Path dir;

    RunResult run(String yaml, double speed) throws Exception {
        Path f = dir.resolve("suite.yaml");
        Files.writeString(f, yaml);
        List<Suite> suites = EvalRun.load(f);
        return new EvalRun(null, null, null, 1, speed, 15_000, null).run(suites, s -> { });
    }

    static Map<String, TurnResult> turns(RunResult r) {
        return r.suites().getFirst().conversations().stream().flatMap(c -> c.turns().stream().map(t ->
                        new TurnResult(c.id() + "/" + t.id(), t.speaker(), t.role(), t.text(), t.line(), t.observation(), t.checks())))
                .collect(Collectors.toMap(TurnResult::id, Function.identity()));
    }

    static Check only(TurnResult t, String assertion) {
        return t.checks().stream().filter(c -> c.assertion().equals(assertion)).findFirst().orElseThrow();
    }

    @Test
    void noReplyPassesForChatterAndFailsNamingTheReplyToAQuestion() throws Exception {
        RunResult r = run("""
                conversations:
                  - id: room
                    speakers:
                      ana: {role: viewer, name: Ana, lang: en, country: US}
                    turns:
                      - ana: "kkkk"
                        expect: {no_reply: true, intent: shipping}
                      - ana: "How long does shipping to the US take?"
                        expect: {no_reply: true}
                      - ana: "jajaja 😂"
                        expect: {no_reply: 2s}
                """, 20);
        Map<String, TurnResult> t = turns(r);
        Check chatter = only(t.get("room/t1"), "no_reply");
        assertThat(chatter.status()).isEqualTo(Check.Status.PASS);
        assertThat(chatter.detail()).startsWith("skipped (");
        Check understood = only(t.get("room/t1"), "intent");
        assertThat(understood.failed()).isTrue();
        assertThat(understood.detail()).startsWith("expected shipping, got ").contains("(as understood; the message was skipped");
        Check question = only(t.get("room/t2"), "no_reply");
        assertThat(question.failed()).isTrue();
        assertThat(question.detail()).startsWith("got reply ").contains("days");
        assertThat(only(t.get("room/t3"), "no_reply").status()).isEqualTo(Check.Status.PASS);
        assertThat(r.failed()).isTrue();
    }

    @Test
    void absentFailsWhenAnyReplyInTheWindowSaysThePatternAndPassesOtherwise() throws Exception {
        RunResult r = run("""
                conversations:
                  - id: room
                    speakers:
                      ana: {role: viewer, name: Ana, lang: en, country: US}
                      bo: {role: viewer, name: Bo, lang: en, country: US}
                    turns:
                      - ana: "kkkkk"
                        id: quiet
                        expect: {absent: ["days", "/ship+ing/"]}
                      - bo: "How long does shipping to the US take?"
                        id: asks
                        expect: {absent: {patterns: ["/\\\\bdays?\\\\b/", "free forever"], within: 10s}}
                """, 20);
        Map<String, TurnResult> t = turns(r);
        Check quiet = only(t.get("room/quiet"), "absent");
        assertThat(quiet.status()).as(quiet.toString()).isEqualTo(Check.Status.PASS);
        assertThat(quiet.detail()).contains("until the room was idle");
        Check asks = only(t.get("room/asks"), "absent");
        assertThat(asks.failed()).isTrue();
        assertThat(asks.detail()).contains("\"/\\bdays?\\b/\" in reply").contains("(to asks)").doesNotContain("free forever\"");
    }

    @Test
    void aCutReplyIsJudgedOnTheDeliveredWordsWithTheRealReasons() throws Exception {
        RunResult r = run("""
                pace: 20
                conversations:
                  - id: room
                    speakers:
                      ana: {role: viewer, name: Ana, lang: en, country: US}
                    turns:
                      - ana: "How long does shipping to the US take and how much does it cost?"
                        id: q
                        expect:
                          cancelled: host_spoke
                          intent: shipping
                          grounded: true
                          handoff: false
                          facts: ["$999"]
                          no_reply: true
                      - host: "OK everyone, next product!"
                        after: {event: reply.delta, of: q}
                """, 20);
        TurnResult q = turns(r).get("room/q");
        assertThat(only(q, "cancelled").status()).isEqualTo(Check.Status.PASS);
        assertThat(only(q, "intent").status()).as("a live room says the intent on reply.started").isEqualTo(Check.Status.PASS);
        assertThat(only(q, "grounded").detail()).contains("cut (host_spoke) before its sources were sent");
        assertThat(only(q, "handoff").status()).isEqualTo(Check.Status.SKIP);
        assertThat(only(q, "handoff").detail()).contains("cut (host_spoke)").doesNotContain("does not report");
        assertThat(only(q, "facts").detail()).contains("characters delivered before the cut: host_spoke");
        assertThat(only(q, "no_reply").failed()).as("a cut reply is still a reply").isTrue();
        assertThat(only(q, "no_reply").detail()).contains("(cut: host_spoke)");
    }

    @Test
    void theParserReadsWindowsAndRejectsNonsense() throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, """
                conversations:
                  - id: c
                    turns:
                      - host: "hi"
                        expect: {no_reply: false, absent: {patterns: ["/(unclosed/"], within: soon}}
                """);
        SuiteException e = org.junit.jupiter.api.Assertions.assertThrows(SuiteException.class, () -> SuiteParser.parse(f));
        assertThat(e.problems().stream().map(SuiteProblem::toString).toList())
                .anySatisfy(p -> assertThat(p).contains("'no_reply: false' says nothing"))
                .anySatisfy(p -> assertThat(p).contains("bad regular expression /(unclosed/"))
                .anySatisfy(p -> assertThat(p).contains("bad duration for 'absent within'"));
    }
}
