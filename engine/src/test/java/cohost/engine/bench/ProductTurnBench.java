package cohost.engine.bench;

import cohost.engine.Cohost;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.Product;
import cohost.knowledge.bench.KbGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
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

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What answering a product question adds to a whole turn (understand -> facts -> compose, template composer) on a
 * generated catalogue of 100,000 products with the listing fields of issue #11 (attributes, labels, bullets, a
 * product FAQ; {@link KbGenerator}): product questions about the product on screen and about products named by
 * their titles (and compared), against the store questions (shipping, returns, payment) of the same engine, in the
 * ten languages. {@link #main} times the load and the engine's snapshot build (product names, their fuzzy index,
 * options) and the heap they hold, then runs the three turns with JMH (sample time, one thread, in this JVM) and
 * prints the p99 difference. Command: BENCHMARKS.md, "Product questions on 100,000 products".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProductTurnBench {
    static final int PRODUCTS = Integer.getInteger("bench.products", 100_000);
    private static volatile Cohost shared;
    private static volatile List<Product> catalogue;

    /** Questions about the product on screen, in the ten languages: attributes, units, yes/no, compatibility. */
    static final List<String> ON_SCREEN = List.of(
            "is it waterproof?", "how heavy is it?", "does it work with android?", "what's the battery life?",
            "¿es resistente al agua?", "¿cuánto pesa?", "quanto pesa?", "é à prova d'água?",
            "elle est étanche ?", "combien de temps tient la batterie ?", "wie schwer ist das?", "ist es wasserdicht?",
            "防水ですか？", "重さは？", "방수 되나요?", "무게가 얼마예요?", "续航多久？", "这个防水吗？",
            "tahan air gak?", "beratnya berapa?", "هل هو مقاوم للماء؟", "كم الوزن؟",
            "is it dishwasher safe?", "does it come with a case?", "what are the dimensions?");

    /** Store questions of the same engine, in the ten languages, from askers whose country is known. */
    static final List<String[]> STORE = List.of(
            new String[]{"how much is shipping to Brazil?", "US"}, new String[]{"¿cuánto tarda el envío a México?", "MX"},
            new String[]{"quanto custa o frete?", "BR"}, new String[]{"vous livrez en France ?", "FR"},
            new String[]{"kann ich das zurückgeben?", "DE"}, new String[]{"送料は?", "JP"},
            new String[]{"배송 얼마나 걸려요?", "KR"}, new String[]{"可以用PayPal吗？", "SG"},
            new String[]{"bisa bayar pakai kartu?", "ID"}, new String[]{"كم يوم الشحن إلى الإمارات؟", "AE"});

    Cohost cohost;
    List<Product> products;
    long next;

    @Setup
    public void setUp() {
        cohost = shared;
        products = catalogue;
    }

    private Product product(long n) {
        return products.get((int) Math.floorMod(n * 2654435761L, products.size()));
    }

    /** "is it waterproof?" and the like, about the product on screen (a different product each time). */
    @Benchmark
    public Object productOnScreen() {
        long n = next++;
        String q = ON_SCREEN.get((int) (n % ON_SCREEN.size()));
        Utterance u = Utterance.typed("p" + n, Speaker.viewer("v" + n % 1000, "Viewer", null, null), q);
        return cohost.ask("screen-" + n % 1000, u, product(n).sku()).result().join();
    }

    /** A product named by its title in en/es/zh ("is the Waterproof umbrella M419 waterproof?"), or two compared. */
    @Benchmark
    public Object productNamed() {
        long n = next++;
        Product p = product(n);
        Map<String, String> t = p.title().texts();
        String q = switch ((int) (n % 4)) {
            case 0 -> "is the " + t.get("en") + " waterproof?";
            case 1 -> "¿cuánto pesa " + t.get("es") + "?";
            case 2 -> t.get("zh") + " 续航多久？";
            default -> t.get("en") + " vs " + product(n + 1).title().texts().get("en") + ", which is lighter?";
        };
        Utterance u = Utterance.typed("n" + n, Speaker.viewer("w" + n % 1000, "Viewer", null, null), q);
        return cohost.ask("named-" + n % 1000, u).result().join();
    }

    /** Shipping, returns and payment questions with a product on screen: the turns product questions are compared with. */
    @Benchmark
    public Object storeQuestion() {
        long n = next++;
        String[] q = STORE.get((int) (n % STORE.size()));
        Utterance u = Utterance.typed("s" + n, Speaker.viewer("x" + n % 1000, "Viewer", null, q[1]), q[0]);
        return cohost.ask("store-" + n % 1000, u, product(n).sku()).result().join();
    }

    public static void main(String[] args) throws Exception {
        Path dir = KbGenerator.write(Files.createTempDirectory("cohost-product-bench"), PRODUCTS);
        long heap0 = usedHeap();
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.load(dir);
        long t1 = System.nanoTime();
        long heap1 = usedHeap();
        long t2 = System.nanoTime();
        shared = Cohost.builder(kb).build();
        long t3 = System.nanoTime();
        long heap2 = usedHeap();
        catalogue = kb.products();
        System.out.printf("%,d products: KB load %.2f s (cold JVM, %,.0f products/s), %,d MB; engine snapshot"
                        + " (product names, fuzzy index, options, lexicons) %.2f s, %,d MB more%n", PRODUCTS,
                (t1 - t0) / 1e9, PRODUCTS / ((t1 - t0) / 1e9), (heap1 - heap0) >> 20, (t3 - t2) / 1e9,
                (heap2 - heap1) >> 20);
        if (JMH) {
            Collection<RunResult> results = new Runner(new OptionsBuilder()
                    .include(ProductTurnBench.class.getName() + "\\.")
                    .forks(0).threads(1)
                    .warmupIterations(2).warmupTime(TimeValue.seconds(5))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(5))
                    .build()).run();
            Map<String, Statistics> by = new HashMap<>();
            for (RunResult r : results) {
                Statistics s = r.getPrimaryResult().getStatistics();
                String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
                by.put(name, s);
                System.out.printf("%-16s p50 %8.1f us   p90 %8.1f us   p99 %8.1f us   p99.9 %8.1f us   (%,d samples)%n",
                        name, s.getPercentile(50), s.getPercentile(90), s.getPercentile(99), s.getPercentile(99.9), s.getN());
            }
            Statistics store = by.get("storeQuestion");
            for (String name : List.of("productOnScreen", "productNamed")) {
                Statistics s = by.get(name);
                if (s == null || store == null) continue;
                System.out.printf("%s adds p50 %+.1f us, p99 %+.1f us to a store question's turn%n", name,
                        s.getPercentile(50) - store.getPercentile(50), s.getPercentile(99) - store.getPercentile(99));
            }
        }
        cpuTimes(!JMH);
        shared.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /** Turns per benchmark in {@link #cpuTimes}. */
    static final int CPU_TURNS = Integer.getInteger("bench.cpuTurns", 3_000);
    /** {@code -Dbench.jmh=false}: only the CPU times (warmed up by as many untimed turns), for quicker profiling. */
    static final boolean JMH = Boolean.parseBoolean(System.getProperty("bench.jmh", "true"));

    /**
     * The same three turns again, each timed by the CPU time of the thread that runs it: on the shared 2-core machine
     * a wall-clock tail is mostly time spent waiting for a core, while the CPU a turn takes is the code's own cost.
     * A turn runs whole on the calling thread (its conversation has no turn pending, so composing is not handed to
     * the pool); the collector's own threads are not counted.
     */
    private static void cpuTimes(boolean warmUp) {
        var threads = ManagementFactory.getThreadMXBean();
        ProductTurnBench bench = new ProductTurnBench();
        bench.setUp();
        bench.next = 1_000_000; // other products and conversations than the timed turns'
        Map<String, java.util.function.Supplier<Object>> turns = new java.util.LinkedHashMap<>();
        turns.put("productOnScreen", bench::productOnScreen);
        turns.put("productNamed", bench::productNamed);
        turns.put("storeQuestion", bench::storeQuestion);
        Map<String, double[]> by = new HashMap<>();
        for (var turn : turns.values()) {
            for (int i = 0; warmUp && i < CPU_TURNS; i++) turn.get();
        }
        for (var turn : turns.entrySet()) {
            double[] us = new double[CPU_TURNS];
            for (int i = 0; i < CPU_TURNS; i++) {
                long t0 = threads.getCurrentThreadCpuTime();
                turn.getValue().get();
                us[i] = (threads.getCurrentThreadCpuTime() - t0) / 1e3;
            }
            java.util.Arrays.sort(us);
            by.put(turn.getKey(), us);
            System.out.printf("CPU %-16s p50 %8.1f us   p90 %8.1f us   p99 %8.1f us   (%,d turns)%n", turn.getKey(),
                    at(us, 50), at(us, 90), at(us, 99), us.length);
        }
        double[] store = by.get("storeQuestion");
        for (String name : List.of("productOnScreen", "productNamed")) {
            double[] us = by.get(name);
            System.out.printf("CPU %s adds p50 %+.1f us, p99 %+.1f us to a store question's turn%n", name,
                    at(us, 50) - at(store, 50), at(us, 99) - at(store, 99));
        }
    }

    private static double at(double[] sorted, double percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100 * sorted.length) - 1)];
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
