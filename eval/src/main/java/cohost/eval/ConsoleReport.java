package cohost.eval;

import cohost.eval.Results.ConversationResult;
import cohost.eval.Results.ReplayResult;
import cohost.eval.Results.RunResult;
import cohost.eval.Results.SuiteResult;
import cohost.eval.Results.TurnResult;
import cohost.eval.Results.Verdict;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The summary printed at the end of a run: what failed and why, counts, pass^k and latency. */
final class ConsoleReport {
    private ConsoleReport() {
    }

    static String render(RunResult r) {
        StringBuilder b = new StringBuilder();
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        int turns = 0, failedChecks = 0, skippedChecks = 0;
        for (SuiteResult s : r.suites()) {
            for (ConversationResult c : s.conversations()) {
                counts.merge(c.verdict(), 1, Integer::sum);
                turns += c.turns().size();
                for (TurnResult t : c.turns()) {
                    failedChecks += (int) t.checks().stream().filter(Check::failed).count();
                    skippedChecks += (int) t.checks().stream().filter(x -> x.status() == Check.Status.SKIP).count();
                }
                if (c.verdict() == Verdict.FAIL || c.verdict() == Verdict.XPASS) {
                    b.append(c.verdict()).append(' ').append(c.suite()).append(':').append(c.line()).append(' ')
                            .append(c.id()).append(r.repeat() > 1 ? " (run " + c.run() + ")" : "").append('\n');
                    if (c.verdict() == Verdict.XPASS) {
                        b.append("  passed although marked xfail (\"").append(c.xfail()).append("\"): remove the mark\n");
                    }
                    if (c.error() != null) b.append("  error: ").append(c.error()).append('\n');
                    for (TurnResult t : c.turns()) {
                        for (Check k : t.checks()) {
                            if (!k.failed()) continue;
                            b.append("  turn ").append(t.id()).append(" (line ").append(t.line()).append(") ")
                                    .append(k).append('\n');
                            b.append("    said:  ").append(t.text()).append('\n');
                            b.append("    reply: ").append(t.observation().text()).append('\n');
                        }
                    }
                }
            }
            for (ReplayResult rr : s.replays()) {
                counts.merge(rr.verdict(), 1, Integer::sum);
                b.append(rr.verdict()).append(" replay ").append(rr.id()).append(": ").append(rr.messages())
                        .append(" messages: ").append(rr.outcomeSummary()).append("; ").append(rr.replies()).append(" replies, ")
                        .append(String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms",
                                ReplayExpectation.percentile(rr.startedMs(), 50),
                                ReplayExpectation.percentile(rr.startedMs(), 95))).append('\n');
                if (rr.error() != null) b.append("  error: ").append(rr.error()).append('\n');
                for (Check k : rr.checks()) b.append("  ").append(k).append('\n');
            }
        }
        b.append(String.format(Locale.ROOT, "%n%d passed, %d failed, %d xfail, %d xpass (%d turns; %d failed and %d skipped"
                        + " assertions) against %s in %.1f s%n", counts.getOrDefault(Verdict.PASS, 0),
                counts.getOrDefault(Verdict.FAIL, 0), counts.getOrDefault(Verdict.XFAIL, 0),
                counts.getOrDefault(Verdict.XPASS, 0), turns, failedChecks, skippedChecks, r.target(),
                r.wallMs() / 1000.0));
        if (r.repeat() > 1) {
            List<String> ks = new ArrayList<>();
            for (int k = 1; k <= r.repeat(); k++) {
                ks.add(String.format(Locale.ROOT, "pass^%d %.3f", k, r.passHatK()[k - 1]));
            }
            b.append(String.join("  ", ks)).append('\n');
        }
        List<Double> lat = Reports.turnLatencies(r);
        if (!lat.isEmpty()) {
            b.append(String.format(Locale.ROOT, "reply started: p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d turns%n",
                    ReplayExpectation.percentile(lat, 50), ReplayExpectation.percentile(lat, 95),
                    lat.get(lat.size() - 1), lat.size()));
        }
        if (r.coverage() != null) b.append(coverage(r.coverage()));
        return b.toString();
    }

    /** Each table's covered cells, then its gaps grouped by row: "order_status: ar id ja". */
    static String coverage(Coverage c) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "coverage: %.1f%% of cells (%s)%n", c.share() * 100,
                String.join(", ", c.tables().stream().map(t -> t.name() + " " + t.covered() + "/" + t.cells()).toList())));
        for (Coverage.Table t : c.tables()) {
            if (t.gaps().isEmpty()) continue;
            b.append("  never exercised, ").append(t.name()).append(":\n");
            for (int i = 0; i < t.rows().size(); i++) {
                List<String> missing = new ArrayList<>();
                for (int j = 0; j < t.columns().size(); j++) if (t.counts()[i][j] == 0) missing.add(t.columns().get(j));
                if (missing.isEmpty()) continue;
                b.append("    ").append(t.rows().get(i)).append(": ")
                        .append(missing.size() == t.columns().size() ? "every " + t.columnAxis() : String.join(" ", missing))
                        .append('\n');
            }
        }
        return b.toString();
    }
}
