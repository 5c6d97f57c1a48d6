package cohost.engine.understand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Product names found within one typing mistake: a letter missing, extra, wrong or two swapped, and spaces ignored
 * ("sonaro ar s2" finds "air s2", "airpro3" finds "air pro 3", "kettel" finds "kettle"). A symmetric-deletion
 * index: every key and every question word are reduced to their variants with one letter deleted (of their first
 * {@value #PREFIX} letters), and a shared variant makes a candidate, kept only when the full edit distance is at
 * most one (two for keys of 8+ letters). The variants are kept as sorted 64-bit numbers (a 40-bit hash and the
 * key's index), so a catalogue of 100,000 products costs a few megabytes, not a map of millions of strings.
 */
final class FuzzyNames {
    private static final int PREFIX = 8;
    private static final int KEY_BITS = 24;

    /** Each key as given ("air pro 3"), and with its spaces taken out ("airpro3"). */
    private final String[] keys;
    private final String[] joined;
    /** Sorted: (hash of a variant) << 24 | key index. */
    private final long[] variants;

    FuzzyNames(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        if (list.size() >= 1 << KEY_BITS) list = list.subList(0, (1 << KEY_BITS) - 1);
        keys = list.toArray(String[]::new);
        joined = new String[keys.length];
        long[] out = new long[16];
        int n = 0;
        for (int k = 0; k < keys.length; k++) {
            joined[k] = keys[k].replace(" ", "");
            for (String v : variantsOf(joined[k])) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = (hash(v) << KEY_BITS) | k;
            }
        }
        variants = Arrays.copyOf(out, n);
        Arrays.sort(variants);
    }

    /** The keys within one edit of the word (spaces aside), or two for long ones; empty when none. */
    Set<String> near(String word) {
        Set<String> found = new HashSet<>();
        String w = word.replace(" ", "");
        for (String v : variantsOf(w)) {
            long h = hash(v) << KEY_BITS;
            int i = Arrays.binarySearch(variants, h);
            if (i < 0) i = -i - 1;
            for (; i < variants.length && (variants[i] >>> KEY_BITS) == (h >>> KEY_BITS); i++) {
                int k = (int) (variants[i] & ((1 << KEY_BITS) - 1));
                String key = joined[k];
                int allowed = Math.min(key.length(), w.length()) >= 8 ? 2 : 1;
                if (distance(w, key, allowed) <= allowed) found.add(keys[k]);
            }
        }
        return found;
    }

    /** The word's first letters, and each of them with one letter deleted. */
    private static Set<String> variantsOf(String s) {
        String p = s.length() > PREFIX ? s.substring(0, PREFIX) : s;
        Set<String> out = new HashSet<>();
        out.add(p);
        for (int i = 0; i < p.length(); i++) out.add(p.substring(0, i) + p.substring(i + 1));
        return out;
    }

    /** 40 bits of a 64-bit FNV-1a hash. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h >>> 24;
    }

    /** Damerau-Levenshtein distance (adjacent swaps count one), stopping early above {@code max}. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) return max + 1;
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
        }
        return d[a.length()][b.length()];
    }
}
