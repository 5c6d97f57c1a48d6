package cohost.eval;

import cohost.eval.Results.ConversationResult;
import cohost.eval.Results.ReplayResult;
import cohost.eval.Results.RunResult;
import cohost.eval.Results.SuiteResult;
import cohost.eval.Results.TurnResult;
import cohost.eval.Results.Verdict;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static cohost.eval.Reports.xml;

/**
 * The report a person reads: one self-contained HTML file (inline CSS and SVG, no scripts from anywhere) with the
 * verdict of every conversation and turn, the reply text, each assertion's result, the facts the reply cited, and
 * latency charts.
 */
final class HtmlReport {
    private HtmlReport() {
    }

    static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1d232b;background:#f5f6f8}
            header{background:#1d232b;color:#fff;padding:18px 28px}header h1{margin:0 0 4px;font-size:22px}
            main{padding:18px 28px;max-width:1300px}section{background:#fff;border-radius:8px;padding:14px 18px;margin:0 0 16px;box-shadow:0 1px 2px #0002}
            h2{font-size:17px;margin:4px 0 10px}h3{font-size:15px;margin:10px 0 6px}
            .cards{display:flex;gap:12px;flex-wrap:wrap}.card{padding:10px 16px;border-radius:8px;min-width:90px;color:#fff}
            .card b{display:block;font-size:24px}.PASS{background:#1f883d}.FAIL{background:#cf222e}.XFAIL{background:#8c959f}.XPASS{background:#bf8700}.SKIP{background:#8c959f}
            .badge{display:inline-block;padding:1px 7px;border-radius:10px;color:#fff;font-size:12px;font-weight:600;margin-right:4px}
            details{border-top:1px solid #e4e7eb;padding:6px 0}summary{cursor:pointer}summary .id{font-weight:600}
            table{border-collapse:collapse;width:100%;margin:6px 0}td,th{border-bottom:1px solid #eef0f2;padding:5px 6px;vertical-align:top;text-align:left}
            th{font-size:12px;color:#57606a;font-weight:600}.reply{white-space:pre-wrap}.muted{color:#57606a;font-size:12px}
            .check{margin:1px 0}.check.fail{color:#cf222e;font-weight:600}.check.skip{color:#6e7781}
            .src{font-family:ui-monospace,monospace;font-size:12px;background:#f0f3f6;border-radius:4px;padding:0 4px;margin-right:3px}
            svg text{font:11px system-ui,sans-serif;fill:#57606a}
            table.cov{width:auto}table.cov td{text-align:center;min-width:28px;font-variant-numeric:tabular-nums}
            table.cov td.gap{background:#ffebe9;color:#cf222e}table.cov td.hit{background:#dafbe1}table.cov th.row{text-align:right}
            """;

    static String render(RunResult r) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cohost eval report</title>")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><style>").append(CSS)
                .append("</style></head><body>\n");
        b.append("<header><h1>Cohost eval report</h1><div>Target: ").append(xml(r.target()))
                .append(" &middot; ").append(xml(RunClock.describe(r.speed(), "in-process".equals(r.target()))))
                .append(" &middot; ").append(r.repeat()).append(r.repeat() == 1 ? " run" : " runs")
                .append(" &middot; ").append(fmt(r.wallMs() / 1000.0)).append(" s &middot; ")
                .append(xml(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT))))
                .append("</div></header>\n<main>\n");
        summary(b, r);
        if (r.coverage() != null) coverage(b, r.coverage());
        charts(b, r);
        for (SuiteResult s : r.suites()) {
            if (!s.replays().isEmpty()) replays(b, s);
            if (!s.conversations().isEmpty()) conversations(b, s, r.repeat());
        }
        return b.append("</main></body></html>\n").toString();
    }

    private static void summary(StringBuilder b, RunResult r) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) counts.put(v, 0);
        r.suites().forEach(s -> {
            s.conversations().forEach(c -> counts.merge(c.verdict(), 1, Integer::sum));
            s.replays().forEach(x -> counts.merge(x.verdict(), 1, Integer::sum));
        });
        b.append("<section><h2>Summary: ").append(r.failed() ? "FAILED" : "PASSED").append("</h2><div class=\"cards\">");
        counts.forEach((v, n) -> b.append("<div class=\"card ").append(v).append("\"><b>").append(n).append("</b>")
                .append(switch (v) {
                    case PASS -> "passed";
                    case FAIL -> "failed";
                    case XFAIL -> "expected failures";
                    case XPASS -> "unexpected passes";
                }).append("</div>"));
        b.append("</div>");
        if (r.repeat() > 1) {
            b.append("<h3>pass^k</h3><table><tr>");
            for (int k = 1; k <= r.repeat(); k++) b.append("<th>pass^").append(k).append("</th>");
            b.append("</tr><tr>");
            for (double p : r.passHatK()) b.append("<td>").append(String.format(Locale.ROOT, "%.3f", p)).append("</td>");
            b.append("</tr></table><div class=\"muted\">The chance that k runs of a conversation all pass (tau-bench), "
                    + "averaged over conversations and replays not marked xfail.</div>");
        }
        b.append("</section>\n");
    }

    private static void charts(StringBuilder b, RunResult r) {
        List<Double> lat = Reports.turnLatencies(r);
        if (lat.isEmpty()) return;
        b.append("<section><h2>Reply latency</h2><div class=\"muted\">From sending a message to its reply.started "
                + "(or to joining another reply): p50 ").append(fmt(ReplayExpectation.percentile(lat, 50)))
                .append(" ms, p95 ").append(fmt(ReplayExpectation.percentile(lat, 95))).append(" ms, max ")
                .append(fmt(lat.get(lat.size() - 1))).append(" ms over ").append(lat.size()).append(" turns.</div>");
        b.append("<h3>Histogram</h3>").append(histogram(lat, 900, 180));
        List<double[]> perTurn = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (SuiteResult s : r.suites()) {
            for (ConversationResult c : s.conversations()) {
                for (TurnResult t : c.turns()) {
                    if (t.observation().startedMs() == null) continue;
                    perTurn.add(new double[]{t.observation().startedMs(), t.failed() ? 1 : 0});
                    labels.add(c.id() + " / " + t.id());
                }
            }
        }
        if (perTurn.size() > SHOWN_TURNS) {
            // the slowest first, where a reader looks; every turn, in run order, one click away
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < perTurn.size(); i++) order.add(i);
            order.sort((x, y) -> Double.compare(perTurn.get(y)[0], perTurn.get(x)[0]));
            List<double[]> slow = order.subList(0, SHOWN_TURNS).stream().map(perTurn::get).toList();
            List<String> slowLabels = order.subList(0, SHOWN_TURNS).stream().map(labels::get).toList();
            b.append("<h3>The ").append(SHOWN_TURNS).append(" slowest turns</h3>")
                    .append(perTurnChart(slow, slowLabels, "slowest turns"))
                    .append("<details><summary>Every turn, in run order (").append(perTurn.size()).append(")</summary>")
                    .append(perTurnChart(perTurn, labels, "latency per turn")).append("</details>");
        } else {
            b.append("<h3>Per turn</h3>").append(perTurnChart(perTurn, labels, "latency per turn"));
        }
        b.append("</section>\n");
    }

    /** Bars of how many latencies fall in each of 20 equal bins from 0 to the maximum. */
    static String histogram(List<Double> sorted, int w, int h) {
        int bins = 20;
        double max = Math.max(1e-3, sorted.get(sorted.size() - 1));
        int[] counts = new int[bins];
        for (double v : sorted) counts[Math.min(bins - 1, (int) (v / max * bins))]++;
        int top = 1;
        for (int c : counts) top = Math.max(top, c);
        int left = 40, bottom = 24, plotW = w - left - 10, plotH = h - bottom - 10;
        StringBuilder s = new StringBuilder("<svg role=\"img\" aria-label=\"latency histogram\" width=\"" + w
                + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\">");
        double bw = (double) plotW / bins;
        for (int i = 0; i < bins; i++) {
            double bh = (double) counts[i] / top * plotH;
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#0969da\">"
                            + "<title>%s-%s ms: %d</title></rect>", left + i * bw + 1, 10 + plotH - bh, bw - 2, bh,
                    fmt(max * i / bins), fmt(max * (i + 1) / bins), counts[i]));
        }
        s.append(axis(left, 10 + plotH, plotW, top, "0 ms", fmt(max) + " ms"));
        return s.append("</svg>").toString();
    }

    /** Turns shown in the open chart; the rest are one click away. */
    static final int SHOWN_TURNS = 30;

    /**
     * One labelled horizontal bar per turn: "conversation / turn" on the left, the latency at the bar's end, red when
     * the turn failed.
     */
    private static String perTurnChart(List<double[]> values, List<String> labels, String ariaLabel) {
        double max = Math.max(1e-3, values.stream().mapToDouble(v -> v[0]).max().orElse(1));
        int row = 18, labelW = 330, valueW = 80, w = 900, barW = w - labelW - valueW, h = values.size() * row + 6;
        StringBuilder s = new StringBuilder("<svg role=\"img\" aria-label=\"" + ariaLabel + "\" width=\"" + w
                + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\">");
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i)[0], bw = Math.max(1, v / max * barW);
            int y = 3 + i * row;
            String label = labels.get(i).length() > 52 ? labels.get(i).substring(0, 51) + "…" : labels.get(i);
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    labelW - 6, y + 12, xml(label)));
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                            + "<title>%s: %s ms</title></rect>", labelW, y + 2, bw, row - 5,
                    values.get(i)[1] > 0 ? "#cf222e" : "#1f883d", xml(labels.get(i)), fmt(v)));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s ms</text>", labelW + bw + 4, y + 12, fmt(v)));
        }
        return s.append("</svg>").toString();
    }

    private static String axis(int left, int y, int plotW, int top, String from, String to) {
        return "<line x1=\"" + left + "\" y1=\"" + y + "\" x2=\"" + (left + plotW) + "\" y2=\"" + y + "\" stroke=\"#8c959f\"/>"
                + "<line x1=\"" + left + "\" y1=\"10\" x2=\"" + left + "\" y2=\"" + y + "\" stroke=\"#8c959f\"/>"
                + "<text x=\"" + (left - 4) + "\" y=\"16\" text-anchor=\"end\">" + top + "</text>"
                + "<text x=\"" + left + "\" y=\"" + (y + 16) + "\">" + xml(from) + "</text>"
                + "<text x=\"" + (left + plotW) + "\" y=\"" + (y + 16) + "\" text-anchor=\"end\">" + xml(to) + "</text>";
    }

    private static void replays(StringBuilder b, SuiteResult s) {
        b.append("<section><h2>Room replays &middot; ").append(xml(s.name())).append("</h2>");
        for (ReplayResult r : s.replays()) {
            b.append("<details").append(r.verdict() == Verdict.PASS ? "" : " open").append("><summary>")
                    .append(badge(r.verdict().name())).append("<span class=\"id\">").append(xml(r.id())).append("</span> ")
                    .append(r.messages()).append(" messages over ").append(fmt(r.durationMs() / 1000.0)).append(" s")
                    .append(r.speed() != 1 ? " (on virtual time" + (Double.isInfinite(r.speed()) ? ""
                            : ", at most ×" + fmt(r.speed()) + " real time") + ")" : "")
                    .append(r.description() == null ? "" : " &middot; " + xml(r.description()))
                    .append("</summary>");
            if (r.xfail() != null) b.append("<div class=\"muted\">xfail: ").append(xml(r.xfail())).append("</div>");
            if (r.error() != null) b.append("<div class=\"check fail\">error: ").append(xml(r.error())).append("</div>");
            b.append("<div class=\"outcomes\">Outcomes: ").append(xml(r.outcomeSummary())).append(" &middot; ")
                    .append(r.replies()).append(" replies")
                    .append(" &middot; started p50 ").append(fmt(ReplayExpectation.percentile(r.startedMs(), 50)))
                    .append(" ms, p95 ").append(fmt(ReplayExpectation.percentile(r.startedMs(), 95))).append(" ms</div>");
            r.checks().forEach(c -> b.append(check(c)));
            if (!r.startedMs().isEmpty()) b.append(histogram(r.startedMs(), 700, 150));
            if (!r.samples().isEmpty()) {
                b.append("<table><tr><th>lang</th><th>topic</th><th>a reply</th></tr>");
                r.samples().forEach(x -> b.append("<tr><td>").append(xml(x.lang())).append("</td><td>")
                        .append(xml(x.topic())).append("</td><td class=\"reply\">").append(xml(x.text())).append("</td></tr>"));
                b.append("</table>");
            }
            b.append("</details>");
        }
        b.append("</section>\n");
    }

    private static void conversations(StringBuilder b, SuiteResult s, int repeat) {
        b.append("<section><h2>Conversations &middot; ").append(xml(s.name())).append(" <span class=\"muted\">")
                .append(xml(s.file())).append("</span></h2>");
        for (ConversationResult c : s.conversations()) {
            b.append("<details").append(c.verdict() == Verdict.FAIL || c.verdict() == Verdict.XPASS ? " open" : "")
                    .append("><summary>").append(badge(c.verdict().name())).append("<span class=\"id\">")
                    .append(xml(c.id())).append("</span> <span class=\"muted\">").append(c.kind())
                    .append(repeat > 1 ? " &middot; run " + c.run() : "").append(" &middot; line ").append(c.line())
                    .append("</span>").append(c.description() == null ? "" : " " + xml(c.description()))
                    .append("</summary>");
            if (c.xfail() != null) b.append("<div class=\"muted\">xfail: ").append(xml(c.xfail())).append("</div>");
            if (c.error() != null) b.append("<div class=\"check fail\">error: ").append(xml(c.error())).append("</div>");
            b.append("<table><tr><th>turn</th><th>said</th><th>reply</th><th>assertions</th><th>facts used</th>"
                    + "<th>started</th></tr>");
            for (TurnResult t : c.turns()) {
                Observation o = t.observation();
                b.append("<tr><td>").append(xml(t.id())).append("<div class=\"muted\">").append(xml(t.speaker()))
                        .append(" (").append(xml(t.role())).append(")</div></td><td>").append(xml(t.text()))
                        .append("</td><td class=\"reply\">").append(xml(o.text()));
                String meta = List.of(o.outcome(), o.lang() == null ? "" : o.lang(), o.intent() == null ? "" : o.intent(),
                                o.cancelled() ? "cancelled: " + o.cancelReason() : "",
                                o.skipReason() == null ? "" : "skip: " + o.skipReason(),
                                o.handoff() != null && o.handoff() ? "handoff" : "")
                        .stream().filter(x -> !x.isEmpty()).collect(Collectors.joining(" · "));
                b.append("<div class=\"muted\">").append(xml(meta)).append("</div></td><td>");
                t.checks().forEach(k -> b.append(check(k)));
                b.append("</td><td>");
                o.sources().forEach(src -> b.append("<span class=\"src\">").append(xml(src.kind() + ":" + src.id())).append("</span>"));
                b.append("</td><td>").append(o.startedMs() == null ? "" : fmt(o.startedMs()) + " ms").append("</td></tr>");
            }
            b.append("</table></details>");
        }
        b.append("</section>\n");
    }

    private static String check(Check c) {
        String cls = switch (c.status()) {
            case PASS -> "check";
            case FAIL -> "check fail";
            case SKIP -> "check skip";
        };
        return "<div class=\"" + cls + "\">" + badge(c.status().name()) + xml(c.assertion())
                + (c.detail() == null ? "" : ": " + xml(c.detail())) + "</div>";
    }

    /** Each coverage table with its counts; cells no turn reaches are red and marked "0". */
    static void coverage(StringBuilder b, Coverage c) {
        b.append("<section id=\"coverage\"><h2>Coverage: ").append(fmt(c.share() * 100)).append("% of cells</h2>")
                .append("<div class=\"muted\">What the conversations exercise (first run): each turn counted by the "
                        + "intent it asserts (else the reply's), its speaker's language, the region of the asker's country, "
                        + "the kinds of fact its reply cited, and the asker's role. Red cells: no turn.</div>");
        for (Coverage.Table t : c.tables()) {
            b.append("<h3>").append(xml(t.name())).append(" <span class=\"muted\">").append(t.covered()).append(" of ")
                    .append(t.cells()).append(" cells</span></h3><table class=\"cov\" aria-label=\"")
                    .append(xml(t.name())).append("\"><tr><th>").append(xml(t.rowAxis())).append(" \\ ")
                    .append(xml(t.columnAxis())).append("</th>");
            t.columns().forEach(col -> b.append("<th>").append(xml(col)).append("</th>"));
            b.append("</tr>");
            for (int i = 0; i < t.rows().size(); i++) {
                b.append("<tr><th class=\"row\">").append(xml(t.rows().get(i))).append("</th>");
                for (int j = 0; j < t.columns().size(); j++) {
                    int n = t.counts()[i][j];
                    b.append("<td class=\"").append(n == 0 ? "gap" : "hit").append("\" title=\"")
                            .append(xml(t.rows().get(i) + " x " + t.columns().get(j) + ": " + n + " turn(s)")).append("\">")
                            .append(n).append("</td>");
                }
                b.append("</tr>");
            }
            b.append("</table>");
        }
        b.append("</section>\n");
    }

    private static String badge(String verdict) {
        return "<span class=\"badge " + verdict + "\">" + verdict + "</span>";
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) return "-";
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
