package cohost.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static cohost.eval.Reports.xml;

/**
 * Two runs side by side ({@code cohost eval diff A.json B.json}): conversations and replays whose verdict flipped,
 * assertions whose verdict or value moved, latency percentiles and coverage. B is the newer run; anything that
 * passed in A and fails in B is a regression. The reports are read as JSON trees, so an older report still compares.
 *
 * @param flips     items (conversations, replays) whose verdict changed, or that exist in one run only
 * @param moved     assertions whose verdict or value changed (latency-only assertions are in {@code latency})
 * @param latency   rows of {what, A, B}: percentiles of reply-started latency in ms
 * @param coverage  coverage share of A and B (NaN when a report has none)
 */
public record RunDiff(String a, String b, List<Flip> flips, List<Moved> moved, List<String[]> latency,
                      double[] coverage) {

    /** @param before verdict in A ("absent" when not in A); @param after verdict in B */
    public record Flip(String item, String before, String after) {
        /** Passed (or was expected to fail) in A, fails in B. */
        public boolean regressed() {
            return after.startsWith("FAIL") && !before.startsWith("FAIL") && !before.equals("absent");
        }

        public boolean fixed() {
            return before.startsWith("FAIL") && (after.equals("PASS") || after.equals("XPASS"));
        }
    }

    /** An assertion on a turn or replay: its status and detail in A and in B. */
    public record Moved(String item, String assertion, String statusA, String detailA, String statusB, String detailB) {
        public boolean regressed() {
            return "pass".equals(statusA) && "fail".equals(statusB);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Assertions whose detail is a measured latency: their movement is shown as percentiles, not one by one. */
    private static final Set<String> TIMING = Set.of("within", "p95_started_within");

    public boolean regressed() {
        return flips.stream().anyMatch(Flip::regressed) || moved.stream().anyMatch(Moved::regressed);
    }

    public static RunDiff of(Path a, Path b) throws IOException {
        return of(a.toString(), JSON.readTree(a.toFile()), b.toString(), JSON.readTree(b.toFile()));
    }

    static RunDiff of(String nameA, JsonNode a, String nameB, JsonNode b) {
        Map<String, String> va = verdicts(a), vb = verdicts(b);
        List<Flip> flips = new ArrayList<>();
        Set<String> items = new LinkedHashSet<>(va.keySet());
        items.addAll(vb.keySet());
        for (String item : items) {
            String x = va.getOrDefault(item, "absent"), y = vb.getOrDefault(item, "absent");
            if (!x.equals(y)) flips.add(new Flip(item, x, y));
        }
        Map<String, String[]> ca = checks(a), cb = checks(b);
        List<Moved> moved = new ArrayList<>();
        for (var e : ca.entrySet()) {
            String[] x = e.getValue(), y = cb.get(e.getKey());
            if (y == null) continue;
            boolean timing = TIMING.contains(x[1]);
            if (!x[2].equals(y[2]) || (!timing && !x[3].equals(y[3]))) {
                moved.add(new Moved(x[0], x[1], x[2], x[3], y[2], y[3]));
            }
        }
        List<String[]> latency = new ArrayList<>();
        List<Double> la = turnLatencies(a), lb = turnLatencies(b);
        for (int p : new int[]{50, 90, 95, 99}) {
            latency.add(new String[]{"turns p" + p, ms(ReplayExpectation.percentile(la, p)),
                    ms(ReplayExpectation.percentile(lb, p))});
        }
        latency.add(new String[]{"turns max", ms(la.isEmpty() ? Double.NaN : la.getLast()),
                ms(lb.isEmpty() ? Double.NaN : lb.getLast())});
        Map<String, List<Double>> ra = replayLatencies(a), rb = replayLatencies(b);
        Set<String> replays = new LinkedHashSet<>(ra.keySet());
        replays.addAll(rb.keySet());
        for (String r : replays) {
            for (int p : new int[]{50, 95}) {
                latency.add(new String[]{r + " p" + p, ms(ReplayExpectation.percentile(ra.getOrDefault(r, List.of()), p)),
                        ms(ReplayExpectation.percentile(rb.getOrDefault(r, List.of()), p))});
            }
        }
        return new RunDiff(nameA, nameB, flips, moved, latency, new double[]{share(a), share(b)});
    }

    private static double share(JsonNode run) {
        JsonNode s = run.path("coverage").path("share");
        return s.isNumber() ? s.asDouble() : Double.NaN;
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    /**
     * Each conversation's and replay's verdict; over several runs (--repeat), "PASS" only when every run passed,
     * else "FAIL (passed 1 of 3)".
     */
    private static Map<String, String> verdicts(JsonNode run) {
        Map<String, List<Boolean>> passes = new LinkedHashMap<>();
        Map<String, String> xfail = new LinkedHashMap<>();
        for (JsonNode s : run.path("suites")) {
            for (String kind : List.of("conversations", "replays")) {
                for (JsonNode c : s.path(kind)) {
                    String key = item(s, c, kind);
                    passes.computeIfAbsent(key, k -> new ArrayList<>()).add(!failed(c, kind));
                    if (c.hasNonNull("xfail")) xfail.put(key, c.get("xfail").asText());
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        passes.forEach((k, runs) -> {
            long ok = runs.stream().filter(x -> x).count();
            boolean all = ok == runs.size();
            String v = xfail.containsKey(k) ? (all ? "XPASS" : "XFAIL") : all ? "PASS" : "FAIL";
            out.put(k, runs.size() > 1 && !all && ok > 0 ? v + " (passed " + ok + " of " + runs.size() + ")" : v);
        });
        return out;
    }

    private static String item(JsonNode suite, JsonNode c, String kind) {
        return suite.path("file").asText() + " " + (kind.equals("replays") ? "replay " : "") + c.path("id").asText();
    }

    private static boolean failed(JsonNode c, String kind) {
        if (c.hasNonNull("error")) return true;
        if (kind.equals("replays")) return anyFailed(c.path("checks"));
        for (JsonNode t : c.path("turns")) if (anyFailed(t.path("checks"))) return true;
        return false;
    }

    private static boolean anyFailed(JsonNode checks) {
        for (JsonNode k : checks) if ("FAIL".equals(k.path("status").asText())) return true;
        return false;
    }

    /** Every assertion of the first run: key, then {item, assertion, status, detail}. */
    private static Map<String, String[]> checks(JsonNode run) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (JsonNode s : run.path("suites")) {
            for (JsonNode c : s.path("conversations")) {
                if (c.path("run").asInt(1) != 1) continue;
                for (JsonNode t : c.path("turns")) {
                    String item = item(s, c, "conversations") + " / " + t.path("id").asText();
                    put(out, item, t.path("checks"));
                }
            }
            for (JsonNode r : s.path("replays")) {
                if (r.path("run").asInt(1) == 1) put(out, item(s, r, "replays"), r.path("checks"));
            }
        }
        return out;
    }

    private static void put(Map<String, String[]> out, String item, JsonNode checks) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (JsonNode k : checks) {
            String name = k.path("assertion").asText();
            int n = seen.merge(name, 1, Integer::sum);
            out.put(item + " " + name + (n > 1 ? "#" + n : ""), new String[]{item, name,
                    k.path("status").asText().toLowerCase(Locale.ROOT), k.path("detail").asText("")});
        }
    }

    private static List<Double> turnLatencies(JsonNode run) {
        List<Double> out = new ArrayList<>();
        for (JsonNode s : run.path("suites")) {
            for (JsonNode c : s.path("conversations")) {
                for (JsonNode t : c.path("turns")) {
                    JsonNode ms = t.path("observation").path("startedMs");
                    if (ms.isNumber()) out.add(ms.asDouble());
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static Map<String, List<Double>> replayLatencies(JsonNode run) {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        for (JsonNode s : run.path("suites")) {
            for (JsonNode r : s.path("replays")) {
                List<Double> l = out.computeIfAbsent("replay " + r.path("id").asText(), k -> new ArrayList<>());
                r.path("startedMs").forEach(x -> l.add(x.asDouble()));
                l.sort(null);
            }
        }
        return out;
    }

    // ---- rendering

    /** What the console prints. */
    public String text() {
        StringBuilder b = new StringBuilder("A: " + a() + "\nB: " + b() + "\n");
        List<Flip> regressed = flips.stream().filter(Flip::regressed).toList();
        List<Flip> fixed = flips.stream().filter(Flip::fixed).toList();
        List<Flip> other = flips.stream().filter(f -> !f.regressed() && !f.fixed()).toList();
        section(b, "regressed (passed in A, fail in B)", regressed);
        section(b, "fixed (failed in A, pass in B)", fixed);
        section(b, "other changes", other);
        if (!moved.isEmpty()) {
            b.append("assertions that moved (").append(moved.size()).append("):\n");
            for (Moved m : moved) {
                b.append(m.regressed() ? "  REGRESSED " : "  ").append(m.item()).append(" ").append(m.assertion())
                        .append("\n    A ").append(m.statusA()).append(": ").append(m.detailA())
                        .append("\n    B ").append(m.statusB()).append(": ").append(m.detailB()).append('\n');
            }
        }
        b.append(String.format(Locale.ROOT, "%-32s %12s %12s%n", "reply started (ms)", "A", "B"));
        for (String[] row : latency) b.append(String.format(Locale.ROOT, "%-32s %12s %12s%n", row[0], row[1], row[2]));
        if (!Double.isNaN(coverage[0]) || !Double.isNaN(coverage[1])) {
            b.append(String.format(Locale.ROOT, "%-32s %12s %12s%n", "coverage", pct(coverage[0]), pct(coverage[1])));
        }
        b.append(regressed() ? "REGRESSED: " + regressed.size() + " item(s) and "
                + moved.stream().filter(Moved::regressed).count() + " assertion(s) went from pass to fail\n"
                : "no regression\n");
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<Flip> flips) {
        if (flips.isEmpty()) return;
        b.append(title).append(" (").append(flips.size()).append("):\n");
        flips.forEach(f -> b.append("  ").append(f.item()).append(": ").append(f.before()).append(" -> ")
                .append(f.after()).append('\n'));
    }

    /** A self-contained HTML page, styled like report.html. */
    public String html() {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Cohost eval diff</title><style>" + HtmlReport.CSS
                + ".up{color:#cf222e;font-weight:600}.down{color:#1f883d;font-weight:600}</style></head><body>\n");
        h.append("<header><h1>Cohost eval diff</h1><div>A: ").append(xml(a)).append(" &middot; B: ").append(xml(b))
                .append("</div></header>\n<main>\n<section id=\"verdict\"><h2>")
                .append(regressed() ? "REGRESSED" : "No regression").append("</h2><div class=\"cards\">")
                .append(card("FAIL", flips.stream().filter(Flip::regressed).count(), "regressed"))
                .append(card("PASS", flips.stream().filter(Flip::fixed).count(), "fixed"))
                .append(card("XFAIL", moved.size(), "assertions moved")).append("</div></section>\n");
        h.append("<section id=\"flips\"><h2>Verdicts that flipped</h2>");
        if (flips.isEmpty()) h.append("<div class=\"muted\">None.</div>");
        else {
            h.append("<table><tr><th>conversation or replay</th><th>A</th><th>B</th></tr>");
            for (Flip f : flips) {
                h.append("<tr><td>").append(xml(f.item())).append("</td><td>").append(badgeOf(f.before())).append("</td><td>")
                        .append(badgeOf(f.after())).append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("</section>\n<section id=\"moved\"><h2>Assertions that moved</h2>");
        if (moved.isEmpty()) h.append("<div class=\"muted\">None.</div>");
        else {
            h.append("<table><tr><th>turn or replay</th><th>assertion</th><th>A</th><th>B</th></tr>");
            for (Moved m : moved) {
                h.append("<tr><td>").append(xml(m.item())).append("</td><td>").append(xml(m.assertion())).append("</td><td>")
                        .append(badgeOf(m.statusA().toUpperCase(Locale.ROOT))).append(xml(m.detailA())).append("</td><td>")
                        .append(badgeOf(m.statusB().toUpperCase(Locale.ROOT))).append(xml(m.detailB())).append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("</section>\n<section id=\"latency\"><h2>Reply latency, A and B</h2><table style=\"width:auto\">"
                + "<tr><th>ms from sending to reply.started</th><th>A</th><th>B</th><th>change</th></tr>");
        for (String[] row : latency) {
            String change = "";
            try {
                double x = Double.parseDouble(row[1]), y = Double.parseDouble(row[2]);
                change = String.format(Locale.ROOT, "<span class=\"%s\">%+.1f</span>", y > x ? "up" : "down", y - x);
            } catch (NumberFormatException ignored) {
                // one side has no latency
            }
            h.append("<tr><td>").append(xml(row[0])).append("</td><td>").append(row[1]).append("</td><td>").append(row[2])
                    .append("</td><td>").append(change).append("</td></tr>");
        }
        if (!Double.isNaN(coverage[0]) || !Double.isNaN(coverage[1])) {
            h.append("<tr><td>coverage (share of cells)</td><td>").append(pct(coverage[0])).append("</td><td>")
                    .append(pct(coverage[1])).append("</td><td></td></tr>");
        }
        return h.append("</table></section>\n</main></body></html>\n").toString();
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String card(String cls, long n, String label) {
        return "<div class=\"card " + cls + "\"><b>" + n + "</b>" + label + "</div>";
    }

    private static String badgeOf(String verdict) {
        String v = verdict.split(" ")[0];
        String cls = switch (v) {
            case "PASS", "FAIL", "XFAIL", "XPASS", "SKIP" -> v;
            default -> "XFAIL";
        };
        return "<span class=\"badge " + cls + "\">" + xml(verdict) + "</span> ";
    }
}
