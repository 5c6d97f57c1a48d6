package cohost.engine.bench;

import cohost.engine.Cohost;
import cohost.engine.Reply;
import cohost.engine.ReplyEvent;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.engine.testing.ScriptedChatModel;
import cohost.knowledge.KnowledgeBase;
import cohost.engine.time.TimeSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Engine speed on the demo store, 2 CPUs: a template turn (understand + facts + render + host text), cancel until the
 * Cancelled event reaches a listener while a model keeps streaming, and 1,000 conversations at once.
 * Run: see BENCHMARKS.md, section Engine.
 */
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=2", "--add-modules", "jdk.incubator.vector", "-Xmx2g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class EngineBench {

    static final List<Utterance> QUESTIONS = List.of(
            Utterance.typed("q1", Speaker.viewer("v1", "Ana", "pt", "BR"), "quanto custa o frete?"),
            Utterance.typed("q2", Speaker.viewer("v2", "Luis", null, "MX"), "envío a mx??"),
            Utterance.typed("q3", Speaker.viewer("v3", "Yuki", null, "JP"), "送料は?"),
            Utterance.typed("q4", Speaker.viewer("v4", "Max", "de", "DE"), "kann ich das zurückgeben?"),
            Utterance.typed("q5", Speaker.viewer("v5", "Sam", "en", "US"), "do you take paypal?"),
            Utterance.typed("q6", Speaker.viewer("v6", "Min", null, "KR"), "배송 얼마나 걸려요?"));

    /** Questions that name a city or region instead of a country (issue #9 item 3), in the ten languages. */
    static final List<Utterance> PLACE_QUESTIONS = List.of(
            Utterance.typed("p1", Speaker.viewer("v1", "Ana", null, null), "quanto custa o frete pra São Paulo?"),
            Utterance.typed("p2", Speaker.viewer("v2", "Luis", null, null), "¿cuánto tarda el envío a Guadalajara?"),
            Utterance.typed("p3", Speaker.viewer("v3", "Yuki", null, null), "ミュンヘンまでの送料は？"),
            Utterance.typed("p4", Speaker.viewer("v4", "Max", null, null), "Versand nach München?"),
            Utterance.typed("p5", Speaker.viewer("v5", "Sam", null, null), "how long to Toronto"),
            Utterance.typed("p6", Speaker.viewer("v6", "Min", null, null), "토론토까지 배송 며칠 걸려요?"),
            Utterance.typed("p7", Speaker.viewer("v7", "Lea", null, null), "vous livrez à Lyon ?"),
            Utterance.typed("p8", Speaker.viewer("v8", "Budi", null, null), "kirim ke Surabaya berapa hari"),
            Utterance.typed("p9", Speaker.viewer("v9", "Wei", null, null), "寄到慕尼黑要几天？"),
            Utterance.typed("p10", Speaker.viewer("v10", "Omar", null, null), "كم يوم الشحن إلى ميونخ؟"));

    @State(Scope.Benchmark)
    public static class Engine {
        Cohost cohost;
        final AtomicLong n = new AtomicLong();

        @Setup
        public void setUp() {
            cohost = Cohost.builder(KnowledgeBase.demo()).build();
        }

        @TearDown
        public void tearDown() {
            cohost.close();
        }
    }

    /** One template turn: p50/p99 come from SampleTime's percentiles. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object templateTurn(Engine e) {
        long i = e.n.incrementAndGet();
        Utterance u = QUESTIONS.get((int) (i % QUESTIONS.size()));
        return e.cohost.ask("bench-" + (i % 1000), u).result().join();
    }

    /** One template turn whose destination is a city or region: the place lookup is part of understanding. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object placeTurn(Engine e) {
        long i = e.n.incrementAndGet();
        Utterance u = PLACE_QUESTIONS.get((int) (i % PLACE_QUESTIONS.size()));
        return e.cohost.ask("place-" + (i % 1000), u).result().join();
    }

    @State(Scope.Benchmark)
    public static class Streaming {
        ScriptedChatModel model;
        Cohost cohost;
        Reply reply;
        CountDownLatch cancelled;
        final AtomicLong n = new AtomicLong();

        @Setup(Level.Trial)
        public void start() {
            // the engine's port, scripted in process: the figure is the engine's cancel path, not an HTTP client's
            model = ScriptedChatModel.on(TimeSource.system(), request -> "Uma resposta que nunca acaba, sem números. ")
                    .endless(true)
                    .chunkChars(8).pause(Duration.ofMillis(2));
            cohost = Cohost.builder(KnowledgeBase.demo()).chatModel(model).build();
        }

        /** A reply that the model is streaming into: its first text has arrived. */
        @Setup(Level.Invocation)
        public void streamingReply() throws InterruptedException {
            long i = n.incrementAndGet();
            reply = cohost.ask("stream-" + i, QUESTIONS.getFirst());
            CountDownLatch firstText = new CountDownLatch(1);
            cancelled = new CountDownLatch(1);
            reply.subscribe(ev -> {
                if (ev instanceof ReplyEvent.Delta d && d.text().contains("resposta")) firstText.countDown();
                if (ev instanceof ReplyEvent.Cancelled) cancelled.countDown();
            });
            if (!firstText.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("the model sent nothing");
        }

        @TearDown(Level.Trial)
        public void stop() {
            cohost.close();
        }
    }

    /** From cancel() to the Cancelled event in a listener, while the model keeps sending. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 1, time = 3)
    @Measurement(iterations = 2, time = 5)
    public void cancelToCancelled(Streaming s) throws InterruptedException {
        s.reply.cancel("host_spoke");
        s.cancelled.await();
    }

    @State(Scope.Benchmark)
    public static class Crowd {
        ExecutorService pool;
        final AtomicLong round = new AtomicLong();

        @Setup
        public void setUp() {
            pool = Executors.newFixedThreadPool(16);
        }

        @TearDown
        public void tearDown() {
            pool.shutdownNow();
        }
    }

    /** 1,000 conversations, each asking 3 questions in order, all at once; fails on any error. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public int thousandConversations(Engine e, Crowd crowd) {
        long r = crowd.round.incrementAndGet();
        List<CompletableFuture<Integer>> all = new ArrayList<>(1000);
        for (int c = 0; c < 1000; c++) {
            String id = "crowd-" + r + "-" + c;
            int first = c;
            all.add(CompletableFuture.supplyAsync(() -> {
                int chars = 0;
                for (int q = 0; q < 3; q++) {
                    chars += e.cohost.ask(id, QUESTIONS.get((first + q) % QUESTIONS.size())).result().join().text().length();
                }
                return chars;
            }, crowd.pool));
        }
        return all.stream().mapToInt(CompletableFuture::join).sum();
    }
}
