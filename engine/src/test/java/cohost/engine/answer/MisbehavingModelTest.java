package cohost.engine.answer;

import cohost.engine.Intent;
import cohost.engine.ReplyEvent;
import cohost.engine.ReplyResult;
import cohost.engine.testing.ScriptedChatServer;
import cohost.engine.testing.TestShop;
import cohost.knowledge.KnowledgeBase;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The composer against a model that misbehaves in every way the issue lists: it lies (in each claim kind, in each of
 * the ten languages, only in the last sentence), stalls before or mid-stream, drops the connection, sends broken SSE,
 * or answers very slowly. Whatever it does, no false claim reaches the asker, not even as a delta, and every asker
 * gets a reply. Facts: shipping to Brazil (TestShop: Correios 7-12 business days, 8.50 USD, free over 60; DHL 3-5
 * days; duties paid by the store).
 */
class MisbehavingModelTest {
    static final KnowledgeBase kb = TestShop.kb();
    final Templates templates = new Templates(kb);
    final Facts brazil = new Facts.Shipping("BR", kb.shippingTo("BR"));

    /** A true first sentence and a lie, per language, each lie of another claim kind. */
    static final Map<String, List<String>> LIES = Map.of(
            "en", List.of("Standard shipping takes 7 to 12 business days. ", "It also comes in gold."),
            "es", List.of("El envío estándar tarda de 7 a 12 días hábiles. ", "¡Y el envío a Brasil es gratis!"),
            "pt", List.of("O envio padrão leva de 7 a 12 dias úteis. ", "Você paga os impostos de importação na entrega."),
            "fr", List.of("La livraison standard prend 7 à 12 jours ouvrés. ", "Sinon, livraison express en deux semaines."),
            "de", List.of("Der Standardversand dauert 7 bis 12 Werktage. ", "Wir versenden auch mit Hermes."),
            "ja", List.of("通常配送は7〜12営業日です。", "PayPalでお支払いいただけます。"),
            "ko", List.of("일반 배송은 7~12 영업일 걸립니다. ", "현재 이 제품은 품절입니다."),
            "zh", List.of("标准配送需要7到12个工作日。", "收到后30天内可以退货。"),
            "id", List.of("Pengiriman standar 7 sampai 12 hari kerja. ", "Produk ini bergaransi 2 tahun."),
            "ar", List.of("يستغرق الشحن العادي من 7 إلى 12 يوم عمل. ", "والشحن السريع بـ 4 دولار فقط."));

    static OpenAiStreamingChatModel model(ScriptedChatServer server) {
        return OpenAiStreamingChatModel.builder().baseUrl(server.baseUrl()).apiKey("test").modelName("test")
                .timeout(Duration.ofSeconds(30)).build();
    }

    private record Run(StreamingReply reply, List<ReplyEvent> events) {
        String deltas() {
            StringBuilder b = new StringBuilder();
            for (ReplyEvent e : events) if (e instanceof ReplyEvent.Delta d) b.append(d.text());
            return b.toString();
        }
    }

    private Run compose(ScriptedChatServer server, String lang, Duration silence, Pacer pacer) {
        StreamingReply reply = new StreamingReply("r1", List.of("m1"), lang, Intent.SHIPPING, System.nanoTime(), r -> { });
        List<ReplyEvent> events = new CopyOnWriteArrayList<>();
        reply.subscribe(events::add);
        new LlmComposer(model(server), templates, silence)
                .compose(reply, brazil, lang, List.of("Ana"), List.of(), "frete?", "", pacer);
        return new Run(reply, events);
    }

    private String template(String lang) {
        return templates.render(brazil, lang, List.of());
    }

    @Test
    void aLieInAnyClaimKindInAnyLanguageIsNeverDeliveredAndTheTemplateFinishesTheReply() {
        for (var lie : LIES.entrySet()) {
            String lang = lie.getKey();
            String truth = lie.getValue().get(0);
            String falsehood = lie.getValue().get(1);
            try (var server = ScriptedChatServer.start(body -> truth + falsehood).chunkChars(5).pause(Duration.ofMillis(1))) {
                Run run = compose(server, lang, Duration.ofSeconds(10), null);
                ReplyResult result = run.reply().result().join();
                String sep = truth.endsWith(" ") ? "" : " ";
                assertThat(result.text()).as(lang).isEqualTo("@Ana " + truth + sep + template(lang));
                assertThat(run.deltas()).as(lang).isEqualTo(result.text()).doesNotContain(falsehood.strip());
                assertThat(result.cancelled()).isFalse();
            }
        }
    }

    @Test
    void aFalseDenialIsALieLikeAnyOtherAndIsNeverDelivered() {
        // the earbuds come in black (12 in stock); Brazil takes PayPal: a model denying either is lying
        Facts earbuds = new Facts.ProductInfo(kb.product("EB-100").orElseThrow(), Map.of(), null);
        Facts payBr = new Facts.Payment("BR", kb.paymentMethodsFor("BR"), null, false);
        Map<Facts, Map<String, String>> denials = Map.of(
                earbuds, Map.of("en", "No, it doesn't come in black.", "pt", "Não, não vem em preto.", "zh", "没有黑色。"),
                payBr, Map.of("en", "We don't take PayPal.", "es", "No aceptamos PayPal.", "ja", "PayPalは使えません。"));
        denials.forEach((facts, byLang) -> byLang.forEach((lang, denial) -> {
            try (var server = ScriptedChatServer.start(body -> denial).chunkChars(5).pause(Duration.ofMillis(1))) {
                StreamingReply reply = new StreamingReply("r1", List.of("m1"), lang, facts.intent(), System.nanoTime(), r -> { });
                List<ReplyEvent> events = new CopyOnWriteArrayList<>();
                reply.subscribe(events::add);
                new LlmComposer(model(server), templates, Duration.ofSeconds(10))
                        .compose(reply, facts, lang, List.of(), List.of(), "?", "", null);
                String text = reply.result().join().text();
                assertThat(text).as(denial).isEqualTo(templates.render(facts, lang, List.of()));
                assertThat(new Run(reply, events).deltas()).as(denial).doesNotContain(denial.strip());
            }
        }));
    }

    @Test
    void aLieOnlyInTheLastSentenceWithoutAFullStopIsCaughtAtTheStreamsEnd() {
        try (var server = ScriptedChatServer.start(body -> "Leva de 7 a 12 dias úteis. Frete grátis e sem taxas")
                .chunkChars(3).pause(Duration.ofMillis(1))) {
            Run run = compose(server, "pt", Duration.ofSeconds(10), null);
            String text = run.reply().result().join().text();
            assertThat(text).isEqualTo("@Ana Leva de 7 a 12 dias úteis. " + template("pt"));
            assertThat(run.deltas()).doesNotContain("Frete grátis e");
        }
    }

    @Test
    void aModelThatStallsBeforeItsFirstWordIsReplacedByTheTemplateAndItsStreamClosed() throws Exception {
        try (var server = ScriptedChatServer.start(body -> "Leva de 7 a 12 dias úteis.")
                .stallBeforeFirst(Duration.ofSeconds(20))) {
            Run run = compose(server, "pt", Duration.ofMillis(300), null);
            assertThat(run.reply().result().join().text()).isEqualTo("@Ana " + template("pt"));
        }
    }

    @Test
    void aModelThatStallsMidStreamKeepsItsCheckedSentencesAndTheTemplateGoesOn() throws Exception {
        try (var server = ScriptedChatServer.start(body -> "Leva de 7 a 12 dias úteis. E depois").thenSilent(true)
                .pause(Duration.ofMillis(20))) {
            Run run = compose(server, "pt", Duration.ofMillis(400), null);
            assertThat(run.reply().result().join().text()).isEqualTo("@Ana Leva de 7 a 12 dias úteis. " + template("pt"));
            for (int i = 0; i < 500 && server.hangUps() == 0; i++) Thread.sleep(10);
            assertThat(server.hangUps()).as("the silent stream was closed").isEqualTo(1);
        }
    }

    @Test
    void aDroppedConnectionEndsWithTheTemplateAfterTheCheckedSentences() {
        try (var server = ScriptedChatServer.start(body -> "Leva de 7 a 12 dias úteis. O frete custa US$ 8,50 e chega")
                .chunkChars(4).pause(Duration.ofMillis(2)).dropAfter(44)) {
            Run run = compose(server, "pt", Duration.ofSeconds(10), null);
            ReplyResult result = run.reply().result().join();
            assertThat(result.cancelled()).isFalse();
            assertThat(result.text()).startsWith("@Ana Leva de 7 a 12 dias úteis. ").endsWith(template("pt"));
            assertThat(run.deltas()).isEqualTo(result.text());
        }
    }

    @Test
    void brokenServerSentEventsEndWithTheTemplate() {
        try (var server = ScriptedChatServer.start(body -> "Leva de 7 a 12 dias úteis. Pelos Correios.")
                .chunkChars(4).pause(Duration.ofMillis(2)).malformedAfter(8)) {
            Run run = compose(server, "pt", Duration.ofSeconds(10), null);
            ReplyResult result = run.reply().result().join();
            assertThat(result.cancelled()).isFalse();
            assertThat(result.text()).startsWith("@Ana ").endsWith(template("pt"));
        }
    }

    @Test
    void aVerySlowModelsFirstSentenceIsSaidBeforeItsSecondIsWritten() throws Exception {
        String answer = "Leva de 7 a 12 dias úteis. Pelos Correios, custa US$ 8,50 e acima de US$ 60 o frete é grátis.";
        try (var server = ScriptedChatServer.start(body -> answer).chunkChars(1).pause(Duration.ofMillis(15))) {
            Run run = compose(server, "pt", Duration.ofSeconds(10), null);
            while (!run.deltas().contains("úteis.")) Thread.sleep(5);
            assertThat(server.completed()).as("the model is still writing its second sentence").isZero();
            assertThat(run.deltas()).doesNotContain("Correios");
            assertThat(run.reply().result().join().text()).isEqualTo("@Ana " + answer);
        }
    }

    @Test
    void inALiveRoomALyingModelsReplyIsPacedAndCancellingItClosesTheModelsStream() throws Exception {
        try (var server = ScriptedChatServer.start(body -> "Leva de 7 a 12 dias úteis. ").endless(true)
                .chunkChars(6).pause(Duration.ofMillis(10));
             var threads = Executors.newVirtualThreadPerTaskExecutor();
             var pacer = new Pacer(400, threads)) {
            Run run = compose(server, "pt", Duration.ofSeconds(10), pacer);
            while (run.deltas().length() < 60) Thread.sleep(5);
            assertThat(run.reply().cancel("host_speaking")).isTrue();
            for (int i = 0; i < 500 && server.hangUps() == 0; i++) Thread.sleep(10);
            assertThat(server.hangUps()).isEqualTo(1);
            List<String> pieces = new ArrayList<>();
            for (ReplyEvent e : run.events()) if (e instanceof ReplyEvent.Delta d) pieces.add(d.text());
            assertThat(pieces).as("said a word at a time").contains("Leva ", "de ");
        }
    }
}
