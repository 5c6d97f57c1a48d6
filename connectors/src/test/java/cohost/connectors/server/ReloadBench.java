package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.engine.room.RoomPolicy;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.LiveKnowledge;
import cohost.wire.ClientFrame;
import cohost.wire.Person;
import cohost.wire.ServerFrame;
import cohost.wire.WireException;
import cohost.wire.WireJson;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.WeakReference;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A big catalogue reloaded while live rooms are busy (issue #14: "a 100,000-product reload while a room load runs").
 * The bundled demo store's folder, plus N generated products, is served by a real server in this JVM with its
 * {@link KbReloader}; chat goes to the rooms over loopback WebSockets at a fixed rate; part-way, a price is edited in
 * the folder and the folder reloaded through the same path the watcher and the admin endpoint use. reply.started is
 * timed per message and reported for the messages sent while the reload ran (load, validation, index, the engine's
 * understanding, swap), and for the rest; heap is sampled every 50 ms; a weak reference to the old KB tells whether it
 * is gone after the swap (at most two KBs alive: the serving one and the one being built).
 *
 * <p>Arguments: products (default 100000), msg/s (2000), rooms (200), seconds timed (60), warm-up seconds (10),
 * reload at second (20). Run with the JVM flags of {@code ./cohost serve} (BENCHMARKS.md, "KB reload under load").
 */
public final class ReloadBench {
    private static final String[][] QUESTIONS = {
            {"en", "how long does shipping to Brazil take?"}, {"pt", "quanto tempo leva o envio para o Brasil?"},
            {"es", "¿cuánto tarda el envío a Brasil?"}, {"de", "Wie lange dauert der Versand nach Deutschland?"},
            {"en", "can I return it?"}, {"pt", "vocês aceitam PayPal?"}, {"en", "how much is the P000042?"},
            {"es", "¿tienen auriculares inalámbricos?"}, {"id", "berapa lama pengiriman ke Indonesia?"},
            {"ja", "日本への配送は何日かかりますか？"}, {"en", "hello everyone!"}, {"zh", "这个多少钱？"}};
    private static final String[] FILES = {"store.json", "products.jsonl", "shipping.json", "returns.json",
            "payments.json", "faq.jsonl"};

    private static final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private static final List<long[]> started = new CopyOnWriteArrayList<>(); // {sentAt, latencyNanos}
    private static final AtomicLong errors = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int roomCount = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int warmSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        int reloadAt = args.length > 5 ? Integer.parseInt(args[5]) : 20;

        Path folder = demoStoreWith(products);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long t0 = System.nanoTime();
        LiveKnowledge live = new LiveKnowledge(folder);
        System.out.printf("first load of %,d products: %.1f s%n", live.products().size(), (System.nanoTime() - t0) / 1e9);
        long warmed = Warmup.run(live.current(), Duration.ofSeconds(3));
        System.out.printf("server warm-up (as serve's --warmup 3): %,d messages%n", warmed);
        Cohost cohost = Cohost.builder(live.current()).build();
        String store = live.store().id();
        KbReloader reloader = KbReloader.of(Map.of(store, live), Map.of(store, cohost), KbReloader.DEFAULT_DEBOUNCE);
        ServerConfig config = ServerConfig.of("127.0.0.1", 0, Map.of(store, cohost), Map.of("load-key", store))
                .withLimits(RoomPolicy.DEFAULTS, 100_000, 100_000, 4096);
        try (CohostServer server = CohostServer.start(config, reloader)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = server.url().replace("http", "ws");
            List<WebSocket> rooms = new ArrayList<>();
            for (int r = 0; r < roomCount; r++) {
                rooms.add(http.newWebSocketBuilder().header("Authorization", "Bearer load-key")
                        .buildAsync(URI.create(base + "/v1/rooms/room" + r + "/live"), new Listener()).join());
            }
            Random random = new Random(42);
            System.out.printf("warm-up: %d s at %d msg/s over %d rooms, not timed%n", warmSeconds, rate, roomCount);
            send(rooms, rate, (long) rate * warmSeconds, "w", random, null);
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();

            // the reload, from a thread of its own at reloadAt seconds into the timed run
            long[] window = new long[2];
            WeakReference<KnowledgeBase> old = new WeakReference<>(live.current());
            AtomicLong heapPeak = new AtomicLong();
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    LockSupport.parkNanos(50_000_000);
                }
            });
            Runnable reload = () -> {
                try {
                    Path file = folder.resolve("products.jsonl");
                    String text = Files.readString(file);
                    Files.writeString(file, text.replaceFirst("\"amount\": 5\\.99", "\"amount\": 4.49"));
                    window[0] = System.nanoTime();
                    var outcome = reloader.reloadNow(store).orElseThrow();
                    window[1] = System.nanoTime();
                    System.out.printf("reload: %s in %.2f s%n", outcome.reloaded() ? "swapped" : "FAILED "
                            + outcome.problems(), outcome.took().toMillis() / 1e3);
                } catch (Exception e) {
                    e.printStackTrace();
                }
            };
            long start = System.nanoTime();
            send(rooms, rate, (long) rate * seconds, "m", random, new long[]{start + reloadAt * 1_000_000_000L}, reload);
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!sentAt.isEmpty() && System.nanoTime() < deadline) Thread.sleep(50);
            sampler.interrupt();
            System.gc();
            long heapAfter = memory.getHeapMemoryUsage().getUsed();

            List<Long> during = new ArrayList<>();
            List<Long> after = new ArrayList<>();
            List<Long> outside = new ArrayList<>();
            for (long[] s : started) {
                if (s[0] >= window[0] && s[0] <= window[1]) during.add(s[1]);
                else if (s[0] > window[1] && s[0] <= window[1] + 5_000_000_000L) after.add(s[1]);
                else outside.add(s[1]);
            }
            System.out.printf("sent %,d in %d s; %,d answered (reply.started), %,d still waiting, %d error frames%n",
                    (long) rate * seconds, seconds, started.size(), sentAt.size(), errors.get());
            System.out.printf("reply.started while the reload ran (%.2f s): %s%n", (window[1] - window[0]) / 1e9,
                    percentiles(during));
            System.out.printf("reply.started in the 5 s after the swap:  %s%n", percentiles(after));
            System.out.printf("reply.started otherwise:                  %s%n", percentiles(outside));
            System.out.printf("heap: after GC before the reload %d MiB; peak sampled during the run %d MiB; after GC "
                            + "after the swap %d MiB (max heap %d MiB)%n", heapBefore >> 20, heapPeak.get() >> 20,
                    heapAfter >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
            System.out.printf("old KB collected after the swap: %s%n", old.get() == null ? "yes" : "NO (still reachable)");
            rooms.forEach(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
        } finally {
            reloader.close();
            cohost.close();
        }
        System.exit(0);
    }

    /** The bundled demo store's files in a temporary folder, with {@code extra} generated products appended. */
    private static Path demoStoreWith(int extra) throws IOException {
        Path dir = Files.createTempDirectory("cohost-reload-bench");
        for (String f : FILES) {
            try (InputStream in = ReloadBench.class.getClassLoader().getResourceAsStream(KnowledgeBase.DEMO_FOLDER + f)) {
                if (in != null) Files.copy(in, dir.resolve(f));
            }
        }
        String[] nouns = {"speaker", "headphones", "watch", "backpack", "lamp", "teapot", "scarf", "wallet", "umbrella"};
        String[] adjectives = {"wireless", "portable", "waterproof", "foldable", "smart", "ceramic", "leather", "silk"};
        String[] colors = {"black", "white", "red", "blue", "green"};
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("products.jsonl"), StandardOpenOption.APPEND)) {
            for (int i = 0; i < extra; i++) {
                String sku = String.format(Locale.ROOT, "P%06d", i);
                String noun = nouns[random.nextInt(nouns.length)];
                String adj = adjectives[random.nextInt(adjectives.length)];
                String model = "M" + (100 + random.nextInt(900));
                out.write("{\"sku\": \"" + sku + "\", \"title\": {\"en\": \"" + adj + " " + noun + " " + model
                        + "\", \"es\": \"" + noun + " " + adj + " " + model + "\"}, \"description\": \"A " + adj + " "
                        + noun + " for travel and everyday use.\", \"category\": \"bench\", \"price\": {\"amount\": "
                        + (i == 42 ? "5.99" : (6 + random.nextInt(200)) + ".99") + ", \"currency\": \"USD\"}, "
                        + "\"variants\": [{\"sku\": \"" + sku + "-A\", \"options\": {\"color\": \""
                        + colors[i % colors.length] + "\"}, \"stock\": " + random.nextInt(50) + "}, {\"sku\": \"" + sku
                        + "-B\", \"options\": {\"color\": \"" + colors[(i + 1) % colors.length] + "\"}, \"stock\": 3}]}\n");
            }
        }
        return dir;
    }

    /** Sends {@code total} messages at {@code rate}, round robin; runs {@code task} once past {@code taskAt[0]}. */
    private static void send(List<WebSocket> rooms, int rate, long total, String prefix, Random random, long[] taskAt,
                             Runnable... task) {
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        boolean taskStarted = false;
        for (long i = 0; i < total; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
            if (!taskStarted && taskAt != null && System.nanoTime() >= taskAt[0]) {
                taskStarted = true;
                Thread.ofPlatform().start(task[0]);
            }
            String[] q = QUESTIONS[random.nextInt(QUESTIONS.length)];
            String id = prefix + i;
            String frame = WireJson.write(new ClientFrame.Chat(id, new Person("v" + random.nextInt(50), null, q[0], null),
                    q[1]));
            if (prefix.equals("m")) sentAt.put(id, System.nanoTime());
            rooms.get((int) (i % rooms.size())).sendText(frame, true).join();
        }
    }

    private static String percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) return "none";
        long[] v = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(v);
        return String.format("n=%,d p50 %.2f ms, p99 %.2f ms, max %.2f ms", v.length, v[v.length / 2] / 1e6,
                v[(int) Math.min(v.length - 1, Math.ceil(v.length * 0.99) - 1)] / 1e6, v[v.length - 1] / 1e6);
    }

    private static void record(ServerFrame frame, long now) {
        switch (frame) {
            case ServerFrame.ReplyStarted s -> {
                for (String id : s.inReplyTo()) {
                    Long at = sentAt.remove(id);
                    if (at != null) started.add(new long[]{at, now - at});
                }
            }
            case ServerFrame.Joined j -> sentAt.remove(j.inReplyTo());
            case ServerFrame.Skipped s -> sentAt.remove(s.inReplyTo());
            case ServerFrame.Error e -> errors.incrementAndGet();
            default -> { }
        }
    }

    /** Reads one room's frames. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                long now = System.nanoTime();
                try {
                    WireJson.readServerFrame(text).ifPresent(frame -> record(frame, now));
                } catch (WireException e) {
                    errors.incrementAndGet();
                }
            }
            ws.request(1);
            return null;
        }
    }
}
