package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.knowledge.KnowledgeBase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cohost.connectors.server.TestServers.KEY_A;
import static cohost.connectors.server.TestServers.KEY_B;
import static org.assertj.core.api.Assertions.assertThat;

/** The desk API over a real server: JSON replies, server-sent events, transcripts, store isolation. */
class DeskApiTest {
    private static CohostServer server;

    @BeforeAll
    static void start() {
        server = TestServers.twoStores();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode ask(String conversation, String key, String body) {
        HttpResponse<String> response = Http.send(Http.post(server, "/v1/conversations/" + conversation + "/messages", key, body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).get("reply");
    }

    @Test
    void aMessageGetsAGroundedReplyAsJson() {
        JsonNode reply = ask("desk-1", KEY_A, "{\"text\": \"¿Cuánto tarda el envío a Brasil?\", \"lang\": \"es\", "
                + "\"customer\": {\"id\": \"c1\", \"name\": \"Ana\", \"country\": \"MX\"}}");
        assertThat(reply.get("text").asText()).isNotBlank();
        assertThat(reply.get("lang").asText()).isEqualTo("es");
        assertThat(reply.get("intent").asText()).isEqualTo("shipping");
        assertThat(reply.get("sources")).isNotEmpty();
        assertThat(reply.get("sources").get(0).get("kind").asText()).isEqualTo("shipping");
        assertThat(reply.get("handoff").isBoolean()).isTrue();
        assertThat(reply.get("hostText").asText()).isNotBlank();
        assertThat(reply.get("latencyMs").isNumber()).isTrue();
        assertThat(reply.get("latencyMs").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(reply.get("ai").asBoolean()).as("AI disclosure").isTrue();
    }

    @Test
    void aCustomersCountryTypedAsACityIsItsCountry() {
        for (String[] city : new String[][]{{"München", "DE"}, {"Toronto", "CA"}}) {
            String question = "{\"text\": \"how long does shipping take?\", \"customer\": {\"id\": \"c-%s\", \"country\": \"%s\"}}";
            JsonNode byCity = ask("desk-city-" + city[1], KEY_A, question.formatted(city[1] + "1", city[0]));
            JsonNode byCode = ask("desk-code-" + city[1], KEY_A, question.formatted(city[1] + "2", city[1]));
            assertThat(byCity.get("intent").asText()).isEqualTo("shipping");
            assertThat(byCity.get("text").asText()).as(city[0]).isEqualTo(byCode.get("text").asText());
            assertThat(byCity.get("sources")).isEqualTo(byCode.get("sources"));
        }
    }

    @Test
    void theClientsMessageIdIsWhatTheReplyAnswers() {
        JsonNode reply = ask("desk-ids", KEY_A, "{\"text\": \"can I return it?\", \"id\": \"q-42\"}");
        assertThat(reply.get("inReplyTo")).extracting(JsonNode::asText).containsExactly("q-42");
    }

    @Test
    void theProductTheCustomerIsLookingAtAnswersThisOne() {
        KnowledgeBase demo = KnowledgeBase.demo();
        try (Cohost cohost = Cohost.builder(demo).build();
             CohostServer shop = CohostServer.start(ServerConfig.of("127.0.0.1", 0, Map.of(demo.store().id(), cohost),
                     Map.of()))) {
            String sku = demo.products().getFirst().sku();
            HttpResponse<String> response = Http.send(Http.post(shop, "/v1/conversations/this-one/messages", null,
                    "{\"text\": \"how much is this one?\", \"showing\": \"" + sku + "\"}"));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode reply = Http.json(response).get("reply");
            assertThat(reply.get("intent").asText()).isEqualTo("product");
            assertThat(reply.get("sources")).extracting(s -> s.get("id").asText()).contains(sku);
        }
    }

    @Test
    void aCustomerWhoDeclaresZhTwGetsTraditionalChineseTaggedZhHant() {
        JsonNode reply = ask("desk-tw", KEY_A, "{\"text\": \"寄到日本要多久？\", \"lang\": \"zh-TW\"}");
        assertThat(reply.get("lang").asText()).isEqualTo("zh-Hant");
        assertThat(reply.get("text").asText()).contains("個工作日");
        assertThat(reply.get("hostText").asText()).contains("个工作日");
        JsonNode simplified = ask("desk-cn", KEY_A, "{\"text\": \"寄到日本要多久？\", \"lang\": \"zh-CN\"}");
        assertThat(simplified.get("lang").asText()).isEqualTo("zh");
    }

    @Test
    void withAcceptEventStreamTheReplyComesAsServerSentEvents() {
        HttpResponse<String> response = Http.send(Http.post(server, "/v1/conversations/desk-sse/messages", KEY_A,
                "{\"text\": \"how long does shipping to Brazil take?\", \"lang\": \"en\"}").header("Accept", "text/event-stream"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        List<String> names = new ArrayList<>();
        List<JsonNode> data = new ArrayList<>();
        for (String block : response.body().split("\n\n")) {
            String[] lines = block.split("\n");
            assertThat(lines[0]).startsWith("event: ");
            assertThat(lines[1]).startsWith("data: ");
            names.add(lines[0].substring(7));
            try {
                data.add(Http.JSON.readTree(lines[1].substring(6)));
            } catch (Exception e) {
                throw new AssertionError(lines[1], e);
            }
        }
        assertThat(names.getFirst()).isEqualTo("reply.started");
        assertThat(names.getLast()).isEqualTo("reply.done");
        assertThat(names.subList(1, names.size() - 1)).allMatch("reply.delta"::equals);
        StringBuilder deltas = new StringBuilder();
        data.stream().filter(d -> d.get("type").asText().equals("reply.delta")).forEach(d -> deltas.append(d.get("text").asText()));
        JsonNode done = data.getLast();
        assertThat(done.get("text").asText()).isEqualTo(deltas.toString()).isNotBlank();
        assertThat(done.get("lang").asText()).isEqualTo("en");
        assertThat(done.get("sources")).isNotEmpty();
        assertThat(done.get("hostText").asText()).isNotBlank();
        assertThat(data.getFirst().get("replyId").asText()).isEqualTo(done.get("replyId").asText());
        assertThat(data.getFirst().get("ai").asBoolean()).as("AI disclosure on reply.started").isTrue();
        assertThat(done.get("intent").asText()).isEqualTo("shipping");
        assertThat(done.get("latencyMs").isNumber()).isTrue();
    }

    @Test
    void theTranscriptHoldsTheMessageAndTheReply() {
        JsonNode reply = ask("desk-2", KEY_A, "{\"text\": \"can I return it?\", \"id\": \"m-1\"}");
        HttpResponse<String> response = Http.send(Http.get(server, "/v1/conversations/desk-2", KEY_A));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode turns = Http.json(response).get("turns");
        assertThat(turns).hasSize(2);
        assertThat(turns.get(0).get("text").asText()).isEqualTo("can I return it?");
        assertThat(turns.get(0).get("role").asText()).isEqualTo("customer");
        assertThat(turns.get(1).get("role").asText()).isEqualTo("cohost");
        assertThat(turns.get(1).get("text").asText()).isEqualTo(reply.get("text").asText());
        assertThat(turns.get(1).get("status").asText()).isEqualTo("answered");
    }

    @Test
    void anUnknownConversationIsNotFound() {
        HttpResponse<String> response = Http.send(Http.get(server, "/v1/conversations/never-used", KEY_A));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.json(response).get("error").get("code").asText()).isEqualTo("not_found");
    }

    @Test
    void oneStoresConversationsAreInvisibleToAnotherStoresKey() {
        ask("secret-b", KEY_B, "{\"text\": \"do you ship to Japan?\"}");
        assertThat(Http.send(Http.get(server, "/v1/conversations/secret-b", KEY_B)).statusCode()).isEqualTo(200);
        assertThat(Http.send(Http.get(server, "/v1/conversations/secret-b", KEY_A)).statusCode()).isEqualTo(404);
    }

    @Test
    void localDemoModeNeedsNoKey() {
        try (CohostServer demo = TestServers.demo()) {
            HttpResponse<String> response = Http.send(Http.post(demo, "/v1/conversations/d1/messages", null,
                    "{\"text\": \"which payment methods do you take?\"}"));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(Http.json(response).get("reply").get("intent").asText()).isEqualTo("payment");
        }
    }
}
