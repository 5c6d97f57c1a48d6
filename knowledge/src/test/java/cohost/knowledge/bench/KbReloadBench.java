package cohost.knowledge.bench;

import cohost.knowledge.KbException;
import cohost.knowledge.LiveKnowledge;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reload of a big catalogue costs the knowledge module alone (read, validate, index update, swap), without
 * rooms or an engine: {@link KbGenerator}'s folder (full listings) is loaded, then reloaded after one price edit each
 * time, on a one-thread fork-join pool as {@code KbReloader} runs it. Prints each reload's wall time and the CPU the
 * whole process used meanwhile (collector included: what the reload takes from the rooms), then the median of the
 * reloads after the first {@code warm} (JIT-cold ones are reported, not counted). Run (BENCHMARKS.md, "KB reload"):
 * <pre>
 * java -Xmx3g -cp knowledge/target/test-classes:knowledge/target/classes:$CP cohost.knowledge.bench.KbReloadBench \
 *     100000 12 4     # products, reloads, of which warm-up
 * </pre>
 */
public final class KbReloadBench {
    private static final Pattern PRICE = Pattern.compile("\"price\": \\{\"amount\": (\\d+)\\.99");

    private KbReloadBench() {
    }

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int reloads = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Path dir = KbGenerator.write(Files.createTempDirectory("kb-reload-bench"), products);
        Path file = dir.resolve("products.jsonl");
        System.out.printf("%,d products, products.jsonl %,d MB%n", products, Files.size(file) >> 20);
        long t0 = System.nanoTime();
        LiveKnowledge live = new LiveKnowledge(dir);
        System.out.printf("first load (every core): %.2f s%n", (System.nanoTime() - t0) / 1e9);

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ForkJoinPool one = new ForkJoinPool(1);
        long[] wall = new long[reloads];
        long[] cpu = new long[reloads];
        for (int r = 0; r < reloads; r++) {
            editOnePrice(file, r);
            System.gc();
            long w = System.nanoTime();
            long c = os.getProcessCpuTime();
            one.submit(() -> {
                try {
                    return live.reload();
                } catch (KbException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }).join();
            wall[r] = System.nanoTime() - w;
            cpu[r] = os.getProcessCpuTime() - c;
            System.out.printf("reload %2d: %6.0f ms wall, %6.0f ms CPU (process)%n", r + 1, wall[r] / 1e6, cpu[r] / 1e6);
        }
        one.shutdown();
        if (reloads > warm) {
            System.out.printf("median of reloads %d-%d: %.0f ms wall, %.0f ms CPU; load average %.1f%n", warm + 1,
                    reloads, median(wall, warm) / 1e6, median(cpu, warm) / 1e6, os.getSystemLoadAverage());
        }
    }

    /** Changes the price of a product near the middle of the file, a different one each time. */
    private static void editOnePrice(Path file, int r) throws Exception {
        String text = Files.readString(file);
        int from = text.length() / 2 + r * 4096;
        Matcher m = PRICE.matcher(text);
        if (!m.find(from)) throw new IllegalStateException("no price to edit");
        int amount = Integer.parseInt(m.group(1));
        Files.writeString(file, text.substring(0, m.start(1)) + (amount + 1) + text.substring(m.end(1)));
    }

    private static long median(long[] values, int skip) {
        long[] v = Arrays.copyOfRange(values, skip, values.length);
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
