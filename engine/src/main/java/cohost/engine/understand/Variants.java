package cohost.engine.understand;

import cohost.knowledge.Product;
import cohost.knowledge.Variant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the variants of a product that have the options a question asked for, the way the shop named them. A
 * question's options come named in English ("size": "L", "color": "black", from {@link OptionFinder}); a shop may
 * call them "Taille", "Couleur" or "颜色" and write "Noir" or "黑色". So option names are compared through
 * {@code option-names.txt}, colours through {@code colors.txt}, letter sizes and their words (L, large) as one, and
 * when the product has no option of the asked name, any of its options with that value counts ("M" of a pot whose
 * only option is "Format"). Stateless; the word lists are read once.
 */
public final class Variants {
    /** Folded option name (any language) to its English name. */
    private static final Map<String, String> NAMES = new HashMap<>();
    /** Folded colour word (any language) to its English name. */
    private static final Map<String, String> COLORS = new HashMap<>();
    private static final Map<String, String> SIZE_WORDS = Map.of("small", "s", "medium", "m", "large", "l",
            "extra large", "xl", "x-large", "xl", "xx-large", "xxl", "2xl", "xxl", "3xl", "xxxl");

    static {
        WordLists.read("option-names.txt", (name, words) -> {
            NAMES.put(Text.fold(name), name);
            words.forEach(w -> NAMES.put(Text.fold(w), name));
        });
        WordLists.read("colors.txt", (color, words) -> {
            COLORS.put(Text.fold(color), color);
            words.forEach(w -> COLORS.putIfAbsent(Text.fold(w), color));
        });
    }

    private Variants() {
    }

    /** The English name of an option name ("Taille" -> "size", "颜色" -> "color"), else the name folded. */
    public static String canonicalName(String name) {
        String f = Text.fold(name).strip();
        return NAMES.getOrDefault(f, f);
    }

    /** The English colour a value names ("Noir", "黑色" -> "black"), or null. */
    public static String color(String value) {
        return COLORS.get(Text.fold(value).strip());
    }

    /** Every variant that has all the wanted options, in the product's order. */
    public static List<Variant> matching(Product product, Map<String, String> wanted) {
        List<Variant> out = new ArrayList<>();
        for (Variant v : product.variants()) {
            if (wanted.entrySet().stream().allMatch(w -> has(product, v, w.getKey(), w.getValue(), false))) out.add(v);
        }
        if (!out.isEmpty()) return out;
        // none is named exactly: "blue" is the shop's "slate blue", "rosa" its "clay pink", "300 cm" its
        // "60x300 cm", "L" its "L/XL"
        for (Variant v : product.variants()) {
            if (wanted.entrySet().stream().allMatch(w -> has(product, v, w.getKey(), w.getValue(), true))) out.add(v);
        }
        return out;
    }

    /** The variant to answer with: the first available match, else the first match, else null. */
    public static Variant best(Product product, Map<String, String> wanted) {
        List<Variant> all = matching(product, wanted);
        return all.stream().filter(Variant::available).findFirst().orElse(all.isEmpty() ? null : all.get(0));
    }

    /** The product's option names that mean {@code asked} ("size" -> "taille"); empty when it has none. */
    public static List<String> optionNames(Product product, String asked) {
        String want = canonicalName(asked);
        Map<String, String> names = new LinkedHashMap<>();
        for (Variant v : product.variants()) {
            for (String n : v.options().keySet()) {
                if (canonicalName(n).equals(want)) names.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
            }
        }
        return List.copyOf(names.values());
    }

    private static boolean has(Product product, Variant v, String name, String value, boolean loose) {
        boolean named = !optionNames(product, name).isEmpty();
        String want = canonicalName(name);
        for (Map.Entry<String, String> o : v.options().entrySet()) {
            if (named && !canonicalName(o.getKey()).equals(want)) continue;
            if (loose ? looselySame(o.getValue(), value) : sameValue(o.getValue(), value)) return true;
        }
        return false;
    }

    /**
     * A value of the shop's ({@code shop}) that holds the asked one: a compound colour of the asked colour's family
     * ("slate blue", "clay pink" for blue, pink), a measure whose numbers hold the asked ones in order ("Queen
     * 230x220 cm" for "230x220", "60x300 cm" for "300 cm", "EU 41-45" for "41-45"), or a size among several ("L/XL"
     * for "L").
     */
    public static boolean looselySame(String shop, String asked) {
        if (sameValue(shop, asked)) return true;
        String fs = Text.fold(shop).strip(), fa = Text.fold(asked).strip();
        String family = family(fa);
        if (family != null && family.equals(family(fs))) return true;
        for (String part : fs.split("\\s*/\\s*")) {
            if (!part.equals(fs) && sameValue(part, fa)) return true;
        }
        List<String> askedNumbers = numbers(fa), shopNumbers = numbers(fs);
        if (askedNumbers.isEmpty() || java.util.Collections.indexOfSubList(shopNumbers, askedNumbers) < 0) return false;
        // the units asked ("cm") must be the shop's too
        for (String w : fa.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !w.equals("x") && !fs.contains(w)) return false;
        }
        return true;
    }

    /** The colour a value is or ends with ("moss green" -> green, "rosa" -> pink); null when none. */
    private static String family(String folded) {
        String whole = COLORS.get(folded);
        if (whole != null) return whole;
        String[] words = folded.split("[\\s-]+");
        for (int i = words.length - 1; i >= 0; i--) {
            String c = COLORS.get(words[i]);
            if (c != null) return c;
        }
        return null;
    }

    /** The numbers of a value in order: "Queen 230x220 cm" -> [230, 220]. */
    private static List<String> numbers(String folded) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = NUMBER.matcher(folded);
        while (m.find()) out.add(m.group().replace(',', '.'));
        return out;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)?");

    /** "Noir" and "black", "L" and "large", "500 ml" and "500ML" name the same option value. */
    static boolean sameValue(String a, String b) {
        String fa = Text.fold(a).strip(), fb = Text.fold(b).strip();
        if (fa.equals(fb) || fa.replace(" ", "").equals(fb.replace(" ", ""))) return true;
        String ca = COLORS.get(fa), cb = COLORS.get(fb);
        if (ca != null && ca.equals(cb)) return true;
        return SIZE_WORDS.getOrDefault(fa, fa).equals(SIZE_WORDS.getOrDefault(fb, fb));
    }
}
