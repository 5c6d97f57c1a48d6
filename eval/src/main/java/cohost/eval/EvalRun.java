package cohost.eval;

import cohost.eval.Results.ConversationResult;
import cohost.eval.Results.ReplayResult;
import cohost.eval.Results.RunResult;
import cohost.eval.Results.SuiteResult;
import cohost.knowledge.KbException;
import cohost.knowledge.Knowledge;
import cohost.knowledge.KnowledgeBase;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Loads suites and runs them, in-process or against a server, as many times as asked.
 *
 * @param target   a server's base URL, or null to run the engine in-process
 * @param kb       a KB folder overriding the suites' own (in-process: what the engine loads; remote: what grounding
 *                 is checked against), or null
 * @param speed    in-process runs are on virtual time, held back to at most this many times real time
 *                 ({@link Double#POSITIVE_INFINITY}: as fast as the machine goes); remote runs are real time (1)
 * @param settleMs how long to wait for each message's outcome
 */
public record EvalRun(URI target, String key, Path kb, int repeat, double speed, long settleMs, Judge judge) {

    /** Parses every suite under the path; all problems of all files are reported together. */
    public static List<Suite> load(Path suiteOrDir) throws SuiteException, IOException {
        List<Path> files = SuiteParser.find(suiteOrDir);
        if (files.isEmpty()) {
            throw new SuiteException(List.of(new SuiteProblem(suiteOrDir, 0, 0, "no .yaml suite files here")));
        }
        List<Suite> suites = new ArrayList<>();
        List<SuiteProblem> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                suites.add(SuiteParser.parse(f));
            } catch (SuiteException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new SuiteException(problems);
        return suites;
    }

    /** Runs the suites; progress lines go to {@code progress}. Throws when a KB cannot be loaded. */
    public RunResult run(List<Suite> suites, Consumer<String> progress) throws KbException {
        long t0 = System.nanoTime();
        double effectiveSpeed = target == null ? speed : 1;
        Map<Path, Knowledge> knowledge = new HashMap<>();
        Map<List<Object>, Target> inProcess = new HashMap<>(); // one engine per KB folder and pace
        Target remote = target == null ? null : new RemoteTarget(target, key);
        Map<String, List<ConversationResult>> conversations = new LinkedHashMap<>();
        Map<String, List<ReplayResult>> replays = new LinkedHashMap<>();
        Set<String> destinations = new TreeSet<>();
        try {
            for (Suite suite : suites) {
                Path kbDir = kb != null ? kb : suite.kbDir();
                Target t = remote;
                if (t == null) {
                    Knowledge k = knowledge.get(kbDir);
                    if (k == null) {
                        k = kbDir == null ? KnowledgeBase.demo() : KnowledgeBase.load(kbDir);
                        knowledge.put(kbDir, k);
                    }
                    Knowledge kk = k;
                    t = inProcess.computeIfAbsent(Arrays.asList(kbDir, suite.pace()), d -> new InProcessTarget(kk,
                            suite.pace(), speed, "in-process (" + (kbDir == null ? "demo store" : kbDir)
                            + (suite.pace() > 0 ? ", replies paced at " + suite.pace() + " chars/s" : "") + ")"));
                }
                Grounding grounding = kbDir == null ? Grounding.demo() : Grounding.of(kbDir);
                destinations.addAll(grounding.destinations());
                Runner runner = new Runner(t, grounding, judge, settleMs);
                String name = suite.file().toString();
                List<ConversationResult> cs = conversations.computeIfAbsent(name, n -> new ArrayList<>());
                List<ReplayResult> rs = replays.computeIfAbsent(name, n -> new ArrayList<>());
                for (int run = 1; run <= repeat; run++) {
                    for (Suite.Conversation c : suite.conversations()) {
                        ConversationResult r = runner.run(name, c, run);
                        cs.add(r);
                        if (r.verdict() != Results.Verdict.PASS) progress.accept(r.verdict() + " " + c.id() + run(run));
                    }
                    for (Suite.Replay replay : suite.replays()) {
                        progress.accept("replaying " + replay.id() + " (" + replay.messages().size() + " messages over "
                                + replay.durationMs() / 1000.0 + " s " + RunClock.describe(effectiveSpeed, target == null)
                                + ")" + run(run));
                        ReplayResult r = runner.run(name, replay, run);
                        rs.add(r);
                        if (r.verdict() != Results.Verdict.PASS) progress.accept(r.verdict() + " " + replay.id() + run(run));
                    }
                }
            }
        } finally {
            inProcess.values().forEach(Target::close);
            if (remote != null) remote.close();
        }
        List<SuiteResult> out = new ArrayList<>();
        for (Suite s : suites) {
            String name = s.file().toString();
            out.add(new SuiteResult(name, s.name(), conversations.get(name), replays.get(name)));
        }
        return new RunResult(target == null ? "in-process" : target.toString(), repeat, effectiveSpeed, out,
                passHatK(out, repeat), (System.nanoTime() - t0) / 1_000_000, Coverage.of(out, destinations));
    }

    private String run(int run) {
        return repeat > 1 ? " (run " + run + ")" : "";
    }

    /**
     * pass^k as tau-bench reports it: for each conversation (and replay) with c passes in n runs, the chance that k
     * runs drawn from the n all pass, C(c,k)/C(n,k), averaged. pass^n is the share that passed every run. Items
     * marked xfail are left out.
     */
    static double[] passHatK(List<SuiteResult> suites, int n) {
        Map<String, Integer> passes = new LinkedHashMap<>();
        for (SuiteResult s : suites) {
            for (ConversationResult c : s.conversations()) {
                if (c.xfail() == null) passes.merge(s.file() + "#" + c.id(), c.failed() ? 0 : 1, Integer::sum);
            }
            for (ReplayResult r : s.replays()) {
                if (r.xfail() == null) passes.merge(s.file() + "#" + r.id(), r.failed() ? 0 : 1, Integer::sum);
            }
        }
        double[] out = new double[n];
        if (passes.isEmpty()) return out;
        for (int k = 1; k <= n; k++) {
            double sum = 0;
            for (int c : passes.values()) sum += choose(c, k) / choose(n, k);
            out[k - 1] = sum / passes.size();
        }
        return out;
    }

    private static double choose(int n, int k) {
        if (k > n) return 0;
        double r = 1;
        for (int i = 1; i <= k; i++) r = r * (n - k + i) / i;
        return r;
    }
}
