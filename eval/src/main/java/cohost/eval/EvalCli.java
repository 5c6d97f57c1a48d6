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
@Command(name = "cohost eval", mixinStandardHelpOptions = true, subcommands = EvalCli.Run.class,
        description = "Scripted dialogue suites and room replays against Cohost.")
public final class EvalCli implements Runnable {
    public static final int PASSED = 0, FAILED = 1, BROKEN = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: run");
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

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run every suite in a file or folder; write reports.",
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:every assertion passed", "1:an assertion failed, or the target was unreachable",
                    "2:a suite file, the command line or a KB is broken"})
    static final class Run implements Callable<Integer> {
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

        @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
                description = "In-process only: run time passes X times faster than real time (default: ${DEFAULT-VALUE}).")
        double speed;

        @Option(names = "--settle", paramLabel = "MS", defaultValue = "15000",
                description = "How long to wait for a message's outcome, in ms (default: ${DEFAULT-VALUE}).")
        long settleMs;

        @Option(names = "--llm-base-url", paramLabel = "URL",
                description = "OpenAI-compatible endpoint of the judge (judge: criteria), as for serve; default $COHOST_LLM_BASE_URL.")
        String llmBaseUrl;

        @Option(names = "--llm-model", paramLabel = "NAME", description = "The judge's model; default $COHOST_LLM_MODEL.")
        String llmModel;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr(), out = spec.commandLine().getOut();
            if (repeat < 1 || speed <= 0 || settleMs < 1) {
                err.println("cohost eval: --repeat, --speed and --settle must be positive");
                return BROKEN;
            }
            if (target != null && !List.of("http", "https").contains(String.valueOf(target.getScheme()))) {
                err.println("cohost eval: --target must be an http:// or https:// URL, got " + target);
                return BROKEN;
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
            out.flush();
            return result.failed() ? FAILED : PASSED;
        }
    }
}
