package cohost.knowledge.bench;

import cohost.knowledge.KbException;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.Product;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The knowledge base over a generated KB of 100,000 products: index build rate and heap after load (timed in
 * {@link #main}), then search and shipping-lookup latency percentiles (JMH, sample-time mode). Run:
 * <pre>
 * mvn -B -o -q -pl knowledge test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cohost.knowledge.bench.KnowledgeBench
 * </pre>
 * (set {@code MAVEN_OPTS="-Xmx1g --add-modules jdk.incubator.vector"}; {@code -Dbench.products=N} changes the size).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KnowledgeBench {
    static final int PRODUCTS = Integer.getInteger("bench.products", 100_000);
    static final int WARMUP_LOADS = 3;
    static final int MEASURED_LOADS = 3;
    private static volatile KnowledgeBase shared;

    private static final List<String[]> QUERIES = List.of(
            new String[]{"wireless headphones", "en"}, new String[]{"waterproof backpack", "en"},
            new String[]{"mochila impermeable", "es"}, new String[]{"tetera de cerámica", "es"},
            new String[]{"无线耳机", "zh"}, new String[]{"真丝围巾", "zh"}, new String[]{"P004217", "en"},
            new String[]{"smart watch M450 black", "en"}, new String[]{"warranty", "en"});
    private static final String[] COUNTRIES = {"US", "BR", "DE", "ID", "JP", "AE", "GB", "MX", "SG", "FR"};

    KnowledgeBase kb;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        kb = shared;
    }

    @Benchmark
    public Object search() {
        String[] q = QUERIES.get(next++ % QUERIES.size());
        return kb.search(q[0], q[1], 10);
    }

    /** Product questions of every kind (an attribute, a unit, yes/no, not in the listing, the price), in 4 languages. */
    private static final List<String[]> PRODUCT_QUESTIONS = List.of(
            new String[]{"what is it made of?", "en"}, new String[]{"is it waterproof?", "en"},
            new String[]{"how many watts?", "en"}, new String[]{"¿de qué material es?", "es"},
            new String[]{"这个是什么材质的？", "zh"}, new String[]{"does it come with a case?", "en"},
            new String[]{"combien pèse-t-il ?", "fr"}, new String[]{"how much is it?", "en"});

    /** Ranking one product's own listing against a question: the part a product question adds to a turn. */
    @Benchmark
    public Object productQuestion() {
        int n = next++;
        String[] q = PRODUCT_QUESTIONS.get(n % PRODUCT_QUESTIONS.size());
        Product p = kb.products().get((int) ((n * 2654435761L) % kb.products().size() + kb.products().size())
                % kb.products().size());
        return kb.listing(p, q[0], q[1]);
    }

    @Benchmark
    public Object shippingLookup() {
        return kb.shippingTo(COUNTRIES[next++ % COUNTRIES.length]);
    }

    @Benchmark
    public Object returnsLookup() {
        return kb.returnPolicyFor(COUNTRIES[next++ % COUNTRIES.length]);
    }

    public static void main(String[] args) throws Exception {
        Path dir = KbGenerator.write(Files.createTempDirectory("cohost-bench-kb"), PRODUCTS);
        System.out.printf("generated %,d products in %s%n", PRODUCTS, dir);
        long heapBefore = usedHeap();
        // The first loads run while the JIT is still compiling the analyzers and the parser (on 2 cores it competes
        // with the load itself), so like JMH's warm-up iterations they are reported but not counted.
        double first = 0;
        double best = 0;
        for (int run = 1; run <= WARMUP_LOADS + MEASURED_LOADS; run++) {
            shared = null;
            System.gc();
            long t0 = System.nanoTime();
            shared = load(dir);
            double rate = PRODUCTS / ((System.nanoTime() - t0) / 1e9);
            if (run == 1) first = rate;
            if (run > WARMUP_LOADS) best = Math.max(best, rate);
            System.out.printf("load %d%s: %.2f s, %,.0f products/s (read, validate, index)%n", run,
                    run <= WARMUP_LOADS ? " (warm-up)" : "", PRODUCTS / rate, rate);
        }
        System.out.printf("heap held by the loaded KB: %,d MB%n", (usedHeap() - heapBefore) >> 20);

        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(KnowledgeBench.class.getName() + "\\.")
                .forks(0).threads(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(3).measurementTime(TimeValue.seconds(3))
                .build()).run();
        System.out.printf("%nindex build: best of %d after %d warm-up loads %,.0f products/s (first, cold: %,.0f)%n",
                MEASURED_LOADS, WARMUP_LOADS, best, first);
        for (RunResult r : results) {
            Statistics s = r.getPrimaryResult().getStatistics();
            System.out.printf("%-16s p50 %8.1f us   p99 %8.1f us   p99.9 %8.1f us   (%,d samples)%n",
                    r.getParams().getBenchmark().replaceAll(".*\\.", ""), s.getPercentile(50), s.getPercentile(99),
                    s.getPercentile(99.9), s.getN());
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static KnowledgeBase load(Path dir) throws KbException {
        return KnowledgeBase.load(dir);
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
