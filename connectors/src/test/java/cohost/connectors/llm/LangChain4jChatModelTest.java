package cohost.connectors.llm;

import cohost.engine.Intent;
import cohost.engine.ReplyEvent;
import cohost.engine.ReplyResult;
import cohost.engine.answer.Facts;
import cohost.engine.answer.LlmComposer;
import cohost.engine.answer.StreamingReply;
import cohost.engine.answer.Templates;
import cohost.engine.model.ChatMessage;
import cohost.engine.model.ChatModel;
import cohost.engine.testing.ScriptedChatServer;
import cohost.engine.testing.TestShop;
import cohost.knowledge.KnowledgeBase;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The langchain4j adapter of the engine's chat-model port, with the real OpenAI streaming client against an
 * OpenAI-compatible server on loopback ({@link ScriptedChatServer}): pieces in order, the end reported once, a
 * cancel closes the HTTP stream (also before the first piece, and while the model is quiet), and a broken stream is
 * reported as a failure, after which the composer's template answer takes over.
 */
class LangChain4jChatModelTest {
    static final KnowledgeBase kb = TestShop.kb();

    static ChatModel model(ScriptedChatServer server) {
        return new LangChain4jChatModel(OpenAiStreamingChatModel.builder().baseUrl(server.baseUrl()).apiKey("test")
                .modelName("test").timeout(Duration.ofSeconds(30)).build());
    }

    /** What a listener heard: the pieces, and how the answer ended ("completed" or the failure). */
    static final class Heard implements ChatModel.Listener {
        final List<String> pieces = new CopyOnWriteArrayList<>();
        final CompletableFuture<String> end = new CompletableFuture<>();

        @Override
        public void text(String piece) {
            pieces.add(piece);
        }

        @Override
        public void completed() {
            end.complete("completed");
        }

        @Override
        public void failed(Throwable error) {
            end.complete("failed: " + error);
        }

        String text() {
            return String.join("", pieces);
        }
    }

    static void awaitHangUp(ScriptedChatServer server) throws InterruptedException {
        for (int i = 0; i < 1000 && server.hangUps() == 0; i++) Thread.sleep(10); // the server sees the close later
    }

    @Test
    void theAnswerStreamsInPiecesInOrderAndEndsOnceWithTheRolesMapped() throws Exception {
        String answer = "Standard shipping takes 7 to 12 business days.";
        try (var server = ScriptedChatServer.start(body -> answer).chunkChars(5).pause(Duration.ofMillis(2))) {
            Heard heard = new Heard();
            model(server).stream(List.of(ChatMessage.system("Rules."), ChatMessage.customer("frete?"),
                    ChatMessage.cohost("Leva 7 dias."), ChatMessage.customer("e o DHL?")), heard);
            assertThat(heard.end.get(30, TimeUnit.SECONDS)).isEqualTo("completed");
            assertThat(heard.text()).isEqualTo(answer);
            assertThat(heard.pieces).hasSizeGreaterThan(5);
            assertThat(server.requests().getFirst()).containsSubsequence("\"system\"", "Rules.", "\"user\"", "frete?",
                    "\"assistant\"", "Leva 7 dias.", "\"user\"", "e o DHL?");
        }
    }

    @Test
    void streamReturnsAtOnceWhileTheModelIsSlowToStart() throws Exception {
        try (var server = ScriptedChatServer.start(body -> "Hello.").stallBeforeFirst(Duration.ofSeconds(2))) {
            Heard heard = new Heard();
            long before = System.nanoTime();
            ChatModel.Call call = model(server).stream(List.of(ChatMessage.customer("hi")), heard);
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(1));
            call.cancel(); // before the first piece: the stream is closed when its first piece arrives
            awaitHangUp(server);
            assertThat(server.hangUps()).isEqualTo(1);
            assertThat(server.completed()).isZero();
            assertThat(heard.pieces).isEmpty();
            assertThat(heard.end).isNotDone();
        }
    }

    @Test
    void cancellingMidStreamClosesTheHttpStreamEvenWhileTheModelIsQuiet() throws Exception {
        try (var server = ScriptedChatServer.start(body -> "Uma frase sem números. ").thenSilent(true)
                .pause(Duration.ofMillis(20))) {
            Heard heard = new Heard();
            ChatModel.Call call = model(server).stream(List.of(ChatMessage.customer("frete?")), heard);
            for (int i = 0; i < 3000 && !heard.text().endsWith("números. "); i++) Thread.sleep(5);
            call.cancel();
            int heardAtCancel = heard.pieces.size();
            awaitHangUp(server);
            assertThat(server.hangUps()).as("the server saw the client hang up").isEqualTo(1);
            assertThat(heard.pieces).hasSize(heardAtCancel);
            assertThat(heard.end).isNotDone();
        }
    }

    @Test
    void aDroppedConnectionAndBrokenEventsAreFailuresNotAnswers() throws Exception {
        try (var server = ScriptedChatServer.start(body -> "Leva de 7 a 12 dias úteis. O frete custa US$ 8,50 e chega")
                .chunkChars(4).pause(Duration.ofMillis(2)).dropAfter(44)) {
            Heard heard = new Heard();
            model(server).stream(List.of(ChatMessage.customer("frete?")), heard);
            assertThat(heard.end.get(30, TimeUnit.SECONDS)).startsWith("failed");
        }
    }

    // the composer over the real client: what reaches the asker when the HTTP stream breaks

    final Templates templates = new Templates(kb);
    final Facts brazil = new Facts.Shipping("BR", kb.shippingTo("BR"));

    private ReplyResult compose(ScriptedChatServer server, List<ReplyEvent> events) throws Exception {
        StreamingReply reply = new StreamingReply("r1", List.of("m1"), "pt", Intent.SHIPPING, System.nanoTime(), r -> { });
        reply.subscribe(events::add);
        new LlmComposer(model(server), templates).compose(reply, brazil, "pt", List.of("Ana"), List.of(), "frete?", "");
        return reply.result().get(30, TimeUnit.SECONDS);
    }

    private static String deltas(List<ReplyEvent> events) {
        StringBuilder b = new StringBuilder();
        for (ReplyEvent e : events) if (e instanceof ReplyEvent.Delta d) b.append(d.text());
        return b.toString();
    }

    @Test
    void aDroppedConnectionEndsWithTheTemplateAfterTheCheckedSentences() throws Exception {
        try (var server = ScriptedChatServer.start(body -> "Leva de 7 a 12 dias úteis. O frete custa US$ 8,50 e chega")
                .chunkChars(4).pause(Duration.ofMillis(2)).dropAfter(44)) {
            List<ReplyEvent> events = new CopyOnWriteArrayList<>();
            ReplyResult result = compose(server, events);
            assertThat(result.cancelled()).isFalse();
            assertThat(result.text()).startsWith("@Ana Leva de 7 a 12 dias úteis. ")
                    .endsWith(templates.render(brazil, "pt", List.of()));
            assertThat(deltas(events)).isEqualTo(result.text());
        }
    }

    @Test
    void brokenServerSentEventsEndWithTheTemplate() throws Exception {
        try (var server = ScriptedChatServer.start(body -> "Leva de 7 a 12 dias úteis. Pelos Correios.")
                .chunkChars(4).pause(Duration.ofMillis(2)).malformedAfter(8)) {
            ReplyResult result = compose(server, new CopyOnWriteArrayList<>());
            assertThat(result.cancelled()).isFalse();
            assertThat(result.text()).startsWith("@Ana ").endsWith(templates.render(brazil, "pt", List.of()));
        }
    }
}
