package cohost.eval;

import cohost.engine.Intent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The suites shipped in eval/suites: what they cover, that their facts are the demo store's, and that they pass. */
class ShippedSuitesTest {
    static final Path SUITES = Path.of("suites");
    static final Path REPLAYS = SUITES.resolve("replays.yaml");

    static List<Suite> suites() throws Exception {
        return EvalRun.load(SUITES);
    }

    @Test
    void coverAtLeast150ConversationsEveryIntentAndAllTenLanguages() throws Exception {
        List<Suite> suites = suites();
        List<Suite.Conversation> all = suites.stream().flatMap(s -> s.conversations().stream()).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        Set<String> intents = new TreeSet<>();
        all.forEach(c -> c.turns().forEach(t -> t.expect().forEach(e -> {
            if (e instanceof Expectation.Intent i) intents.add(i.intent());
        })));
        // out_of_scope is what a store that cannot answer says; those turns assert the handoff instead
        assertThat(intents).containsAll(Arrays.stream(Intent.values()).map(Intent::wireName)
                .filter(i -> !i.equals("out_of_scope") && !i.equals("chatter")).toList());
        assertThat(all.stream().map(Suite.Conversation::lang).distinct())
                .contains("en", "es", "pt", "fr", "de", "id", "ja", "ko", "zh", "ar");
        assertThat(all).anyMatch(c -> c.id().startsWith("host-cuts-in")).anyMatch(c -> c.id().startsWith("same-viewer"))
                .anyMatch(c -> c.id().startsWith("injection")).anyMatch(c -> c.id().startsWith("no-answer"))
                .anyMatch(c -> c.id().startsWith("followup"));
        List<Suite.Replay> replays = suites.stream().flatMap(s -> s.replays().stream()).toList();
        assertThat(replays).extracting(Suite.Replay::id).contains("flood-60s", "sale-spike-multilingual");
        assertThat(replays.get(0).durationMs()).isBetween(59_000L, 60_000L);
    }

    @Test
    void everyNumberAFactAssertsIsInTheDemoStore() throws Exception {
        Grounding demo = Grounding.demo();
        assertThat(demo.isEmpty()).isFalse();
        List<String> unknown = new ArrayList<>();
        for (Suite s : suites()) {
            for (Suite.Conversation c : s.conversations()) {
                for (Suite.TurnSpec t : c.turns()) {
                    for (Expectation e : t.expect()) {
                        if (!(e instanceof Expectation.Facts f)) continue;
                        for (String fact : f.facts()) {
                            for (BigDecimal n : Quantities.numbers(fact)) {
                                if (demo.factsWith(n).isEmpty()) unknown.add(c.id() + ": " + fact);
                            }
                        }
                    }
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void conversationsPassInProcessAgainstTheDemoStore(@TempDir Path reports) throws IOException {
        List<Path> files;
        try (var list = Files.list(SUITES)) {
            files = list.filter(f -> f.toString().endsWith(".yaml") && !f.equals(REPLAYS)).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        for (Path file : files) assertPasses(file, reports.resolve(file.getFileName().toString()));
    }

    /**
     * The flood sends 40 messages a second for 60 s into one room. On virtual time the room sees exactly that, however
     * slowly a busy machine runs it, so the replay's verdict is the room's, not the machine's.
     */
    @Test
    void roomReplaysPassInProcessAtTheDefaultSpeed(@TempDir Path reports) {
        assertPasses(REPLAYS, reports);
    }

    /** Runs a suite as an evaluator first would: {@code cohost eval run SUITE}, at the default speed. */
    private static void assertPasses(Path suite, Path reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = EvalCli.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                "run", suite.toString(), "--report-dir", reports.toString());
        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(printed).isZero();
        assertThat(printed).as(suite + ": nothing may be marked as expected to fail").contains(" 0 xfail, 0 xpass");
    }
}
