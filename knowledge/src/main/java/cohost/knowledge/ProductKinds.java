package cohost.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What kind of product a listing is ("curling_iron", "phone_case") and what shoppers call that kind in the ten
 * languages, from {@code product-kinds.txt}: a built-in dictionary of common kinds of goods, not any store's names.
 * A store whose titles are in one language only (a Shopify export is the shop's language) is still asked for its
 * goods in the shopper's: "rizador", "コテ" and "고데기" all mean the curling iron, so the finder searches a
 * single-language title's kind names as title words too. The names are searched, never said.
 *
 * <p>A product is of a kind when its title or type holds one of the kind's names (its tags when neither does): whole
 * words in scripts with
 * spaces, anywhere in the text in CJK, kana, Hangul and Arabic. Names marked {@code ~} in the file are searched but
 * too general to decide a kind ("funda" is a phone case and a duvet cover), as are a name two kinds share and a
 * single CJK character ("鏡" is in "眼鏡"). Thread-safe and immutable.
 */
public final class ProductKinds {
    private static final String RESOURCE = "/cohost/product-kinds.txt";
    private static final ProductKinds BUILT_IN = load();
    private static final int MAX_TITLE = 1_000;

    /** Every kind's names as written (the {@code ~} dropped), by kind. */
    private final Map<String, List<String>> names;
    /** Folded name that decides a kind, by its first word (scripts with spaces), to the kinds it decides. */
    private final Map<String, List<Trigger>> byFirstWord = new HashMap<>();
    /** Folded names in scripts without spaces, looked for anywhere in the text. */
    private final List<Trigger> unspaced = new ArrayList<>();

    private record Trigger(String folded, List<String> words, String kind) {
    }

    private ProductKinds(Map<String, List<String>> names, Map<String, String> deciding) {
        this.names = Map.copyOf(names);
        deciding.forEach((folded, kind) -> {
            List<String> words = words(folded);
            if (words.isEmpty()) return;
            Trigger t = new Trigger(folded, words, kind);
            if (spaced(folded)) {
                byFirstWord.computeIfAbsent(words.getFirst(), w -> new ArrayList<>()).add(t);
            } else if (folded.codePointCount(0, folded.length()) >= 2) {
                unspaced.add(t); // one character ("鏡", "枕") is part of too many other words to decide a kind
            }
        });
    }

    /** The built-in dictionary. */
    public static ProductKinds builtIn() {
        return BUILT_IN;
    }

    /**
     * The names shoppers call this product by in the ten languages, from the kinds its title (in its fallback
     * language) and category name, else its tags; empty when they name none.
     */
    public List<String> namesOf(Product product) {
        String title = product.title().in(product.title().fallbackLang());
        // a kind is named near the start of a title; an unbounded title (a hand-built Product) is not read whole
        StringBuilder text = new StringBuilder(title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title);
        if (product.category() != null) text.append(" | ").append(product.category());
        Set<String> kinds = kindsIn(text.toString());
        // tags are looser ("iphone" on a case, "earbuds" on a bundle): they decide only when title and type do not
        if (kinds.isEmpty() && !product.tags().isEmpty()) kinds = kindsIn(String.join(" | ", product.tags()));
        if (kinds.isEmpty()) return List.of();
        Set<String> out = new LinkedHashSet<>();
        for (String kind : kinds) out.addAll(names.get(kind));
        return List.copyOf(out);
    }

    /** The kinds a text names ("Cordless Curler | hair tools" -> curling_iron). */
    Set<String> kindsIn(String text) {
        String folded = Listings.fold(text);
        List<String> words = words(folded);
        Set<String> kinds = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            List<Trigger> ts = byFirstWord.get(words.get(i));
            if (ts == null) continue;
            for (Trigger t : ts) {
                if (i + t.words().size() <= words.size() && words.subList(i, i + t.words().size()).equals(t.words())) {
                    kinds.add(t.kind());
                }
            }
        }
        if (!spaced(folded)) {
            for (Trigger t : unspaced) {
                if (folded.contains(t.folded())) kinds.add(t.kind());
            }
        }
        return kinds;
    }

    /** Words of a folded text: runs of letters and digits ("t-shirt" is "t", "shirt"), singular. */
    private static List<String> words(String folded) {
        List<String> out = new ArrayList<>();
        int i = 0, n = folded.length();
        while (i < n) {
            int c = folded.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(folded.codePointAt(i))
                    || Character.getType(folded.codePointAt(i)) == Character.NON_SPACING_MARK)) {
                i += Character.charCount(folded.codePointAt(i));
            }
            out.add(singular(folded.substring(start, i)));
        }
        return out;
    }

    /** A Latin plural's "s" dropped, on both sides of a comparison ("Phone Cases" is of the kind "phone case"). */
    private static String singular(String word) {
        int n = word.length();
        return n > 3 && word.charAt(n - 1) == 's' && word.charAt(n - 2) != 's' && word.charAt(0) < 0x250
                ? word.substring(0, n - 1) : word;
    }

    /** Whether a text is written wholly in scripts that separate words by spaces (no CJK, kana, Hangul, Arabic). */
    private static boolean spaced(String text) {
        return text.codePoints().noneMatch(c -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                    || s == Character.UnicodeScript.ARABIC;
        });
    }

    private static ProductKinds load() {
        try (InputStream in = ProductKinds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the dictionary's lines ("kind: name, ~general name, ..."). */
    static ProductKinds parse(List<String> lines) {
        Map<String, List<String>> names = new HashMap<>();
        Map<String, Set<String>> kindsOf = new HashMap<>();
        for (String line : lines) {
            String l = line.strip();
            int colon = l.indexOf(':');
            if (l.isEmpty() || l.startsWith("#") || colon < 0) continue;
            String kind = l.substring(0, colon).strip();
            Set<String> own = new LinkedHashSet<>();
            for (String raw : l.substring(colon + 1).split(",")) {
                String name = raw.strip();
                boolean general = name.startsWith("~");
                if (general) name = name.substring(1).strip();
                if (name.isEmpty()) continue;
                own.add(name);
                if (!general) kindsOf.computeIfAbsent(Listings.fold(name), f -> new HashSet<>()).add(kind);
            }
            names.merge(kind, List.copyOf(own), (a, b) -> {
                List<String> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            });
        }
        Map<String, String> deciding = new HashMap<>();
        kindsOf.forEach((folded, kinds) -> {
            if (kinds.size() == 1) deciding.put(folded, kinds.iterator().next());
        });
        return new ProductKinds(names, deciding);
    }
}
