package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.engine.room.RoomPolicy;
import cohost.knowledge.LiveKnowledge;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static cohost.connectors.server.TestServers.KEY_A;
import static cohost.connectors.server.TestServers.KEY_B;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store's KB folder edited while the server runs: the real server over loopback, a real folder watched for changes.
 * store-a is served from a temporary copy of its folder; store-b from a KB loaded once (not reloadable).
 */
class KbReloadTest {
    /** How long a change may take to be answered (the promise is 2 s; a loaded CI machine gets slack). */
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final String PRICE_QUESTION = "{\"text\": \"how much is this one?\", \"showing\": \"HP-100\", "
            + "\"lang\": \"en\", \"customer\": {\"id\": \"c1\", \"country\": \"US\"}}";

    @TempDir
    Path folder;
    private KbReloader reloader;
    private CohostServer server;
    private int conversations;

    @BeforeEach
    void serveACopyOfStoreA() throws Exception {
        try (Stream<Path> files = Files.list(TestServers.kbFolder("store-a"))) {
            for (Path f : files.toList()) Files.copy(f, folder.resolve(f.getFileName()));
        }
        LiveKnowledge live = new LiveKnowledge(folder);
        Map<String, Cohost> engines = Map.of("store-a", Cohost.builder(live.current()).build(),
                "store-b", Cohost.builder(TestServers.kb("store-b")).build());
        reloader = KbReloader.of(Map.of("store-a", live), engines, Duration.ofMillis(50)).watch();
        server = CohostServer.start(ServerConfig.of("127.0.0.1", 0, engines,
                Map.of(KEY_A, "store-a", KEY_B, "store-b")).withLimits(RoomPolicy.DEFAULTS, 1000, 1000, 512), reloader);
    }

    @AfterEach
    void stop() {
        server.close();
        reloader.close();
        server.config().stores().values().forEach(Cohost::close);
    }

    @Test
    void aPriceEditedWhileServingIsAnsweredWithoutARestart() throws IOException {
        assertThat(deskAnswer()).contains("59.90");
        String before = storeA(health()).path("kbVersion").asText();

        edit("products.jsonl", "\"amount\": 59.90", "\"amount\": 49.50");

        String answer = eventually(this::deskAnswer, a -> a.contains("49.50"));
        assertThat(answer).doesNotContain("59.90");
        JsonNode store = storeA(health());
        assertThat(store.path("kbVersion").asText()).isNotEqualTo(before);
        assertThat(store.path("lastError").isNull()).isTrue();
        assertThat(metrics()).contains("cohost_kb_reloads_total{outcome=\"reloaded\",store=\"store-a\"}");
    }

    @Test
    void aBrokenEditKeepsTheLastGoodKbAnsweringAndHealthSaysWhatAndWhere() throws IOException {
        String before = storeA(health()).path("kbVersion").asText();

        edit("shipping.json", "\"maxDays\": ", "\"maxDays\": -");
        edit("products.jsonl", "\"amount\": 59.90", "\"amount\": 49.50");

        JsonNode error = eventually(() -> storeA(health()).path("lastError"), e -> !e.isMissingNode() && !e.isNull());
        assertThat(error.path("summary").asText()).startsWith("shipping.json rules[0].maxDays:");
        assertThat(error.path("problems").get(0).path("file").asText()).isEqualTo("shipping.json");
        assertThat(error.path("problems").get(0).path("where").asText()).isEqualTo("rules[0].maxDays");
        assertThat(storeA(health()).path("kbVersion").asText()).as("the last good KB serves").isEqualTo(before);
        assertThat(deskAnswer()).as("the old price, not half an edit").contains("59.90").doesNotContain("49.50");
        assertThat(metrics()).contains("cohost_kb_failing{store=\"store-a\"} 1.0")
                .contains("cohost_kb_reloads_total{outcome=\"failed\",store=\"store-a\"}");

        edit("shipping.json", "\"maxDays\": -", "\"maxDays\": ");
        eventually(this::deskAnswer, a -> a.contains("49.50"));
        assertThat(storeA(health()).path("lastError").isNull()).as("a good reload clears the error").isTrue();
    }

    @Test
    void aMalformedLineIsReportedWithItsFileAndLine() throws IOException {
        Files.writeString(folder.resolve("faq.jsonl"), "{\"id\": \"x\",\n", java.nio.file.StandardOpenOption.APPEND);
        JsonNode error = eventually(() -> storeA(health()).path("lastError"), e -> !e.isMissingNode() && !e.isNull());
        JsonNode problem = error.path("problems").get(0);
        assertThat(problem.path("file").asText()).isEqualTo("faq.jsonl");
        assertThat(problem.path("line").isInt()).as(problem.toString()).isTrue();
    }

    @Test
    void healthShowsAStoresKbStatusOnlyToItsKey() {
        JsonNode anonymous = Http.json(Http.send(Http.get(server, "/health", null)));
        assertThat(anonymous.path("status").asText()).isEqualTo("ok");
        assertThat(anonymous.path("stores")).as("no key: liveness only").isEmpty();
        JsonNode b = Http.json(Http.send(Http.get(server, "/health", KEY_B)));
        assertThat(b.path("stores")).hasSize(1);
        assertThat(b.path("stores").get(0).path("id").asText()).isEqualTo("store-b");
        assertThat(b.path("stores").get(0).path("folder").isNull()).as("not served from a folder").isTrue();
        assertThat(b.path("stores").get(0).path("kbVersion").asText()).isNotBlank();
        assertThat(storeA(health()).path("folder").asText()).isEqualTo(folder.toString());
        assertThat(Http.send(Http.get(server, "/health", "wrong")).statusCode()).as("a wrong key").isEqualTo(401);
    }

    @Test
    void theStoresKeyReloadsItsFolderNowAndOnlyItsOwn() throws IOException {
        Files.writeString(folder.resolve("products.jsonl"), Files.readString(folder.resolve("products.jsonl"))
                .replace("\"amount\": 59.90", "\"amount\": 44.00"));
        HttpResponse<String> reloaded = Http.send(Http.post(server, "/v1/stores/store-a/kb/reload", KEY_A, ""));
        assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(200);
        assertThat(Http.json(reloaded).path("reloaded").asBoolean()).isTrue();
        assertThat(Http.json(reloaded).path("store").path("id").asText()).isEqualTo("store-a");
        assertThat(deskAnswer()).as("answered from the reloaded KB as soon as the call returns").contains("44.00");

        assertThat(Http.send(Http.post(server, "/v1/stores/store-a/kb/reload", null, "")).statusCode())
                .as("no key").isEqualTo(401);
        assertThat(Http.send(Http.post(server, "/v1/stores/store-a/kb/reload", "wrong", "")).statusCode())
                .as("an unknown key").isEqualTo(401);
        HttpResponse<String> otherStore = Http.send(Http.post(server, "/v1/stores/store-a/kb/reload", KEY_B, ""));
        assertThat(otherStore.statusCode()).as("another store's key").isEqualTo(403);
        HttpResponse<String> noFolder = Http.send(Http.post(server, "/v1/stores/store-b/kb/reload", KEY_B, ""));
        assertThat(noFolder.statusCode()).isEqualTo(409);
        assertThat(Http.json(noFolder).path("error").path("message").asText()).contains("not served from a KB folder");
    }

    @Test
    void anAdminReloadOfABrokenFolderSaysWhyAndKeepsTheOldKb() throws IOException {
        edit("store.json", "\"currency\": \"USD\"", "\"currency\": \"XYZ\"");
        HttpResponse<String> response = Http.send(Http.post(server, "/v1/stores/store-a/kb/reload", KEY_A, ""));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Http.json(response);
        assertThat(body.path("reloaded").asBoolean()).isFalse();
        assertThat(body.path("store").path("lastError").path("summary").asText()).contains("store.json", "XYZ");
        assertThat(deskAnswer()).contains("59.90");
    }

    @Test
    void rulesWrittenWhileServingApplyInARoomAlreadyOpenAndABrokenRulesFileKeepsTheLastGoodOnes() throws Exception {
        try (LiveConnection room = LiveConnection.open(server, "/v1/rooms/reload-rules/live", KEY_A)) {
            room.chat("before", "v1", "en", "is it cheaper on Temu?");
            assertThat(room.outcome("before")).as("no rules yet").isNotEqualTo("skipped banned");
            String before = storeA(health()).path("kbVersion").asText();

            Files.writeString(folder.resolve("rules.json"), """
                    {"banned": [{"id": "other-shops", "words": ["Temu"]}],
                     "pinned": [{"id": "show-coupon", "keywords": ["promo code"],
                                 "answer": {"en": "Use SHOW10 at checkout for 10% off."}}]}
                    """);
            eventually(() -> storeA(health()).path("kbVersion").asText(), v -> !v.equals(before));

            room.chat("banned", "v2", "en", "is it cheaper on Temu?");
            assertThat(room.outcome("banned")).as("the new ban, in the room opened before it").isEqualTo("skipped banned");
            room.chat("pinned", "v3", "en", "any promo code today?");
            String pinned = room.outcome("pinned");
            assertThat(doneText(room, pinned)).isEqualTo("@v3 Use SHOW10 at checkout for 10% off.");

            String good = storeA(health()).path("kbVersion").asText();
            Files.writeString(folder.resolve("rules.json"), """
                    {"banned": [{"id": "other-shops"}],
                     "pinned": [{"id": "show-coupon", "keywords": ["promo code"], "answer": {"en": "Use SHOW50!"}}]}
                    """);
            JsonNode error = eventually(() -> storeA(health()).path("lastError"), e -> !e.isMissingNode() && !e.isNull());
            assertThat(error.path("problems").get(0).path("file").asText()).isEqualTo("rules.json");
            assertThat(error.path("summary").asText()).startsWith("rules.json banned[0]");
            assertThat(storeA(health()).path("kbVersion").asText()).as("the last good KB serves").isEqualTo(good);

            room.chat("still-banned", "v4", "en", "is it cheaper on Temu?");
            assertThat(room.outcome("still-banned")).isEqualTo("skipped banned");
            room.chat("still-pinned", "v5", "en", "any promo code today?");
            String again = room.outcome("still-pinned");
            if (again.startsWith("joined ")) {
                assertThat(again).as("joins the same pinned answer: equal facts").isEqualTo("joined " + pinned.substring(6));
            } else {
                assertThat(doneText(room, again)).as("the last good pin, not the broken file's")
                        .isEqualTo("@v5 Use SHOW10 at checkout for 10% off.");
            }
        }
    }

    /** The text of a reply once it is done, from an outcome "reply r12". */
    private static String doneText(LiveConnection room, String outcome) throws InterruptedException {
        assertThat(outcome).startsWith("reply ");
        String replyId = outcome.substring("reply ".length());
        return room.await("reply.done of " + replyId, f -> f.path("type").asText().equals("reply.done")
                && f.path("replyId").asText().equals(replyId)).path("text").asText();
    }

    private String deskAnswer() {
        HttpResponse<String> response = Http.send(Http.post(server,
                "/v1/conversations/reload-" + (++conversations) + "/messages", KEY_A, PRICE_QUESTION));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).path("reply").path("text").asText();
    }

    private JsonNode health() {
        HttpResponse<String> response = Http.send(Http.get(server, "/health", KEY_A));
        assertThat(response.statusCode()).isEqualTo(200);
        return Http.json(response);
    }

    private static JsonNode storeA(JsonNode health) {
        for (JsonNode store : health.path("stores")) {
            if (store.path("id").asText().equals("store-a")) return store;
        }
        throw new AssertionError("no store-a in " + health);
    }

    private String metrics() {
        return Http.send(Http.get(server, "/metrics", null)).body();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = folder.resolve(file);
        String text = Files.readString(p);
        assertThat(text).contains(from);
        Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    /** Polls until the value passes, up to the deadline; fails with the last value seen. */
    private static <T> T eventually(Supplier<T> value, java.util.function.Predicate<T> until) {
        long end = System.nanoTime() + DEADLINE.toNanos();
        T last = value.get();
        while (!until.test(last)) {
            assertThat(System.nanoTime()).as("still %s after %s", last, DEADLINE).isLessThan(end);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = value.get();
        }
        return last;
    }
}
