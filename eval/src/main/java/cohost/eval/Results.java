package cohost.eval;

import java.util.List;
import java.util.Map;

/** What a run found, as the reports show it. */
public final class Results {
    private Results() {
    }

    /** How a conversation or replay came out. XFAIL: failed as expected; XPASS: passed though marked xfail. */
    public enum Verdict { PASS, FAIL, XFAIL, XPASS }

    static Verdict verdict(boolean failed, String xfail) {
        if (xfail == null) return failed ? Verdict.FAIL : Verdict.PASS;
        return failed ? Verdict.XFAIL : Verdict.XPASS;
    }

    /**
     * One turn as run. For coverage: {@code lang} and {@code country} of the speaker as declared (or the
     * conversation's language), the intent the turn asserts, and the one the room understood (its echo), each may be
     * null.
     */
    public record TurnResult(String id, String speaker, String role, String text, int line, Observation observation,
                             List<Check> checks, String lang, String country, String expectedIntent,
                             String understoodIntent) {
        public TurnResult(String id, String speaker, String role, String text, int line, Observation observation,
                          List<Check> checks) {
            this(id, speaker, role, text, line, observation, checks, null, null, null, null);
        }

        public boolean failed() {
            return checks.stream().anyMatch(Check::failed);
        }
    }

    /** @param kind "desk" or "room"; @param run 1..N with --repeat */
    public record ConversationResult(String suite, String id, String description, String kind, String xfail, int run,
                                     int line, List<TurnResult> turns, String error) {
        public boolean failed() {
            return error != null || turns.stream().anyMatch(TurnResult::failed);
        }

        public Verdict verdict() {
            return Results.verdict(failed(), xfail);
        }
    }

    /**
     * @param outcomes  messages per outcome (replied, joined, skipped, none)
     * @param startedMs send-to-reply.started (or joined) latency of each answered message, sorted
     * @param samples   a few finished replies, one per language, to show in reports
     */
    public record ReplayResult(String suite, String id, String description, String xfail, int run, int line,
                               int messages, long durationMs, double speed, Map<String, Integer> outcomes,
                               Map<String, Integer> skipReasons, int replies, List<Double> startedMs,
                               List<ReplayExpectation.ReplyText> samples, List<Check> checks, String error) {
        /** "90 replied, 685 joined, 1625 skipped (duplicate 23, rate_limited 1602), 0 without an outcome". */
        public String outcomeSummary() {
            StringBuilder b = new StringBuilder();
            b.append(outcomes.getOrDefault("replied", 0)).append(" replied, ").append(outcomes.getOrDefault("joined", 0))
                    .append(" joined, ").append(outcomes.getOrDefault("skipped", 0)).append(" skipped");
            if (!skipReasons.isEmpty()) {
                b.append(" (").append(String.join(", ", skipReasons.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).toList())).append(")");
            }
            int none = outcomes.getOrDefault("none", 0);
            return b.append(none == 0 ? "" : ", " + none + " without an outcome").toString();
        }

        public boolean failed() {
            return error != null || checks.stream().anyMatch(Check::failed);
        }

        public Verdict verdict() {
            return Results.verdict(failed(), xfail);
        }
    }

    /** One suite file's results over every run. */
    public record SuiteResult(String file, String name, List<ConversationResult> conversations,
                              List<ReplayResult> replays) {
    }

    /**
     * The whole run.
     *
     * @param passHatK pass^k for k = 1..repeat (index 0 is pass^1), over conversations and replays not marked xfail
     */
    public record RunResult(String target, int repeat, double speed, List<SuiteResult> suites, double[] passHatK,
                            long wallMs, Coverage coverage) {
        public RunResult(String target, int repeat, double speed, List<SuiteResult> suites, double[] passHatK, long wallMs) {
            this(target, repeat, speed, suites, passHatK, wallMs, null);
        }

        public boolean failed() {
            return suites.stream().anyMatch(s -> s.conversations().stream().anyMatch(c -> c.verdict() == Verdict.FAIL)
                    || s.replays().stream().anyMatch(r -> r.verdict() == Verdict.FAIL));
        }
    }
}
