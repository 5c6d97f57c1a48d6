package cohost.connectors.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a console gets when it joins a room, over real sockets (the console's own view of it is in
 * {@link ConsoleOperatorTest}): the handoff queue with its taken marks also after the room closed and opened again,
 * and the messages still waiting for an outcome (held while the host speaks), which no transcript has yet.
 */
class ConsoleStateTest {
    private static CohostServer server;

    @BeforeAll
    static void start() {
        server = TestServers.demo();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static boolean handoff(JsonNode f, String id) {
        return f.path("type").asText().equals("handoff") && f.path("id").asText().equals(id);
    }

    @Test
    void theHandoffQueueAndItsTakenMarksOutliveTheRoomClosingWithItsLastConsole() throws Exception {
        try (LiveConnection console = LiveConnection.open(server, "/v1/rooms/queue-kept/live", null)) {
            console.chat("k-q1", "v-ana", "pt", "quero falar com um atendente sobre meu pedido");
            console.chat("k-q2", "v-kenji", "ja", "人間の担当者と話したいです");
            JsonNode queued = console.await("the handoff", f -> handoff(f, "k-q1"));
            assertThat(queued.path("takenBy").isNull()).isTrue();
            console.await("the second handoff", f -> handoff(f, "k-q2"));
            console.send("{\"type\": \"handoff.take\", \"id\": \"k-q1\", \"by\": \"Lee\"}");
            console.await("the mark", f -> handoff(f, "k-q1") && f.path("takenBy").asText().equals("Lee"));
        }
        awaitClosed("queue-kept");

        try (LiveConnection reopened = LiveConnection.open(server, "/v1/rooms/queue-kept/live", null)) {
            JsonNode taken = reopened.await("the queue, read back", f -> handoff(f, "k-q1"));
            assertThat(taken.path("takenBy").asText()).isEqualTo("Lee");
            assertThat(taken.path("text").asText()).isEqualTo("quero falar com um atendente sobre meu pedido");
            assertThat(taken.path("lang").asText()).isEqualTo("pt");
            assertThat(taken.path("gist").asText()).isNotBlank();
            assertThat(taken.at("/viewer/id").asText()).isEqualTo("v-ana");
            JsonNode open = reopened.await("the untaken one", f -> handoff(f, "k-q2"));
            assertThat(open.path("takenBy").isNull()).isTrue();
            // still one queue: taking it again by someone else is refused with who has it
            reopened.send("{\"type\": \"handoff.take\", \"id\": \"k-q1\", \"by\": \"Mo\"}");
            assertThat(reopened.await("the refusal", f -> f.path("type").asText().equals("error")).path("message")
                    .asText()).contains("already taken by Lee");
        }
    }

    @Test
    void aConsoleJoiningWhileTheHostSpeaksGetsTheHeldMessagesAfterTheRoomsStateAndNotThoseAnswered() throws Exception {
        try (LiveConnection bridge = LiveConnection.open(server, "/v1/rooms/held-join/live", null)) {
            bridge.chat("j-q0", "v-bo", "en", "can I pay with paypal?");
            assertThat(bridge.outcome("j-q0")).startsWith("reply ");
            bridge.send("{\"type\": \"host.speaking\", \"on\": true}");
            bridge.await("the hold", f -> f.path("type").asText().equals("room.state")
                    && f.path("hostSpeaking").asBoolean());
            bridge.chat("j-q1", "v-ana", "pt", "frete pro brasil?");
            bridge.chat("j-q2", "v-cy", "es", "¿cuánto tarda el envío a México?");
            bridge.chat("j-q3", "v-dan", "en", "lol");
            for (String id : List.of("j-q1", "j-q2")) {
                bridge.await("the echo of " + id, f -> f.path("type").asText().equals("message")
                        && f.path("id").asText().equals(id));
            }
            assertThat(bridge.outcome("j-q3")).isEqualTo("skipped chatter");

            try (LiveConnection console = LiveConnection.open(server, "/v1/rooms/held-join/live", null)) {
                console.await("the second held message", f -> f.path("type").asText().equals("message")
                        && f.path("id").asText().equals("j-q2"));
                List<JsonNode> got = console.frames();
                assertThat(got.getFirst().path("type").asText()).isEqualTo("room.state");
                assertThat(got.getFirst().path("hostSpeaking").asBoolean()).isTrue();
                List<String> messages = got.stream().filter(f -> f.path("type").asText().equals("message"))
                        .map(f -> f.path("id").asText()).toList();
                assertThat(messages).as("held, in order; none with an outcome").containsExactly("j-q1", "j-q2");
                JsonNode held = got.stream().filter(f -> f.path("id").asText().equals("j-q1")).findFirst().orElseThrow();
                assertThat(held.path("lang").asText()).isEqualTo("pt");
                assertThat(held.path("intent").asText()).isEqualTo("shipping");

                bridge.send("{\"type\": \"host.speaking\", \"on\": false}");
                assertThat(console.outcome("j-q1")).startsWith("reply ");
                assertThat(console.outcome("j-q2")).startsWith("reply ");
            }
        }
    }

    private static void awaitClosed(String roomId) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (server.rooms().find("store-a", roomId).isPresent()) {
            assertThat(System.nanoTime()).as("room %s closes with its last socket", roomId).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
