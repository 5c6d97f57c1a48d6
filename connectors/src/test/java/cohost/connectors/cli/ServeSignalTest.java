package cohost.connectors.cli;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** SIGHUP does not stop a running server (it used to exit with 129): it is logged and ignored (issue #13). */
class ServeSignalTest {
    @Test
    void aHangUpSignalIsLoggedAndTheServerGoesOnServing() throws Exception {
        assumeTrue(!System.getProperty("os.name").toLowerCase().contains("win"), "POSIX signals");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "cohost.connectors.cli.CohostCli", "serve", "--port", "0", "--warmup", "0")
                .redirectErrorStream(true).start();
        try {
            LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread.ofVirtual().start(() -> new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8)).lines().forEach(lines::add));
            String url = null;
            while (url == null) {
                String line = lines.poll(240, TimeUnit.SECONDS); // a loaded CI machine starts slowly
                assertThat(line).as("the server's startup").isNotNull();
                if (line.startsWith("Cohost is serving at ")) {
                    url = line.substring("Cohost is serving at ".length()).strip();
                }
            }
            Process kill = new ProcessBuilder("kill", "-HUP", String.valueOf(server.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).isTrue();
            String said = null;
            while (said == null) {
                String line = lines.poll(20, TimeUnit.SECONDS);
                assertThat(line).as("a line about the signal").isNotNull();
                if (line.contains("SIGHUP")) {
                    said = line;
                }
            }
            assertThat(said).contains("ignored");
            assertThat(server.isAlive()).isTrue();
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/health"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

}
