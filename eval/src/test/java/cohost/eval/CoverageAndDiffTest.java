package cohost.eval;

import cohost.engine.Source;
import cohost.eval.Results.ConversationResult;
import cohost.eval.Results.ReplayResult;
import cohost.eval.Results.RunResult;
import cohost.eval.Results.SuiteResult;
import cohost.eval.Results.TurnResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The coverage tables count what turns exercise and name the gaps; a diff of two runs finds what regressed. */
class CoverageAndDiffTest {
    @TempDir
    Path dir;

    static TurnResult turn(String id, String role, String lang, String country, String intent, String text,
                           List<Source> sources, Double startedMs, Check.Status status) {
        Observation o = new Observation(id, "replied", null, "r-" + id, startedMs, startedMs, "reply", lang, intent,
                sources, false, false, null, null, null);
        return new TurnResult(id, "someone", role, text, 1, o, List.of(new Check("facts", status, "detail of " + status)),
                lang, country, intent, null);
    }

    static RunResult run(List<TurnResult> turns, double p95, boolean replayPasses) {
        var conv = new ConversationResult("s.yaml", "c1", null, "room", null, 1, 1, turns, null);
        var replay = new ReplayResult("s.yaml", "flood", null, null, 1, 1, 10, 1000, 1, Map.of("joined", 5),
                Map.of(), 3, List.of(10.0, p95), List.of(), List.of(new Check("min_join_rate",
                replayPasses ? Check.Status.PASS : Check.Status.FAIL, replayPasses ? "5 of 6 joined" : "2 of 6 joined")), null);
        List<SuiteResult> suites = List.of(new SuiteResult("s.yaml", "s", List.of(conv), List.of(replay)));
        return new RunResult("in-process", 1, 1, suites, new double[]{1}, 10, Coverage.of(suites, Set.of("BR", "DE")));
    }

    static final List<TurnResult> TURNS = List.of(
            turn("t1", "viewer", "pt", "BR", "shipping", "frete pro Brasil?", List.of(new Source("shipping", "br")), 40.0, Check.Status.PASS),
            turn("t2", "viewer", "pt", "BR", "shipping", "tem imposto de importação?", List.of(new Source("shipping", "br")), 50.0, Check.Status.PASS),
            turn("t3", "customer", "de", "DE", "returns", "Rückgabe?", List.of(new Source("returns", "eu")), 60.0, Check.Status.PASS));

    @Test
    void coverageCountsEachTurnInEveryTableAndNamesTheCellsNoTurnReaches() {
        Coverage c = run(TURNS, 100, true).coverage();
        Coverage.Table intentLang = c.tables().getFirst();
        assertThat(intentLang.name()).isEqualTo("intent x language");
        int shipping = intentLang.rows().indexOf("shipping"), pt = intentLang.columns().indexOf("pt");
        assertThat(intentLang.counts()[shipping][pt]).isEqualTo(2);
        assertThat(intentLang.gaps()).contains("shipping x de", "payment x pt").doesNotContain("shipping x pt", "returns x de");
        Coverage.Table kinds = c.tables().get(1);
        assertThat(kinds.gaps()).as("a shipping rule cited for an import-tax question counts as duties")
                .doesNotContain("duties x pt", "shipping x pt", "returns x de").contains("duties x de", "FAQ x pt");
        Coverage.Table regions = c.tables().get(2);
        assertThat(regions.rows()).as("the store's destinations, by UN M.49 sub-region").contains("South America", "Western Europe");
        assertThat(c.share()).isGreaterThan(0).isLessThan(0.2);
        String console = ConsoleReport.coverage(c);
        assertThat(console).contains("coverage: ").contains("intent x language 2/100").contains("payment: every language");
    }

    @Test
    void aCoverageFloorFailsTheRunBelowIt() throws Exception {
        Path suite = dir.resolve("s.yaml");
        Files.writeString(suite, """
                conversations:
                  - id: c
                    speakers: {ana: {role: viewer, name: Ana, lang: en, country: US}}
                    turns:
                      - ana: "kkkk"
                        expect: {no_reply: true}
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = EvalCli.execute(p, p, "run", suite.toString(), "--speed", "20", "--coverage-min", "50%");
        assertThat(code).as(out.toString()).isEqualTo(1);
        assertThat(out.toString()).contains("1 passed, 0 failed").contains("is below --coverage-min 50.0%");
        out.reset();
        assertThat(EvalCli.execute(p, p, "run", suite.toString(), "--coverage-min", "2")).isEqualTo(2);
        assertThat(out.toString()).contains("--coverage-min is a share of cells, 0 to 1 or 0% to 100%; got 2");
    }

    @Test
    void diffListsFlipsMovedAssertionsAndLatencyAndExitsOneOnARegression() throws Exception {
        Path a = dir.resolve("a.json"), b = dir.resolve("b.json");
        Files.writeString(a, Reports.json(run(TURNS, 100, true)));
        List<TurnResult> worse = List.of(TURNS.get(0), TURNS.get(1),
                turn("t3", "customer", "de", "DE", "returns", "Rückgabe?", List.of(), 900.0, Check.Status.FAIL));
        Files.writeString(b, Reports.json(run(worse, 2500, false)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
        Path html = dir.resolve("diff/diff.html");
        int code = EvalCli.execute(p, p, "diff", a.toString(), b.toString(), "--html", html.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(text).isEqualTo(1);
        assertThat(text).contains("regressed (passed in A, fail in B) (2):", "s.yaml c1: PASS -> FAIL",
                "s.yaml replay flood: PASS -> FAIL", "REGRESSED s.yaml c1 / t3 facts", "A pass: detail of PASS",
                "B fail: detail of FAIL", "min_join_rate", "A pass: 5 of 6 joined", "replay flood p95");
        assertThat(text).containsPattern("turns max\\s+60\\.0\\s+900\\.0");
        assertThat(Files.readString(html)).contains("REGRESSED", "s.yaml c1 / t3", "900.0");

        out.reset();
        assertThat(EvalCli.execute(p, p, "diff", b.toString(), a.toString())).as("the other way round, all fixed").isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("fixed (failed in A, pass in B) (2):", "no regression");
        assertThat(EvalCli.execute(p, p, "diff", a.toString(), dir.resolve("missing.json").toString())).isEqualTo(2);
    }
}
