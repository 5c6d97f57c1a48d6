package cohost.eval;

import cohost.engine.LlmEndpoint;
import cohost.eval.Results.RunResult;
import cohost.knowledge.KbException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code cohost eval}: runs dialogue suites and room replays. Exit status: 0 when every assertion passed, 1 when
 * one failed (or a target could not be reached), 2 when a suite file (or the command line, or a KB) is broken.
 */
@Command(name = "cohost eval", mixinStandardHelpOptions = true,
        subcommands = {EvalCli.Run.class, EvalCli.Diff.class, EvalCli.Pqa.class},
        description = "Scripted dialogue suites and room replays against Cohost.")
public final class EvalCli implements Runnable {
    public static final int PASSED = 0, FAILED = 1, BROKEN = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: run, diff or pqa");
    }

    /** Held: JUL keeps loggers weakly, and a collected logger forgets its level. */
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE.setLevel(java.util.logging.Level.WARNING); // not its INFO line about SIMD on every start
        System.exit(execute(System.out, System.err, args));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new EvalCli());
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        // picocli answers a bad command line with 2 (its USAGE code), which is also ours for broken input.
        return cl.execute(args);
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "Compare two runs' report.json: verdicts that flipped, assertions that moved, latency.",
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:nothing regressed", "1:a conversation, replay or assertion went from pass to fail",
                    "2:a report cannot be read"})
    static final class Diff implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "A.json", description = "The earlier run's report.json.")
        Path a;

        @Parameters(index = "1", paramLabel = "B.json", description = "The later run's report.json.")
        Path b;

        @Option(names = "--html", paramLabel = "FILE", description = "Also write the comparison as an HTML page.")
        Path html;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr(), out = spec.commandLine().getOut();
            RunDiff d;
            try {
                d = RunDiff.of(a, b);
            } catch (IOException e) {
                err.println("cohost eval diff: cannot read a report: " + e.getMessage());
                return BROKEN;
            }
            out.print(d.text());
            if (html != null) {
                if (html.toAbsolutePath().getParent() != null) java.nio.file.Files.createDirectories(html.toAbsolutePath().getParent());
                java.nio.file.Files.writeString(html, d.html(), StandardCharsets.UTF_8);
                out.println("diff: " + html);
            }
            out.flush();
            return d.regressed() ? FAILED : PASSED;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run every suite in a file or folder; write reports.",
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:every assertion passed", "1:an assertion failed, or the target was unreachable",
                    "2:a suite file, the command line or a KB is broken"})
    static final class Run implements Callable<Integer> {
        private static String fmt(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SUITE_OR_DIR", description = "A suite file (.yaml) or a folder of them.")
        Path suites;

        @Option(names = "--target", paramLabel = "URL",
                description = "A running Cohost server, e.g. http://localhost:7070; default: the engine in-process.")
        URI target;

        @Option(names = "--key", paramLabel = "KEY", description = "Store key for --target (default: $COHOST_EVAL_KEY).")
        String key = System.getenv("COHOST_EVAL_KEY");

        @Option(names = "--report-dir", paramLabel = "DIR",
                description = "Write report.html, report.json and junit.xml here.")
        Path reportDir;

        @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
                description = "Run everything N times and report pass^1..pass^N (default: ${DEFAULT-VALUE}).")
        int repeat;

        @Option(names = "--kb", paramLabel = "DIR",
                description = "KB folder to use instead of the suites' own (remote: the facts grounding checks against).")
        Path kb;

        @Option(names = "--speed", paramLabel = "X|max", defaultValue = "max",
                description = "In-process runs are on virtual time, exact at any speed; hold them to at most X times real"
                        + " time (to watch a room), or max: as fast as the machine goes (default: ${DEFAULT-VALUE}).")
        String speedOption;
        double speed;

        @Option(names = "--settle", paramLabel = "MS", defaultValue = "15000",
                description = "How long to wait for a message's outcome, in ms (default: ${DEFAULT-VALUE}).")
        long settleMs;

        @Option(names = "--llm-base-url", paramLabel = "URL",
                description = "OpenAI-compatible endpoint of the judge (judge: criteria), as for serve; default $COHOST_LLM_BASE_URL.")
        String llmBaseUrl;

        @Option(names = "--llm-model", paramLabel = "NAME", description = "The judge's model; default $COHOST_LLM_MODEL.")
        String llmModel;

        @Option(names = "--coverage-min", paramLabel = "SHARE",
                description = "Fail (exit 1) when the conversations cover less than this share of the coverage tables' "
                        + "cells: 0.6 or 60%%.")
        String coverageMin;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr(), out = spec.commandLine().getOut();
            try {
                speed = speedOption.equalsIgnoreCase("max") ? Double.POSITIVE_INFINITY : Double.parseDouble(speedOption);
            } catch (NumberFormatException e) {
                speed = -1;
            }
            if (repeat < 1 || !(speed > 0) || settleMs < 1) {
                err.println("cohost eval: --repeat and --settle must be positive, --speed positive or max; got --speed "
                        + speedOption);
                return BROKEN;
            }
            if (target != null && !List.of("http", "https").contains(String.valueOf(target.getScheme()))) {
                err.println("cohost eval: --target must be an http:// or https:// URL, got " + target);
                return BROKEN;
            }
            if (target != null && !speedOption.equalsIgnoreCase("max") && speed != 1) {
                // Compressing only the suite's own timing would send a replay X times denser into a room whose rate
                // limits, dedup windows and pace are real time: a different test, not a faster one.
                err.println("cohost eval: --speed " + fmt(speed) + " cannot apply to " + target + ": a server lives in real"
                        + " time (its rate limits, dedup windows and reply pace), so the run would be another test, not a"
                        + " faster one. Drop --speed: remote runs take their real duration, and every latency is real time.");
                return BROKEN;
            }
            Double floor = null;
            if (coverageMin != null) {
                try {
                    String v = coverageMin.strip();
                    floor = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100 : Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    floor = -1.0;
                }
                if (floor < 0 || floor > 1) {
                    err.println("cohost eval: --coverage-min is a share of cells, 0 to 1 or 0% to 100%; got " + coverageMin);
                    return BROKEN;
                }
            }
            List<Suite> loaded;
            try {
                loaded = EvalRun.load(suites);
            } catch (SuiteException e) {
                err.println("cohost eval: broken suite file" + (e.problems().size() > 1 ? "s" : "") + ":");
                e.problems().forEach(p -> err.println("  " + p));
                return BROKEN;
            }
            Judge judge;
            try {
                // the composer's rules (LlmEndpoint): flags, else the environment, no defaults
                Optional<LlmEndpoint> llm = LlmEndpoint.resolve(llmBaseUrl, llmModel, System.getenv());
                judge = llm.map(Judge::of).orElse(null);
                out.println("judge: " + llm.map(LlmEndpoint::toString)
                        .orElse("none (no LLM configured; judge: criteria are reported as skipped)"));
            } catch (IllegalArgumentException e) {
                err.println("cohost eval: " + e.getMessage());
                return BROKEN;
            }
            EvalRun run = new EvalRun(target, key, kb, repeat, speed, settleMs, judge);
            RunResult result;
            try {
                result = run.run(loaded, out::println);
            } catch (KbException e) {
                err.println("cohost eval: the KB cannot be loaded:");
                e.problems().forEach(p -> err.println("  " + p));
                return BROKEN;
            }
            out.print(ConsoleReport.render(result));
            if (reportDir != null) {
                Reports.writeAll(result, reportDir);
                out.println("reports: " + reportDir.resolve("report.html") + ", report.json, junit.xml");
            }
            boolean belowFloor = floor != null && result.coverage() != null && result.coverage().share() < floor;
            if (belowFloor) {
                out.println(String.format(java.util.Locale.ROOT, "FAIL coverage %.1f%% is below --coverage-min %.1f%%",
                        result.coverage().share() * 100, floor * 100));
            }
            out.flush();
            return result.failed() || belowFloor ? FAILED : PASSED;
        }
    }

    @Command(name = "pqa", mixinStandardHelpOptions = true,
            description = "Product questions: build a KB from hetPQA answer-generation files (TAB-separated ASIN, "
                    + "question, candidate, answer, source), ask each question with its product on screen, and report "
                    + "how often the reply states the catalogue evidence.")
    static final class Pqa implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "TSV", arity = "1..*", description = "hetPQA answer-generation files.")
        List<Path> files;

        @Option(names = "--kb-dir", paramLabel = "DIR", description = "Where to write the KB (default: a temporary folder).")
        Path kbDir;

        @Option(names = "--failures", paramLabel = "N", defaultValue = "0",
                description = "Print the first N questions whose reply missed the evidence (default: ${DEFAULT-VALUE}).")
        int failures;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr(), out = spec.commandLine().getOut();
            try {
                Path dir = kbDir != null ? kbDir : java.nio.file.Files.createTempDirectory("cohost-pqa");
                ProductQa.evaluate(files, dir, failures, out);
                return PASSED;
            } catch (IOException e) {
                err.println("cohost eval pqa: cannot read or write: " + e.getMessage());
                return BROKEN;
            } catch (KbException e) {
                err.println("cohost eval pqa: the KB built from the files does not load:");
                e.problems().forEach(p -> err.println("  " + p));
                return BROKEN;
            }
        }
    }
}
