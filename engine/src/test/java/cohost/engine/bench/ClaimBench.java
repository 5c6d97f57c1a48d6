package cohost.engine.bench;

import cohost.engine.answer.Facts;
import cohost.engine.answer.claims.ClaimCheck;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.Product;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The claim check's cost on the demo store: one model sentence checked against prepared facts (ten languages, true
 * and false, with and without claims), and preparing the check for a reply (a product with its ten-language texts).
 * Run: see BENCHMARKS.md, section "LLM claim check".
 */
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=2", "--add-modules", "jdk.incubator.vector", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class ClaimBench {

    static final List<String> SENTENCES = List.of(
            "Standard shipping to Brazil takes 12 to 20 business days and costs $9.99. ",
            "Yes! It also comes in gold, and shipping is free worldwide with no customs to pay.",
            "O envio padrão leva de 12 a 20 dias úteis e o frete é grátis acima de US$ 49. ",
            "El envío tarda dos semanas y los aranceles los pagas al recibir. ",
            "La livraison prend 7 à 12 jours ouvrés, taxes d'importation incluses. ",
            "Der Versand ist kostenlos, Sie zahlen keine Zölle. ",
            "通常配送は7〜12営業日です。",
            "배송은 2주 걸리며 관세는 고객 부담입니다. ",
            "标准配送需要7到12个工作日，包邮。",
            "Pengiriman 7 sampai 12 hari kerja, bisa bayar pakai kartu kredit. ",
            "يستغرق الشحن من 7 إلى 12 يوم عمل والدفع عند الاستلام متاح. ",
            "Great question, a teammate will help you with that!");

    @State(Scope.Benchmark)
    public static class Checks {
        ClaimCheck shipping;
        ClaimCheck product;
        Facts productFacts;
        int i;

        @Setup
        public void setUp() {
            KnowledgeBase kb = KnowledgeBase.demo();
            shipping = ClaimCheck.of(new Facts.Shipping("BR", kb.shippingTo("BR")));
            Product p = kb.products().stream().filter(x -> !x.variants().isEmpty()).findFirst().orElseThrow();
            productFacts = new Facts.ProductInfo(p, Map.of(), null);
            product = ClaimCheck.of(productFacts);
        }
    }

    /** One sentence checked (half against shipping facts, half against a product's). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object checkSentence(Checks c) {
        int i = c.i++;
        String s = SENTENCES.get(i % SENTENCES.size());
        return ((i / SENTENCES.size()) % 2 == 0 ? c.shipping : c.product).unsupported(s);
    }

    /** Preparing a reply's check from a product's facts (done once per LLM reply). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object prepareProductCheck(Checks c) {
        return ClaimCheck.of(c.productFacts);
    }
}
