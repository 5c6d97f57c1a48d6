package cohost.engine.answer;

import cohost.engine.Intent;
import cohost.engine.ReplyEvent;
import cohost.engine.ReplyResult;
import cohost.engine.testing.ScriptedChatModel;
import cohost.engine.testing.TestShop;
import cohost.engine.time.VirtualTime;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The composer against a model that misbehaves in every way the issue lists: it lies (in each claim kind, in each of
 * the ten languages, only in the last sentence), stalls before or mid-stream, breaks off, or answers very slowly.
 * Whatever it does, no false claim reaches the asker, not even as a delta, and every asker gets a reply. Facts:
 * shipping to Brazil (TestShop: Correios 7-12 business days, 8.50 USD, free over 60; DHL 3-5 days; duties paid by
 * the store). The model is scripted behind the engine's port on virtual time, so stalls and silences are exact and
 * nothing sleeps; a dropped connection and broken server-sent events from a real OpenAI-compatible server through
 * the langchain4j adapter: connectors' {@code LangChain4jChatModelTest}.
 */
class MisbehavingModelTest {
    static final KnowledgeBase kb = TestShop.kb();
    final Templates templates = new Templates(kb);
    final Facts brazil = new Facts.Shipping("BR", kb.shippingTo("BR"));
    final VirtualTime time = new VirtualTime();

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

    private record Run(StreamingReply reply, List<ReplyEvent> events) {
        String deltas() {
            StringBuilder b = new StringBuilder();
            for (ReplyEvent e : events) if (e instanceof ReplyEvent.Delta d) b.append(d.text());
            return b.toString();
        }
    }

    private Run compose(ScriptedChatModel model, Facts facts, String lang, List<String> names, Duration silence,
                        Pacer pacer) {
        StreamingReply reply = new StreamingReply("r1", List.of("m1"), lang, facts.intent(), time.nanoTime(), r -> { },
                time);
        List<ReplyEvent> events = new CopyOnWriteArrayList<>();
        reply.subscribe(events::add);
        new LlmComposer(model, templates, silence, time).compose(reply, facts, lang, names, List.of(), "frete?", "", pacer);
        return new Run(reply, events);
    }

    private Run compose(ScriptedChatModel model, String lang, Duration silence, Pacer pacer) {
        return compose(model, brazil, lang, List.of("Ana"), silence, pacer);
    }

    /** Moves time until the reply has ended (at most a minute of it), and returns how it ended. */
    private ReplyResult ended(Run run) {
        for (int i = 0; i < 600 && !run.reply().isEnded(); i++) time.advance(Duration.ofMillis(100));
        assertThat(run.reply().isEnded()).as("the reply ended within a minute").isTrue();
        return run.reply().result().join();
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
            var model = ScriptedChatModel.on(time, request -> truth + falsehood).chunkChars(5).pause(Duration.ofMillis(1));
            Run run = compose(model, lang, Duration.ofSeconds(10), null);
            ReplyResult result = ended(run);
            String sep = truth.endsWith(" ") ? "" : " ";
            assertThat(result.text()).as(lang).isEqualTo("@Ana " + truth + sep + template(lang));
            assertThat(run.deltas()).as(lang).isEqualTo(result.text()).doesNotContain(falsehood.strip());
            assertThat(result.cancelled()).isFalse();
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
            var model = ScriptedChatModel.on(time, request -> denial).chunkChars(5).pause(Duration.ofMillis(1));
            Run run = compose(model, facts, lang, List.of(), Duration.ofSeconds(10), null);
            assertThat(ended(run).text()).as(denial).isEqualTo(templates.render(facts, lang, List.of()));
            assertThat(run.deltas()).as(denial).doesNotContain(denial.strip());
        }));
    }

    @Test
    void aLieOnlyInTheLastSentenceWithoutAFullStopIsCaughtAtTheStreamsEnd() {
        Run run = compose(ScriptedChatModel.on(time, request -> "Leva de 7 a 12 dias úteis. Frete grátis e sem taxas")
                .chunkChars(3).pause(Duration.ofMillis(1)), "pt", Duration.ofSeconds(10), null);
        assertThat(ended(run).text()).isEqualTo("@Ana Leva de 7 a 12 dias úteis. " + template("pt"));
        assertThat(run.deltas()).doesNotContain("Frete grátis e");
    }

    @Test
    void aModelThatStallsBeforeItsFirstWordIsReplacedByTheTemplateAtTheSilenceLimitAndItsCallCancelled() {
        var model = ScriptedChatModel.on(time, request -> "Leva de 7 a 12 dias úteis.").stallBeforeFirst(Duration.ofSeconds(20));
        Run run = compose(model, "pt", Duration.ofMillis(300), null);
        time.advance(Duration.ofMillis(299));
        assertThat(run.deltas()).as("only the mention before the silence limit").isEqualTo("@Ana ");
        assertThat(run.reply().isEnded()).isFalse();
        time.advance(Duration.ofMillis(1));
        assertThat(run.reply().isEnded()).isTrue();
        assertThat(run.reply().result().join().text()).isEqualTo("@Ana " + template("pt"));
        assertThat(model.cancels()).isEqualTo(1);
        time.advance(Duration.ofMinutes(1));
        assertThat(run.deltas()).as("the model's late answer is never heard").isEqualTo("@Ana " + template("pt"));
    }

    @Test
    void aModelThatStallsMidStreamKeepsItsCheckedSentencesAndTheTemplateGoesOn() {
        var model = ScriptedChatModel.on(time, request -> "Leva de 7 a 12 dias úteis. E depois").thenSilent(true)
                .pause(Duration.ofMillis(20));
        Run run = compose(model, "pt", Duration.ofMillis(400), null);
        assertThat(ended(run).text()).isEqualTo("@Ana Leva de 7 a 12 dias úteis. " + template("pt"));
        assertThat(model.cancels()).as("the silent call was cancelled").isEqualTo(1);
    }

    @Test
    void aStreamThatBreaksOffEndsWithTheTemplateAfterTheCheckedSentences() {
        var model = ScriptedChatModel.on(time, request -> "Leva de 7 a 12 dias úteis. O frete custa US$ 8,50 e chega")
                .chunkChars(4).pause(Duration.ofMillis(2)).failAfter(44);
        Run run = compose(model, "pt", Duration.ofSeconds(10), null);
        ReplyResult result = ended(run);
        assertThat(result.cancelled()).isFalse();
        assertThat(result.text()).startsWith("@Ana Leva de 7 a 12 dias úteis. ").endsWith(template("pt"));
        assertThat(run.deltas()).isEqualTo(result.text());
    }

    @Test
    void aVerySlowModelsFirstSentenceIsSaidBeforeItsSecondIsWritten() {
        String answer = "Leva de 7 a 12 dias úteis. Pelos Correios, custa US$ 8,50 e acima de US$ 60 o frete é grátis.";
        var model = ScriptedChatModel.on(time, request -> answer).chunkChars(1).pause(Duration.ofMillis(15));
        Run run = compose(model, "pt", Duration.ofSeconds(10), null);
        while (!run.deltas().contains("úteis.")) time.advance(Duration.ofMillis(15));
        assertThat(model.completed()).as("the model is still writing its second sentence").isZero();
        assertThat(run.deltas()).doesNotContain("Correios");
        assertThat(ended(run).text()).isEqualTo("@Ana " + answer);
    }

    @Test
    void inALiveRoomALyingModelsReplyIsPacedAndCancellingItCancelsTheModelsCall() {
        var model = ScriptedChatModel.on(time, request -> "Leva de 7 a 12 dias úteis. ").endless(true)
                .chunkChars(6).pause(Duration.ofMillis(10));
        try (var pacer = new Pacer(400, time)) {
            Run run = compose(model, "pt", Duration.ofSeconds(10), pacer);
            while (run.deltas().length() < 60) time.advance(Duration.ofMillis(5));
            assertThat(run.reply().cancel("host_speaking")).isTrue();
            assertThat(model.cancels()).isEqualTo(1);
            List<String> pieces = new ArrayList<>();
            for (ReplyEvent e : run.events()) if (e instanceof ReplyEvent.Delta d) pieces.add(d.text());
            assertThat(pieces).as("said a word at a time").contains("Leva ", "de ");
        }
    }
}
