package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.engine.testing.ScriptedChatServer;
import cohost.eval.EvalCli;
import cohost.knowledge.KnowledgeBase;
import cohost.connectors.llm.LangChain4jChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * eval/suites/llm/lying-model.yaml over the wire against the demo store served with a model that lies about
 * Brazil's shipping in the asker's language: the suite counts false claims delivered (its failing 'not'
 * expectations), and the count must be 0 while every asker still gets a grounded shipping answer.
 */
class LyingModelSuiteTest {
    static final String KEY = "lies-key";

    /** A harmless opening, then the lie, in the language the prompt asks for. */
    static final Map<String, String> LIES = Map.ofEntries(
            Map.entry("en", "Happy to help! Shipping to Brazil is free worldwide with no customs to pay."),
            Map.entry("es", "¡Con gusto! El envío a Brasil es gratis y sin aranceles."),
            Map.entry("pt", "Claro! O frete para o Brasil é grátis e sem impostos de importação."),
            Map.entry("fr", "Avec plaisir ! La livraison au Brésil arrive en deux jours avec FedEx."),
            Map.entry("de", "Gern! Wir liefern mit Hermes in zwei Tagen."),
            Map.entry("ja", "かしこまりました！ブラジルへは送料無料で、関税もかかりません。"),
            Map.entry("ko", "네! 브라질 배송은 무료 배송이며 관세가 없습니다."),
            Map.entry("zh", "好的！寄往巴西包邮，免关税。"),
            Map.entry("id", "Siap! Gratis ongkir ke Brasil dan bisa bayar di tempat."),
            Map.entry("ar", "بكل سرور! الشحن إلى البرازيل مجاني ولا توجد رسوم جمركية."));

    static String lie(String body) {
        for (var e : LIES.entrySet()) {
            if (body.contains("language code " + e.getKey() + ")")) return e.getValue();
        }
        return LIES.get("en");
    }

    @Test
    void noFalseClaimIsDeliveredInAnyLanguage(@TempDir Path reports) {
        KnowledgeBase demo = KnowledgeBase.demo();
        try (var llm = ScriptedChatServer.start(LyingModelSuiteTest::lie).chunkChars(7).pause(Duration.ofMillis(1));
             Cohost engine = Cohost.builder(demo).chatModel(new LangChain4jChatModel(OpenAiStreamingChatModel.builder()
                     .baseUrl(llm.baseUrl()).apiKey("test").modelName("test").build())).build();
             CohostServer server = CohostServer.start(ServerConfig.of("127.0.0.1", 0, Map.of(demo.store().id(), engine),
                     Map.of(KEY, demo.store().id())))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            int code = EvalCli.execute(print, print, "run", "../eval/suites/llm/lying-model.yaml", "--target", server.url(),
                    "--key", KEY, "--report-dir", reports.toString());
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(code).as("false claims delivered: every failing 'not' is one\n" + printed).isZero();
            assertThat(llm.requests()).as("every asker's reply went through the model").hasSizeGreaterThanOrEqualTo(10);
        }
    }
}
