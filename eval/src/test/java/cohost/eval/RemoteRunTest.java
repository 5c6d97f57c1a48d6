package cohost.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cohost eval run --target URL} against a server speaking the public desk API (a small fake one: eval may
 * not depend on the real server), end to end through the command line: exit codes, SSE, auth, reports.
 */
class RemoteRunTest {
    static final String SUITE = """
            suite: remote desk
            kb: kb
            conversations:
              - id: shipping-br
                lang: en
                speakers:
                  ana: {role: customer, name: Ana, country: BR, lang: en}
                turns:
                  - ana: "how long is shipping to brazil?"
                    expect: {intent: shipping, facts: ["7-12 days", "$12.50"], grounded: true, handoff: false,
                             within: 10s, cancelled: false}
                  - ana: "can I talk to a person about my refund?"
                    expect: {handoff: true, not: ["30 days"]}
            """;

    @TempDir
    Path dir;
    FakeDeskServer server;
    final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(dir.resolve("kb"));
        Files.writeString(dir.resolve("kb/store.json"), "{\"id\": \"t\", \"name\": \"T\", \"defaultLanguage\": \"en\"}");
        Files.writeString(dir.resolve("kb/shipping.json"), """
                {"rules": [{"id": "br-standard", "destinations": ["BR"], "minDays": 7, "maxDays": 12,
                            "price": {"amount": 12.5, "currency": "USD"}}]}""");
        server = new FakeDeskServer("secret", List.of(
                new FakeDeskServer.Canned("brazil", "@Ana Shipping to Brazil takes 7 to 12 business days and costs US$ 12.50.",
                        "en", "shipping", "shipping", "br-standard", false)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    int run(String... args) {
        return EvalCli.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    Path suite(String yaml) throws IOException {
        Path f = dir.resolve("suite.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void aPassingSuiteExitsZeroAndWritesEveryReport() throws Exception {
        Path reports = dir.resolve("reports");
        int code = run("run", suite(SUITE).toString(), "--target", server.uri().toString(), "--key", "secret",
                "--report-dir", reports.toString());
        assertThat(code).as(out + "\n" + err).isEqualTo(0);
        assertThat(out.toString()).contains("1 passed, 0 failed");
        // The desk API was spoken as documented: one conversation, the customer and language passed along.
        assertThat(server.paths).hasSize(2).allMatch(p -> p.matches("/v1/conversations/shipping-br-1-\\d+/messages"));
        assertThat(server.received.get(0).path("customer").path("country").asText()).isEqualTo("BR");
        assertThat(server.received.get(0).path("lang").asText()).isEqualTo("en");

        var junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(reports.resolve("junit.xml").toFile());
        assertThat(junit.getElementsByTagName("testcase").getLength()).isEqualTo(2);
        assertThat(junit.getElementsByTagName("failure").getLength()).isZero();
        JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
        JsonNode turn = json.at("/suites/0/conversations/0/turns/0");
        assertThat(turn.at("/observation/text").asText()).contains("7 to 12 business days");
        assertThat(turn.at("/observation/sources/0/id").asText()).isEqualTo("br-standard");
        assertThat(turn.at("/observation/startedMs").isNumber()).isTrue();
        assertThat(Files.readString(reports.resolve("report.html"))).contains("shipping-br", "br-standard");
    }

    @Test
    void aFailingAssertionExitsOneAndSaysWhatFailed() throws Exception {
        Path reports = dir.resolve("reports");
        int code = run("run", suite(SUITE.replace("\"$12.50\"", "\"$15\"")).toString(), "--target",
                server.uri().toString(), "--key", "secret", "--report-dir", reports.toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL", "shipping-br", "facts fail: \"$15\": amount USD 15 not stated");
        var junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(reports.resolve("junit.xml").toFile());
        assertThat(junit.getElementsByTagName("failure").getLength()).isEqualTo(1);
    }

    @Test
    void aWrongKeyFailsEveryTurnWithTheServersError() throws Exception {
        int code = run("run", suite(SUITE).toString(), "--target", server.uri().toString(), "--key", "wrong");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("HTTP 401: unauthorized: bad key");
    }

    @Test
    void anXfailConversationThatFailsIsReportedButDoesNotFailTheRun() throws Exception {
        String yaml = SUITE.replace("  - id: shipping-br\n", "  - id: shipping-br\n    xfail: \"engine quotes $15\"\n")
                .replace("\"$12.50\"", "\"$15\"");
        assertThat(run("run", suite(yaml).toString(), "--target", server.uri().toString(), "--key", "secret")).isEqualTo(0);
        assertThat(out.toString()).contains("XFAIL shipping-br", "0 passed, 0 failed, 1 xfail");
    }

    @Test
    void anXfailConversationThatPassesIsFlagged() throws Exception {
        String yaml = SUITE.replace("  - id: shipping-br\n", "  - id: shipping-br\n    xfail: \"thought broken\"\n");
        assertThat(run("run", suite(yaml).toString(), "--target", server.uri().toString(), "--key", "secret")).isEqualTo(0);
        assertThat(out.toString()).contains("XPASS", "passed although marked xfail (\"thought broken\"): remove the mark");
    }

    @Test
    void aBrokenSuiteExitsTwoNamingFileAndLine() throws Exception {
        Path f = suite(SUITE.replace("handoff: true", "handof: true"));
        int code = run("run", f.toString(), "--target", server.uri().toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(f + ":13:18: unknown assertion 'handof' (did you mean 'handoff'?)");
        assertThat(server.paths).as("nothing is sent when a suite is broken").isEmpty();
    }

    @Test
    void speedingUpARemoteRunIsRefusedSayingWhy() throws Exception {
        int code = run("run", suite(SUITE).toString(), "--target", server.uri().toString(), "--key", "secret",
                "--speed", "20");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--speed 20 cannot apply to " + server.uri() + ": a server lives in real time");
        assertThat(server.paths).as("nothing was sent").isEmpty();
    }

    @Test
    void aBadCommandLineExitsTwo() {
        assertThat(run("run")).isEqualTo(2);
        assertThat(run("run", "x.yaml", "--repeat", "many")).isEqualTo(2);
        assertThat(run("run", dir.resolve("missing.yaml").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.yaml:0:0: no such suite file");
    }

    @Test
    void repeatedRunsReportPassHatK() throws Exception {
        int code = run("run", suite(SUITE).toString(), "--target", server.uri().toString(), "--key", "secret",
                "--repeat", "3");
        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).contains("pass^1 1.000  pass^2 1.000  pass^3 1.000");
        assertThat(server.paths).hasSize(6);
    }
}
