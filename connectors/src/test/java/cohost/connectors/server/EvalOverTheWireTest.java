package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.eval.EvalCli;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An evaluator's remote run: {@code cohost eval run SUITE --target URL --key KEY} against this real server, desk
 * conversations over HTTP and SSE, live-room conversations over the WebSocket.
 */
class EvalOverTheWireTest {
    static final Path SUITES = Path.of("../eval/suites");

    @Test
    void theShippedDeskAndRoomSuitesPassAgainstARunningServer(@TempDir Path reports) {
        KnowledgeBase demo = KnowledgeBase.demo();
        String store = demo.store().id();
        try (Cohost cohost = Cohost.builder(demo).build();
             CohostServer server = CohostServer.start(ServerConfig.of("127.0.0.1", 0, Map.of(store, cohost),
                     Map.of("eval-key", store)))) {
            for (String suite : new String[]{"shipping.yaml", "room.yaml"}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int code = EvalCli.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(out, true, StandardCharsets.UTF_8), "run", SUITES.resolve(suite).toString(),
                        "--target", server.url(), "--key", "eval-key", "--report-dir", reports.resolve(suite).toString());
                String printed = out.toString(StandardCharsets.UTF_8);
                assertThat(code).as(printed).isZero();
                assertThat(printed).as(suite).contains("against " + server.url()).contains(" 0 failed");
            }
        }
    }
}
