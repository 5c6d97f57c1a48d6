package cohost.knowledge.bench;

import cohost.knowledge.Places;

import java.lang.management.ManagementFactory;

/**
 * What the place names cost: the heap they hold (used heap after full collections, before and after loading them in
 * a fresh JVM), the time to load them, and a lookup's time. Run: see BENCHMARKS.md, section Places.
 */
public final class PlacesBench {
    private PlacesBench() {
    }

    public static void main(String[] args) throws InterruptedException {
        long before = settledHeap();
        long t0 = System.nanoTime();
        Places places = Places.shared();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long after = settledHeap();
        System.out.printf("names: %,d distinct; load: %,d ms (cold JVM); heap held: %.1f MB%n", places.names(), loadMs,
                (after - before) / 1e6);

        String[] keys = {"munchen", "toronto", "sao paulo", "慕尼黑", "surabaya", "nothing here", "lyon", "뮌헨"};
        long[] hashes = new long[keys.length];
        for (int i = 0; i < keys.length; i++) hashes[i] = Places.hash(keys[i], 0, keys[i].length());
        int found = 0;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            int n = 5_000_000;
            for (int i = 0; i < n; i++) found += places.find(hashes[i & 7]) == null ? 0 : 1;
            System.out.printf("lookup: %.1f ns each (%d found)%n", (System.nanoTime() - start) / (double) n, found);
        }
    }

    private static long settledHeap() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
