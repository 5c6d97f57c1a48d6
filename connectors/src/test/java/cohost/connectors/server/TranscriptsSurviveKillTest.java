package cohost.connectors.server;

import cohost.connectors.store.TranscriptDatabase;
import cohost.engine.Turn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14, item 5: nothing is lost on a crash. A real server, started by the test as a separate process, keeps its
 * transcripts in SQLite in a data folder. It is killed with SIGKILL (no shutdown hook, no flush) while a customer is
 * still being answered, started again on the same folder, and the desk conversation, the room's transcript and every
 * turn answered up to a second before the kill read back over HTTP as they were; the room's handoff queue, with who
 * took what, is what a console joining the room gets again.
 */
class TranscriptsSurviveKillTest {
    private static final Duration STARTUP = Duration.ofSeconds(240); // a loaded CI machine starts slowly

    @TempDir
    Path data;
    private final List<Process> started = new ArrayList<>();

    /** A {@code cohost serve} process on the data folder, once it says where it serves. */
    private record Server(Process process, String url, List<String> output) {
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process p : started) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Server serve() throws Exception {
        return serve(0);
    }

    /** @param pace live-room replies' speaking pace, characters per second (0: sent whole) */
    private Server serve(int pace) throws Exception {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(javaCommand, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "cohost.connectors.cli.CohostCli", "serve", "--port", "0",
                "--warmup", "0", "--pace", String.valueOf(pace), "--data", data.toString())
                .redirectErrorStream(true).start();
        started.add(p);
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        List<String> output = new CopyOnWriteArrayList<>(); // read by assertions while the server still writes
        Thread.ofVirtual().start(() -> new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8)).lines().forEach(l -> {
            output.add(l);
            lines.add(l);
        }));
        long deadline = System.nanoTime() + STARTUP.toNanos();
        String url = null;
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertThat(line).as("the server's startup lines; it said: %s", output).isNotNull();
            if (line.startsWith("Cohost is serving at ")) url = line.substring("Cohost is serving at ".length()).strip();
            // the summary after the URL names where transcripts go: wait for it, the test checks it
            if (url != null && line.strip().startsWith("transcripts:")) return new Server(p, url, output);
        }
    }

    private static HttpResponse<String> ask(String url, String conversation, String id, String text) {
        ObjectNode body = Http.JSON.createObjectNode().put("id", id).put("text", text);
        body.putObject("customer").put("id", "kim").put("name", "Kim").put("lang", "en").put("country", "US");
        return Http.send(HttpRequest.newBuilder(URI.create(url + "/v1/conversations/" + conversation + "/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static JsonNode get(String url, String path) {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(url + path)).GET());
        assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
        return Http.json(r);
    }

    @Test
    void afterKillDash9AndARestartOnTheSameDataFolderEverythingAnsweredUpToTheLastSecondReadsBack() throws Exception {
        Server first = serve();
        assertThat(first.output()).anySatisfy(l -> assertThat(l).contains("transcripts:", "SQLite",
                data.resolve("transcripts.db").toString()));

        // A desk customer: an answer, then a question the KB cannot answer, handed off to a human.
        assertThat(ask(first.url(), "desk-kim", "d1", "how long does shipping to the US take?").statusCode()).isEqualTo(200);
        JsonNode handoff = Http.json(ask(first.url(), "desk-kim", "d2", "Do you sell car tires?"));
        assertThat(handoff.at("/reply/handoff").asBoolean()).isTrue();

        // A live room: two viewers asking the same (one reply, one joined), and the host talking to the audience.
        try (LiveConnection room = LiveConnection.open(first.url(), "/v1/rooms/show-1/live", null)) {
            room.chat("v1-m1", "ana", "pt", "quanto custa o frete para o Brasil?");
            String reply = room.outcome("v1-m1").replaceFirst("^reply ", "");
            room.chat("v2-m1", "bia", "pt", "quanto custa o frete para o Brasil?");
            assertThat(room.outcome("v2-m1")).isIn("joined " + reply, "reply " + reply);
            room.send("{\"type\":\"host\",\"id\":\"h1\",\"text\":\"大家好，欢迎来到直播间\"}");
            assertThat(room.outcome("h1")).isEqualTo("skipped chatter");
            room.await("reply " + reply + " done", f -> f.path("type").asText().equals("reply.done")
                    && f.path("replyId").asText().equals(reply));
            // two viewers ask for a person; a teammate takes one of them
            room.chat("v3-m1", "kenji", "ja", "担当者と話したいです、注文について");
            room.chat("v4-m1", "cleo", "fr", "je veux parler à un humain svp");
            for (String id : List.of("v3-m1", "v4-m1")) {
                room.await("the handoff of " + id, f -> f.path("type").asText().equals("handoff")
                        && f.path("id").asText().equals(id));
            }
            room.send("{\"type\":\"handoff.take\",\"id\":\"v3-m1\",\"by\":\"Lee\"}");
            room.await("the taken mark", f -> f.path("type").asText().equals("handoff")
                    && f.path("takenBy").asText().equals("Lee"));
        }
        JsonNode deskBefore = get(first.url(), "/v1/conversations/desk-kim");
        assertThat(deskBefore.get("turns")).hasSize(4);
        // The room closed with its last socket: its transcript is read from the database, not from a live room.
        JsonNode roomBefore = get(first.url(), "/v1/rooms/show-1");
        assertThat(roomBefore.get("turns")).hasSizeGreaterThanOrEqualTo(4);

        // A customer keeps asking, one message after another, until the server is killed mid-stream.
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        Thread customer = Thread.ofVirtual().start(() -> {
            for (int i = 0; ; i++) {
                try {
                    HttpResponse<String> r = ask(first.url(), "desk-stream", "s" + i,
                            i % 2 == 0 ? "shipping to Brazil?" : "can I return it?");
                    if (r.statusCode() == 200) {
                        answeredAt.put("s" + i, System.nanoTime());
                    } else {
                        // a fast machine reaches the desk's rate limit (429): a real customer waits and asks again
                        assertThat(r.statusCode()).as("only the rate limit refuses: %s", r.body()).isEqualTo(429);
                        Thread.sleep(200);
                    }
                } catch (RuntimeException | InterruptedException serverGone) {
                    return;
                }
            }
        });
        long streamStart = System.nanoTime();
        long deadline = streamStart + Duration.ofSeconds(60).toNanos();
        // answered for at least 1.5 s, so some turns are older than a second when the kill comes
        while (answeredAt.values().stream().noneMatch(t -> t - streamStart > Duration.ofMillis(1500).toNanos())) {
            assertThat(System.nanoTime()).as("the customer is being answered").isLessThan(deadline);
            Thread.sleep(10);
        }

        ProcessHandle handle = first.process().toHandle();
        first.process().destroyForcibly(); // SIGKILL on POSIX: the JVM gets no chance to flush or run hooks
        long killedAt = System.nanoTime();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.process().exitValue()).as("killed by signal 9").isEqualTo(128 + 9);
        assertThat(handle.isAlive()).isFalse();
        customer.join(Duration.ofSeconds(30));

        Server second = serve();
        assertThat(get(second.url(), "/v1/conversations/desk-kim")).isEqualTo(deskBefore);
        assertThat(get(second.url(), "/v1/rooms/show-1")).isEqualTo(roomBefore);
        try (LiveConnection console = LiveConnection.open(second.url(), "/v1/rooms/show-1/live", null)) {
            JsonNode taken = console.await("v3-m1 queued", f -> f.path("type").asText().equals("handoff")
                    && f.path("id").asText().equals("v3-m1"));
            assertThat(taken.path("takenBy").asText()).isEqualTo("Lee");
            assertThat(taken.at("/viewer/id").asText()).isEqualTo("kenji");
            assertThat(taken.path("text").asText()).isEqualTo("担当者と話したいです、注文について");
            assertThat(taken.path("lang").asText()).isEqualTo("ja");
            assertThat(taken.path("gist").asText()).isNotBlank();
            JsonNode open = console.await("v4-m1 queued", f -> f.path("type").asText().equals("handoff")
                    && f.path("id").asText().equals("v4-m1"));
            assertThat(open.path("takenBy").isNull() || open.path("takenBy").isMissingNode()).as("untaken: %s", open)
                    .isTrue();
        }

        Set<String> kept = new HashSet<>();
        for (JsonNode t : get(second.url(), "/v1/conversations/desk-stream").get("turns")) {
            if (t.get("role").asText().equals("customer")) kept.add(t.get("id").asText());
        }
        long oneSecondBeforeKill = killedAt - Duration.ofSeconds(1).toNanos();
        List<String> lostOlderThanASecond = answeredAt.entrySet().stream()
                .filter(e -> e.getValue() < oneSecondBeforeKill && !kept.contains(e.getKey())).map(Map.Entry::getKey)
                .toList();
        long lost = answeredAt.keySet().stream().filter(id -> !kept.contains(id)).count();
        double oldestLostMs = answeredAt.entrySet().stream().filter(e -> !kept.contains(e.getKey()))
                .mapToDouble(e -> (killedAt - e.getValue()) / 1e6).max().orElse(0);
        System.out.printf("kill -9 after %d answered desk messages: %d kept, %d lost%s%n", answeredAt.size(),
                answeredAt.size() - lost, lost, lost == 0 ? ""
                        : String.format(" (the oldest lost was answered %.0f ms before the kill)", oldestLostMs));
        assertThat(answeredAt).hasSizeGreaterThan(10);
        assertThat(lostOlderThanASecond).as("answered more than a second before the kill, yet not kept").isEmpty();

        // Nothing was dropped on the way to the database, and the metrics say so.
        String metrics = Http.send(HttpRequest.newBuilder(URI.create(second.url() + "/metrics")).GET()).body();
        assertThat(metrics).containsPattern("cohost_transcript_dropped_total\\{store=\"[^\"]+\"} 0\\.0")
                .contains("cohost_transcript_queue{store=");

        // The restarted server answers on, after what it kept, with reply ids of its own.
        JsonNode next = Http.json(ask(second.url(), "desk-kim", "d3", "can I return it?"));
        assertThat(deskBefore.findValuesAsText("id")).doesNotContain(next.at("/reply/id").asText());
        assertThat(get(second.url(), "/v1/conversations/desk-kim").get("turns")).hasSize(6);
    }

    @Test
    void aReplyStillSpeakingWhenItsRoomClosesIsKeptCutWithTheWordsDeliveredAlsoAfterKillDash9() throws Exception {
        Server first = serve(4); // four characters a second: the reply is still being spoken when the room closes
        String reply;
        StringBuilder heard = new StringBuilder();
        try (LiveConnection room = LiveConnection.open(first.url(), "/v1/rooms/show-cut/live", null)) {
            room.chat("c1", "ana", "pt", "quanto custa o frete para o Brasil?");
            reply = room.outcome("c1").replaceFirst("^reply ", "");
            room.awaitCount("two words of " + reply, f -> f.path("type").asText().equals("reply.delta")
                    && f.path("replyId").asText().equals(reply), 2);
            room.frames().stream().filter(f -> f.path("type").asText().equals("reply.delta")
                    && f.path("replyId").asText().equals(reply)).forEach(f -> heard.append(f.path("text").asText()));
        } // the room's last socket leaves: the room closes mid-reply

        JsonNode cut = awaitRoomTurn(first.url(), "/v1/rooms/show-cut", reply);
        assertThat(cut.path("status").asText()).isEqualTo("cut");
        assertThat(cut.path("detail").asText()).isEqualTo("room_closed");
        assertThat(cut.path("role").asText()).isEqualTo("cohost");
        assertThat(cut.path("text").asText()).as("the words delivered before the room closed").startsWith(heard.toString())
                .isNotBlank();
        JsonNode before = get(first.url(), "/v1/rooms/show-cut");
        assertThat(before.get("turns")).extracting(t -> t.path("id").asText()).containsExactly("c1", reply);

        String store = get(first.url(), "/health").at("/stores/0/id").asText();

        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

        // the asker's conversation has it too (its id has slashes, which the HTTP API's ids do not: read the file)
        try (TranscriptDatabase db = TranscriptDatabase.open(TranscriptDatabase.sqliteIn(data),
                TranscriptDatabase.Retention.DEFAULTS, java.time.Clock.systemUTC())) {
            assertThat(db.forStore(store).conversation("show-cut/viewer/ana", 100))
                    .extracting(t -> t.id(), t -> t.status(), t -> t.detail())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("c1", Turn.Status.RECEIVED, reply),
                            org.assertj.core.groups.Tuple.tuple(reply, Turn.Status.CUT, "room_closed"));
        }
        Server second = serve();
        assertThat(get(second.url(), "/v1/rooms/show-cut")).isEqualTo(before);
    }

    /** The turn {@code id} of a transcript, once the server has it (a room closes after its socket does). */
    private static JsonNode awaitRoomTurn(String url, String path, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(url + path)).GET());
            if (r.statusCode() == 200) {
                for (JsonNode t : Http.json(r).get("turns")) {
                    if (t.path("id").asText().equals(id)) return t;
                }
            }
            assertThat(System.nanoTime()).as("%s has turn %s; last read: %s", path, id, r.body()).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
