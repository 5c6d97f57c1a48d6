package cohost.eval;

import cohost.eval.Results.ConversationResult;
import cohost.eval.Results.ReplayResult;
import cohost.eval.Results.RunResult;
import cohost.eval.Results.SuiteResult;
import cohost.eval.Results.TurnResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Writes a run's report files: report.json, junit.xml (one testcase per turn) and report.html. */
public final class Reports {
    private Reports() {
    }

    public static void writeAll(RunResult r, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.json"), json(r), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("junit.xml"), junit(r), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.html"), HtmlReport.render(r), StandardCharsets.UTF_8);
    }

    public static String json(RunResult r) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r);
    }

    /** Every turn's reply-started latency, sorted. */
    static List<Double> turnLatencies(RunResult r) {
        List<Double> out = new ArrayList<>();
        for (SuiteResult s : r.suites()) {
            for (ConversationResult c : s.conversations()) {
                c.turns().stream().map(t -> t.observation().startedMs()).filter(Objects::nonNull).forEach(out::add);
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * JUnit XML as CI systems read it: a testsuite per suite file, a testcase per turn (classname
     * {@code suite.conversation}) and per replay. xfail items are reported as skipped.
     */
    public static String junit(RunResult r) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cohost eval\">\n");
        for (SuiteResult s : r.suites()) {
            StringBuilder cases = new StringBuilder();
            int tests = 0, failures = 0, skipped = 0;
            for (ConversationResult c : s.conversations()) {
                String cls = s.name().replaceAll("\\.ya?ml$", "") + "." + c.id();
                for (TurnResult t : c.turns()) {
                    tests++;
                    String name = t.id() + (r.repeat() > 1 ? " [run " + c.run() + "]" : "");
                    double secs = t.observation().doneMs() == null ? 0 : t.observation().doneMs() / 1000;
                    cases.append("    <testcase classname=\"").append(xml(cls)).append("\" name=\"").append(xml(name))
                            .append("\" time=\"").append(String.format(Locale.ROOT, "%.3f", secs)).append("\">\n");
                    List<Check> failed = t.checks().stream().filter(Check::failed).toList();
                    if (c.xfail() != null) {
                        skipped++;
                        cases.append("      <skipped message=\"").append(xml((c.verdict() == Results.Verdict.XPASS
                                ? "XPASS: passed although marked xfail: " : "xfail: ") + c.xfail())).append("\"/>\n");
                    } else if (!failed.isEmpty() || (c.error() != null && t == c.turns().get(c.turns().size() - 1))) {
                        failures++;
                        String msg = failed.isEmpty() ? c.error() : failed.get(0).toString();
                        cases.append("      <failure message=\"").append(xml(msg)).append("\" type=\"assertion\">")
                                .append(xml(details(t, c.error()))).append("</failure>\n");
                    }
                    cases.append("      <system-out>").append(xml(details(t, null))).append("</system-out>\n");
                    cases.append("    </testcase>\n");
                }
            }
            for (ReplayResult rr : s.replays()) {
                tests++;
                cases.append("    <testcase classname=\"").append(xml(s.name().replaceAll("\\.ya?ml$", "") + ".replays"))
                        .append("\" name=\"").append(xml(rr.id() + (r.repeat() > 1 ? " [run " + rr.run() + "]" : "")))
                        .append("\" time=\"").append(String.format(Locale.ROOT, "%.3f", rr.durationMs() / rr.speed() / 1000))
                        .append("\">\n");
                List<Check> failed = rr.checks().stream().filter(Check::failed).toList();
                if (rr.xfail() != null) {
                    skipped++;
                    cases.append("      <skipped message=\"").append(xml("xfail: " + rr.xfail())).append("\"/>\n");
                } else if (!failed.isEmpty() || rr.error() != null) {
                    failures++;
                    cases.append("      <failure message=\"").append(xml(failed.isEmpty() ? rr.error() : failed.get(0).toString()))
                            .append("\" type=\"assertion\">").append(xml(String.join("\n",
                                    rr.checks().stream().map(Check::toString).toList()))).append("</failure>\n");
                }
                cases.append("    </testcase>\n");
            }
            b.append("  <testsuite name=\"").append(xml(s.name())).append("\" tests=\"").append(tests)
                    .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"").append(skipped)
                    .append("\">\n").append(cases).append("  </testsuite>\n");
        }
        return b.append("</testsuites>\n").toString();
    }

    private static String details(TurnResult t, String error) {
        StringBuilder b = new StringBuilder();
        b.append(t.speaker()).append(": ").append(t.text()).append('\n');
        b.append("reply: ").append(t.observation().text()).append('\n');
        if (error != null) b.append("error: ").append(error).append('\n');
        t.checks().forEach(c -> b.append(c).append('\n'));
        return b.toString();
    }

    /** Escapes text for XML and HTML, dropping characters XML 1.0 forbids. */
    static String xml(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF)) {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.toString();
    }
}
