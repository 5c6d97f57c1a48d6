package cohost.connectors.server;

import cohost.connectors.store.HandoffQueue;
import cohost.connectors.store.TestPostgres;
import cohost.connectors.store.TranscriptDatabase;
import cohost.engine.Cohost;
import cohost.knowledge.KnowledgeBase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14: several Cohost nodes behind a load balancer share one PostgreSQL. A handed-off question is taken once
 * across them: two teammates on consoles connected to different nodes click Take at the same moment, one gets it, and
 * the other's console is told who has it (a {@code conflict} error, and the queue entry marked with the winner's
 * name). Two real servers over loopback, each with its own connection to the database, as two processes would have.
 * Skipped, saying so, when no PostgreSQL is reachable ({@link TestPostgres}).
 */
class HandoffTakenOnceAcrossNodesTest {
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : opened.reversed()) c.close();
    }

    /** A node: a server with the demo store whose transcripts and handoff queues are in the shared database. */
    private CohostServer node(String url, KnowledgeBase kb) {
        TranscriptDatabase db = TranscriptDatabase.open(url, TranscriptDatabase.Retention.DEFAULTS, Clock.systemUTC());
        opened.add(db);
        Cohost cohost = Cohost.builder(kb).transcripts(db.forStore(kb.store().id())).build();
        opened.add(cohost);
        CohostServer server = CohostServer.start(ServerConfig.of("127.0.0.1", 0, Map.of(kb.store().id(), cohost),
                Map.of()));
        opened.add(server);
        return server;
    }

    @Test
    void twoTeammatesOnTwoNodesTakingTheSameQuestionAtOnceOneGetsItAndTheOtherIsToldWho() throws Exception {
        String url = TestPostgres.url();
        KnowledgeBase kb = KnowledgeBase.demo();
        CohostServer nodeA = node(url, kb);
        CohostServer nodeB = node(url, kb);
        String room = "nodes-" + UUID.randomUUID(); // the database outlives the test: a room of its own
        String path = "/v1/rooms/" + room + "/live";

        LiveConnection onA = LiveConnection.open(nodeA, path, null);
        opened.add(onA);
        List<String> asked = List.of("t-q1", "t-q2", "t-q3");
        onA.chat("t-q1", "v-ana", "pt", "quero falar com um atendente sobre meu pedido");
        onA.chat("t-q2", "v-kenji", "ja", "人間の担当者と話したいです");
        onA.chat("t-q3", "v-cleo", "fr", "je veux parler à un humain svp");
        for (String id : asked) {
            onA.await("the handoff of " + id, f -> f.path("type").asText().equals("handoff")
                    && f.path("id").asText().equals(id));
        }
        // node B's room opens later and reads the queue node A wrote (a write is in within one batch)
        HandoffQueue shared = (HandoffQueue) ((TranscriptDatabase) opened.getFirst()).forStore(kb.store().id());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (shared.queue(room, 10).size() < asked.size()) {
            assertThat(System.nanoTime()).as("node A's handoffs are in the database").isLessThan(deadline);
            Thread.sleep(20);
        }
        LiveConnection onB = LiveConnection.open(nodeB, path, null);
        opened.add(onB);
        for (String id : asked) {
            onB.await("node B's console lists " + id, f -> f.path("type").asText().equals("handoff")
                    && f.path("id").asText().equals(id));
        }

        // Lee on node A and Mo on node B click Take on every question at the same moment
        Thread lee = Thread.ofPlatform().start(() -> asked.forEach(id ->
                onA.send("{\"type\":\"handoff.take\",\"id\":\"" + id + "\",\"by\":\"Lee\"}")));
        Thread mo = Thread.ofPlatform().start(() -> asked.forEach(id ->
                onB.send("{\"type\":\"handoff.take\",\"id\":\"" + id + "\",\"by\":\"Mo\"}")));
        lee.join();
        mo.join();

        for (String id : asked) {
            String winner = decided(onA, id, "Lee");
            assertThat(decided(onB, id, "Mo")).as("both consoles show the same taker of %s", id).isEqualTo(winner);
            LiveConnection loser = winner.equals("Lee") ? onB : onA;
            JsonNode refusal = loser.await("the loser's refusal for " + id, f -> f.path("type").asText().equals("error")
                    && f.path("inReplyTo").asText().equals(id));
            assertThat(refusal.path("code").asText()).isEqualTo("conflict");
            assertThat(refusal.path("message").asText()).contains("already taken by " + winner);
            LiveConnection taker = winner.equals("Lee") ? onA : onB;
            assertThat(taker.frames()).as("the taker is not refused").noneMatch(f -> f.path("type").asText()
                    .equals("error") && f.path("inReplyTo").asText().equals(id));
            assertThat(shared.queue(room, 10)).filteredOn(e -> e.messageId().equals(id)).singleElement()
                    .satisfies(e -> assertThat(e.takenBy()).isEqualTo(winner));
        }
    }

    /** The taker a console is shown for a question after its own Take: the handoff frame its node sent back. */
    private static String decided(LiveConnection console, String id, String clicked) throws InterruptedException {
        return console.await("the decided mark of " + id, f -> f.path("type").asText().equals("handoff")
                && f.path("id").asText().equals(id) && !f.path("takenBy").isMissingNode()
                && !f.path("takenBy").isNull()).path("takenBy").asText();
    }
}
