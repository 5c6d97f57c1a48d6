package cohost.connectors.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SIGHUP does not stop a running server (it used to exit with 129, issue #13): it reloads every store's KB folder
 * (issue #14), and the server goes on serving.
 */
class ServeSignalTest {
    @TempDir
    Path folder;

    @Test
    void aHangUpSignalReloadsTheKbFoldersAndTheServerGoesOnServing() throws Exception {
        assumeTrue(!System.getProperty("os.name").toLowerCase().contains("win"), "POSIX signals");
        Path source = Path.of(ServeSignalTest.class.getResource("/kb/store-a/store.json").toURI()).getParent();
        try (var files = Files.list(source)) {
            for (Path f : files.toList()) Files.copy(f, folder.resolve(f.getFileName()));
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "cohost.connectors.cli.CohostCli", "serve", "--port", "0", "--warmup", "0", "--no-watch",
                "--kb", folder.toString())
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
            HttpClient http = HttpClient.newHttpClient();
            String before = version(http, url);
            Path products = folder.resolve("products.jsonl");
            Files.writeString(products, Files.readString(products).replace("59.90", "49.90"));
            Process kill = new ProcessBuilder("kill", "-HUP", String.valueOf(server.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).isTrue();
            String said = null;
            while (said == null) {
                String line = lines.poll(20, TimeUnit.SECONDS);
                assertThat(line).as("a line about the signal").isNotNull();
                if (line.startsWith("SIGHUP received")) {
                    said = line;
                }
            }
            assertThat(said).contains("reloading store-a");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (version(http, url).equals(before)) {
                assertThat(System.nanoTime()).as("the KB version after SIGHUP").isLessThan(deadline);
                Thread.sleep(50);
            }
            assertThat(server.isAlive()).isTrue();
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** The KB version /health reports for the only store. */
    private static String version(HttpClient http, String url) throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(health.body()).path("stores").get(0)
                .path("kbVersion").asText();
    }
}
