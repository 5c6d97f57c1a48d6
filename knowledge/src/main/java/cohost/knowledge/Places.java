package cohost.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Cities and regions people name instead of their country ("München", "慕尼黑", "Surabaya", "Québec", "Bavaria"),
 * each to the country it is in: GeoNames' places of 15,000 people or more and first-level regions, with their names
 * in the scripts of the ten languages ({@code cohost/places.tsv}, derived by {@code scripts/places/derive-places.py};
 * licences in {@code cohost/places-NOTICE.md}). A name several places share is the most populous one's, unless the
 * caller asks for the one in a given country ({@link #in}): "Valencia" is in Venezuela for most people, in Spain for
 * a Spanish viewer.
 *
 * <p>Names are kept only as 64-bit hashes of their {@linkplain #key folded form} in an open-addressing table, so the
 * engine can look up every word n-gram or CJK substring of a message without building strings and the whole set
 * costs a few megabytes. Loaded once per JVM ({@link #shared()}) and immutable, so thread-safe.
 */
public final class Places {
    private static final String RESOURCE = "/cohost/places.tsv";
    /** FNV-1a 64-bit: cheap to extend one character at a time. */
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /** A place found by name: its country, whether it is a region, how many live there, and whether the name is also
     * an ordinary word ("Nice", "Lima": five in Indonesian), which a caller should accept only in a clear context. */
    public record Place(String country, boolean region, int population, boolean ordinaryWord) {
    }

    private final long[] hashes;
    /** Per slot: place index << 1 | ordinary-word bit; -1 for an empty slot. */
    private final int[] values;
    private final String[] countries;
    private final int[] populations;
    private final boolean[] regions;
    private final int names;
    private final int longestKey;

    private Places(List<String[]> lines) {
        countries = new String[lines.size()];
        populations = new int[lines.size()];
        regions = new boolean[lines.size()];
        Map<String, String> codes = new HashMap<>();
        int count = 0;
        for (String[] l : lines) count += l[3].split("\\|").length;
        int capacity = Integer.highestOneBit(Math.max(16, count * 2)) << 1; // load factor at most 1/2
        hashes = new long[capacity];
        values = new int[capacity];
        java.util.Arrays.fill(values, -1);
        int stored = 0, longest = 0;
        for (int p = 0; p < lines.size(); p++) {
            String[] l = lines.get(p);
            countries[p] = codes.computeIfAbsent(l[0], c -> c);
            populations[p] = Integer.parseInt(l[1]);
            regions[p] = l[2].equals("region");
            for (String name : l[3].split("\\|")) {
                boolean ordinary = name.startsWith("~");
                String key = key(ordinary ? name.substring(1) : name);
                if (key.isEmpty()) continue;
                longest = Math.max(longest, key.length());
                long h = hash(key, 0, key.length());
                int slot = slot(h);
                if (values[slot] < 0) {
                    hashes[slot] = h;
                    values[slot] = p << 1 | (ordinary ? 1 : 0);
                    stored++;
                } else {
                    if (ordinary) values[slot] |= 1; // the place first listed (the most populous) keeps the name
                    int first = values[slot] >>> 1;
                    if (!countries[first].equals(countries[p])) {
                        // a smaller namesake in another country stays findable under the name qualified by its country
                        long q = qualified(h, countries[p]);
                        int qslot = slot(q);
                        if (values[qslot] < 0) {
                            hashes[qslot] = q;
                            values[qslot] = p << 1 | (values[slot] & 1);
                        }
                    }
                }
            }
        }
        this.names = stored;
        this.longestKey = longest;
    }

    /** The places, loaded from the classpath on first use. */
    public static Places shared() {
        return Holder.PLACES;
    }

    private static final class Holder {
        static final Places PLACES = load();
    }

    private static Places load() {
        try (InputStream in = Places.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            List<String[]> lines = new ArrayList<>(30_000);
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length != 4) throw new IllegalStateException(RESOURCE + " line " + n + ": expected 4 columns");
                lines.add(cols);
            }
            return new Places(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The country of a place named exactly so ("München", "sao paulo", "多倫多"), the most populous of that name. */
    public Optional<String> country(String name) {
        if (name == null) return Optional.empty();
        String key = key(name);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(find(hash(key, 0, key.length()))).map(Place::country);
    }

    /** The place whose {@linkplain #key key} hashes to {@code h} (see {@link #hash} and {@link #extend}), or null. */
    public Place find(long h) {
        int slot = slot(h);
        int v = values[slot];
        if (v < 0) return null;
        int p = v >>> 1;
        return new Place(countries[p], regions[p], populations[p], (v & 1) != 0);
    }

    /**
     * The place named by the key hashing to {@code h} that lies in {@code country}, or null: the most populous such
     * place when that is the name's first place, else a namesake kept for this lookup.
     */
    public Place in(long h, String country) {
        Place first = find(h);
        if (first == null || country == null) return null;
        return first.country().equals(country) ? first : find(qualified(h, country));
    }

    /** A name's hash extended by a separator no key holds and a country code. */
    private static long qualified(long h, String country) {
        h = extend(h, '\u0000');
        for (int i = 0; i < country.length(); i++) h = extend(h, country.charAt(i));
        return h;
    }

    /** The slot holding {@code h}, or the empty slot where it would go (linear probing). */
    private int slot(long h) {
        int mask = hashes.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (values[i] >= 0 && hashes[i] != h) i = (i + 1) & mask;
        return i;
    }

    /** How many distinct names are known. */
    public int names() {
        return names;
    }

    /** The longest key, in chars: no longer substring can be a place. */
    public int longestKey() {
        return longestKey;
    }

    /** The hash of {@code s[from, to)}: a place's key hashes the same. */
    public static long hash(CharSequence s, int from, int to) {
        long h = OFFSET;
        for (int i = from; i < to; i++) h = extend(h, s.charAt(i));
        return h;
    }

    /** The hash of what was hashed so far followed by {@code c}; start from {@link #start()}. */
    public static long extend(long h, char c) {
        return (h ^ c) * PRIME;
    }

    /** The hash of the empty string. */
    public static long start() {
        return OFFSET;
    }

    /**
     * The matching form of a name: {@linkplain #fold folded}; then, for a name in Han, kana or Hangul, its letters
     * without spaces or punctuation ("サン パウロ" -> "サンパウロ"); else its words of letters and digits joined by
     * one space ("Saint-Étienne" -> "saint etienne", "N'Djamena" -> "n djamena").
     */
    public static String key(String name) {
        String folded = isAscii(name) ? name.toLowerCase(Locale.ROOT) : fold(name); // folding ASCII only lowers it
        boolean cjk = false;
        for (int i = 0; i < folded.length() && !cjk; i++) cjk = isCjk(folded.charAt(i));
        StringBuilder b = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean word = Character.isLetterOrDigit(c) || (Character.getType(c) == Character.NON_SPACING_MARK && !b.isEmpty());
            if (!word) {
                gap = true;
                continue;
            }
            if (gap && !cjk && !b.isEmpty()) b.append(' ');
            gap = false;
            b.append(c);
        }
        return b.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /** Han, kana and Hangul: written without spaces between words, so names are found inside longer text. */
    public static boolean isCjk(int c) {
        if (c < 0x2E80) return false;
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL || c == 0x30FC;
    }

    /**
     * Text as the engine compares it: compatibility forms unified (NFKC: full width), lower case, Latin accents and
     * Arabic vowel marks dropped, Arabic letter variants unified. The same steps as the engine's message folding,
     * which a test keeps equal.
     */
    public static String fold(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("ß", "ss");
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\u0300' && c <= '\u036f') continue;
            if ((c >= '\u064b' && c <= '\u065f') || c == '\u0670' || c == '\u0640') continue;
            switch (c) {
                case '\u0623', '\u0625', '\u0622' -> b.append('\u0627');
                case '\u0649' -> b.append('\u064a');
                case '\u0629' -> b.append('\u0647');
                default -> b.append(c);
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }
}
