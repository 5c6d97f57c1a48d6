package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.eval.EvalCli;
import cohost.eval.EvalRun;
import cohost.knowledge.KnowledgeBase;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An evaluator's remote run of every shipped suite: {@code cohost eval run SUITE --target URL --key KEY} against real
 * servers, desk conversations over HTTP and server-sent events, live rooms over the WebSocket, as they pass
 * in-process ({@code ShippedSuitesTest}).
 *
 * <p>A server lives in real time. Each suite runs against a server started like {@code cohost serve --pace N} with
 * N its {@code pace:} times {@link #PACE_FACTOR}: interruptions are sent the moment a reply starts, so they still land
 * mid-reply, and paced suites take seconds instead of minutes (the in-process run compresses all of time 20 times).
 * The replays cannot be compressed over the wire (the room's rate limits and windows are real time: 80 s of traffic),
 * so they run beside the other suites, against the same servers.
 */
class EvalOverTheWireTest {
    static final Path SUITES = Path.of("../eval/suites");
    static final int PACE_FACTOR = 10;
    static final String KEY = "eval-key";

    @Test
    void everyShippedSuitePassesAgainstARunningServer(@TempDir Path reports) throws Exception {
        List<Path> files;
        try (var list = Files.list(SUITES)) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        KnowledgeBase demo = KnowledgeBase.demo();
        Map<Integer, Cohost> engines = new HashMap<>();
        Map<Integer, CohostServer> servers = new HashMap<>();
        ExecutorService runs = Executors.newFixedThreadPool(2);
        try {
            Map<Path, CohostServer> serverOf = new HashMap<>();
            for (Path file : files) {
                int pace = EvalRun.load(file).getFirst().pace() * PACE_FACTOR;
                serverOf.put(file, servers.computeIfAbsent(pace, p -> {
                    Cohost cohost = engines.computeIfAbsent(p, q -> Cohost.builder(demo).pace(q).build());
                    return CohostServer.start(ServerConfig.of("127.0.0.1", 0, Map.of(demo.store().id(), cohost),
                            Map.of(KEY, demo.store().id())));
                }));
            }
            // the replays on one thread, everything else in turn on the other
            List<Path> replays = files.stream().filter(f -> f.getFileName().toString().equals("replays.yaml")).toList();
            List<Path> rest = files.stream().filter(f -> !replays.contains(f)).toList();
            List<CompletableFuture<List<String[]>>> done = new ArrayList<>();
            for (List<Path> batch : List.of(replays, rest)) {
                done.add(CompletableFuture.supplyAsync(() -> batch.stream()
                        .map(f -> run(f, serverOf.get(f), reports)).toList(), runs));
            }
            SoftAssertions soft = new SoftAssertions();
            for (var batch : done) {
                for (String[] result : batch.join()) {
                    soft.assertThat(result[1]).as(result[0]).startsWith("exit 0\n").contains(" 0 failed, 0 xfail, 0 xpass").contains("against http");
                }
            }
            soft.assertAll();
        } finally {
            runs.shutdownNow();
            servers.values().forEach(CohostServer::close);
            engines.values().forEach(Cohost::close);
        }
    }

    /** Runs one suite through the eval CLI; returns its name and what it printed (with the exit code). */
    private static String[] run(Path suite, CohostServer server, Path reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = EvalCli.execute(print, print, "run", suite.toString(), "--target", server.url(), "--key", KEY,
                "--report-dir", reports.resolve(suite.getFileName().toString()).toString());
        return new String[]{suite.getFileName().toString(), "exit " + code + "\n" + out.toString(StandardCharsets.UTF_8)};
    }
}
