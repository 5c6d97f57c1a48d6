package cohost.connectors.server;

import cohost.connectors.speech.Speech;
import cohost.connectors.speech.TestAudio;
import cohost.connectors.speech.VoskTestModel;
import cohost.engine.Cohost;
import cohost.eval.EvalCli;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A suite's speech turns ({@code audio:} a WAV file) run the same in-process (the turn's {@code text} is the
 * transcript) and against a server (the WAV is streamed on the live socket and transcribed by the real Vosk
 * pipeline, with the fixture model that hears every burst of sound as "shipping"): a viewer's voice question is
 * answered, and the host's voice cuts a reply with {@code host_speaking}.
 */
class EvalSpeechOverTheWireTest {
    static final String KEY = "eval-key";

    @TempDir
    Path tmp;

    static final String SUITE = """
            pace: 20
            conversations:
              - id: viewer-asks-by-voice
                speakers:
                  ana: {role: viewer, name: Ana, lang: en, country: US}
                turns:
                  - from: ana
                    audio: burst.wav
                    text: "shipping"           # what the fixture model hears
                    expect: {outcome: replied, intent: shipping}
              - id: host-voice-cuts-a-reply
                speakers:
                  amy: {role: viewer, name: Amy, lang: en, country: US}
                turns:
                  - amy: "How long does shipping to the US take and how much does it cost?"
                    id: q
                    expect: {cancelled: host_speaking}
                  - from: host
                    audio: burst.wav
                    text: "shipping"
                    after: {event: reply.started, of: q}
            """;

    @Test
    void speechTurnsPassInProcessAndOverTheWireAlike() throws Exception {
        Files.write(tmp.resolve("burst.wav"), TestAudio.at(16000).silence(0.3).burst(0.8).silence(1.5).wav(1));
        Path suite = tmp.resolve("speech.yaml");
        Files.writeString(suite, SUITE);

        String inProcess = run("run", suite.toString(), "--speed", "5");
        assertThat(inProcess).startsWith("exit 0\n").contains("2 passed, 0 failed");

        KnowledgeBase demo = KnowledgeBase.demo();
        try (Speech speech = Speech.load(Map.of("", VoskTestModel.write(tmp.resolve("model"))));
             Cohost cohost = Cohost.builder(demo).pace(20).build();
             CohostServer server = CohostServer.start(ServerConfig.of("127.0.0.1", 0, Map.of(demo.store().id(), cohost),
                     Map.of(KEY, demo.store().id())).withSpeech(speech))) {
            String remote = run("run", suite.toString(), "--target", server.url(), "--key", KEY);
            assertThat(remote).startsWith("exit 0\n").contains("2 passed, 0 failed").contains("against http");
        }
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = EvalCli.execute(print, print, args);
        return "exit " + code + "\n" + out.toString(StandardCharsets.UTF_8);
    }
}
