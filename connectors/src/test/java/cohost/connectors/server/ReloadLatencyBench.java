package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.engine.room.RoomPolicy;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.LiveKnowledge;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Issue #14's "swapped in within 2 s", end to end: a real server watches a store folder (the bundled demo store, plus N
 * generated products) with {@code serve}'s debounce; a price is edited in {@code products.jsonl}, and the time from the
 * end of the file write until a desk answer over loopback HTTP says the new price is measured (watcher, debounce,
 * load and validation, index update, the engine's snapshot, swap, and the answer). Each edit alternates between two
 * prices; one reload log line per edit (load to swap) is printed by the server.
 *
 * <p>Arguments: extra products (default 0: the demo store's 152), edits (10). BENCHMARKS.md, "KB reload under load".
 */
public final class ReloadLatencyBench {
    private static final String[] FILES = {"store.json", "products.jsonl", "shipping.json", "returns.json",
            "payments.json", "faq.jsonl", "rules.json"};
    private static final String SKU = "LL-AUD-0004";

    public static void main(String[] args) throws Exception {
        int extra = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path folder = Files.createTempDirectory("cohost-reload-latency");
        for (String f : FILES) {
            try (InputStream in = ReloadLatencyBench.class.getClassLoader()
                    .getResourceAsStream(KnowledgeBase.DEMO_FOLDER + f)) {
                if (in != null) Files.copy(in, folder.resolve(f));
            }
        }
        appendProducts(folder, extra);
        LiveKnowledge live = new LiveKnowledge(folder);
        Cohost cohost = Cohost.builder(live.current()).build();
        String store = live.store().id();
        KbReloader reloader = KbReloader.of(Map.of(store, live), Map.of(store, cohost), KbReloader.DEFAULT_DEBOUNCE)
                .watch();
        ServerConfig config = ServerConfig.of("127.0.0.1", 0, Map.of(store, cohost), Map.of("bench-key", store))
                .withLimits(RoomPolicy.DEFAULTS, 100_000, 100_000, 4096);
        HttpClient http = HttpClient.newHttpClient();
        try (CohostServer server = CohostServer.start(config, reloader)) {
            Path products = folder.resolve("products.jsonl");
            String[] prices = {"79.9", "77.7"};
            double[] ms = new double[edits];
            answer(http, server, 0); // warm the desk path
            for (int i = 0; i < edits; i++) {
                String from = prices[i % 2], to = prices[(i + 1) % 2];
                String text = Files.readString(products);
                Files.writeString(products, text.replaceFirst("\"amount\": " + from.replace(".", "\\.") + ",",
                        "\"amount\": " + to + ","));
                long written = System.nanoTime();
                String expected = String.format(Locale.ROOT, "%.2f", Double.parseDouble(to));
                int asked = 0;
                while (!answer(http, server, i * 100_000 + ++asked).contains(expected)) {
                    if (System.nanoTime() - written > 60_000_000_000L) throw new IllegalStateException("not seen in 60 s");
                    Thread.sleep(5);
                }
                ms[i] = (System.nanoTime() - written) / 1e6;
                System.out.printf("edit %d: new price in answers %.0f ms after the write%n", i + 1, ms[i]);
                Thread.sleep(500); // a quiet folder before the next edit
            }
            Arrays.sort(ms);
            System.out.printf("%d products, %d edits: write -> answered with the new price: median %.0f ms, max %.0f ms%n",
                    live.products().size(), edits, ms[edits / 2], ms[edits - 1]);
        } finally {
            reloader.close();
            cohost.close();
        }
        System.exit(0);
    }

    private static String answer(HttpClient http, CohostServer server, int n) throws Exception {
        String body = "{\"text\": \"how much is this one?\", \"showing\": \"" + SKU + "\", \"lang\": \"en\", "
                + "\"customer\": {\"id\": \"c" + n + "\", \"country\": \"US\"}}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url()
                        + "/v1/conversations/bench-" + n + "/messages")).header("Authorization", "Bearer bench-key")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body();
    }

    private static void appendProducts(Path dir, int extra) throws Exception {
        String[] nouns = {"speaker", "headphones", "watch", "backpack", "lamp", "teapot", "scarf", "wallet", "umbrella"};
        String[] adjectives = {"wireless", "portable", "waterproof", "foldable", "smart", "ceramic", "leather", "silk"};
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
                        + (6 + random.nextInt(200)) + ".99, \"currency\": \"USD\"}, \"variants\": [{\"sku\": \"" + sku
                        + "-A\", \"options\": {\"color\": \"black\"}, \"stock\": " + random.nextInt(50) + "}]}\n");
            }
        }
    }
}
