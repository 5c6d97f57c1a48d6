package cohost.engine.understand;

import cohost.knowledge.Product;
import cohost.knowledge.Variant;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds variant options in a message and names them as the KB does: colours in any supported language
 * ("preto", "schwarz", "黑色", "검정") become the KB's English value ("black") from {@code colors.txt}; sizes are
 * XS..XXXL, the words small/medium/large, or any size value of the KB right after a size word ("talla 42"); any other
 * option value of the KB's variants is recognised as written ("navy", "500ml").
 */
final class OptionFinder {

    static final String COLOR = "color";
    static final String SIZE = "size";

    private static final Pattern SHORT_CODE = Pattern.compile("[A-Z]{1,3}");
    private static final Set<String> LETTER_SIZES = Set.of("xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "2xl", "3xl");
    /** Letter sizes that are ordinary words or letters in lower case ("I'm", "a l"): trusted only in capitals. */
    private static final Set<String> AMBIGUOUS_SIZES = Set.of("s", "m", "l");
    /** Brazil's P/M/G/GG, trusted only after a size word ("tamanho G"). */
    private static final Map<String, String> BRAZILIAN_SIZES = Map.of("p", "S", "g", "L", "gg", "XL", "xg", "XXL");
    private static final Map<String, String> SIZE_WORDS = Map.of("small", "S", "medium", "M", "large", "L",
            "extra large", "XL");
    /** Words after which the next word is a size: "size M", "talla 42", "taille L", "ukuran XL", "사이즈 M". */
    private static final Set<String> SIZE_CUES = Set.of("size", "sizes", "talla", "talle", "tamanho", "tam", "taille",
            "grosse", "gr", "ukuran", "saiz", "numero", "nummer", "no", "n", "サイズ", "사이즈", "尺码", "码", "号",
            "مقاس", "قياس");

    /**
     * Units of measured option values ("28\"", "20 L", "500ml") and how people write them in the ten languages, to
     * one name per unit: "28 inch", "28インチ", "28 انش", "28 pulgadas" all find the KB's 28".
     */
    private static final Map<String, String> UNITS = units();
    private static final Pattern MEASURE = measurePattern();
    /** "28|inch" (number and unit) to (option name, KB value), for every option value that is a measure. */
    private final Map<String, Map.Entry<String, String>> measures = new HashMap<>();
    /**
     * Colour words that are everyday words of another language, trusted only next to an English article or
     * preposition ("in tan", "the tan one"): "qué tan lejos" is Spanish for "how far".
     */
    private static final Set<String> AMBIGUOUS_COLORS = Set.of("tan");
    private static final Set<String> COLOR_LEADS = Set.of("in", "the", "a", "an", "and", "or");

    /** Folded word or CJK text to (option name, KB value). */
    private final Map<String, Map.Entry<String, String>> words = new HashMap<>();
    private final Map<String, Map.Entry<String, String>> substrings = new HashMap<>();
    private final Set<String> kbSizes = new HashSet<>();
    /**
     * Short codes the KB writes in capitals ("EU", "US", "UK" plugs): in lower case they are everyday words
     * (Portuguese "eu" is "I", "ship to us"), so they count only when typed in capitals.
     */
    private final Set<String> capitalsOnly = new HashSet<>();

    /** Option values holding numbers ("Queen 230x220 cm", "EU 41-45"), as (option name, KB value), each once. */
    private final List<Map.Entry<String, String>> numbered = new java.util.ArrayList<>();

    OptionFinder(List<Product> products) {
        Set<String> seen = new HashSet<>();
        for (Product p : products) {
            for (Variant v : p.variants()) {
                v.options().forEach((name, value) -> {
                    String n = name.toLowerCase(Locale.ROOT);
                    if (value.chars().anyMatch(Character::isDigit) && seen.add(n + '\u0000' + value)) {
                        numbered.add(Map.entry(n, value));
                    }
                    if (n.equals(SIZE)) kbSizes.add(Text.fold(value));
                    else add(Text.fold(value), Map.entry(n, value));
                    if (SHORT_CODE.matcher(value).matches()) capitalsOnly.add(Text.fold(value));
                    String measure = measure(Text.fold(value));
                    if (measure != null) measures.putIfAbsent(measure, Map.entry(n, value));
                });
            }
        }
        WordLists.read("colors.txt", (value, words) -> {
            add(Text.fold(value), Map.entry(COLOR, value));
            for (String w : words) add(Text.fold(w), Map.entry(COLOR, value));
        });
    }

    private void add(String folded, Map.Entry<String, String> option) {
        if (folded.isEmpty()) return;
        if (Text.matchedAsSubstring(folded)) substrings.putIfAbsent(folded, option);
        else if (!folded.contains(" ")) words.putIfAbsent(folded, option);
    }

    /** Every word of the lexicon of options, so the product finder does not take "black" for a product name. */
    Set<String> words() {
        return words.keySet();
    }

    /** Options named in the text, option name to value; empty when none. */
    Map<String, String> find(Text text) {
        Map<String, String> found = new LinkedHashMap<>();
        List<String> ws = text.words;
        for (int i = 0; i < ws.size(); i++) {
            String w = ws.get(i);
            String typed = text.typedWords.get(i);
            boolean maybeSize = LETTER_SIZES.contains(w) || BRAZILIAN_SIZES.containsKey(w) || kbSizes.contains(w);
            boolean afterCue = maybeSize && (i > 0 && SIZE_CUES.contains(ws.get(i - 1)) || cjkSizeCueBefore(text, typed));
            if (LETTER_SIZES.contains(w) && (afterCue || !AMBIGUOUS_SIZES.contains(w)
                    || inCapitals(typed, text))) {
                found.putIfAbsent(SIZE, w.toUpperCase(Locale.ROOT));
            } else if (afterCue && BRAZILIAN_SIZES.containsKey(w)) {
                found.putIfAbsent(SIZE, BRAZILIAN_SIZES.get(w));
            } else if (afterCue && kbSizes.contains(w)) {
                found.putIfAbsent(SIZE, w);
            } else if (SIZE_WORDS.containsKey(w)) {
                found.putIfAbsent(SIZE, SIZE_WORDS.get(w));
            } else if (AMBIGUOUS_COLORS.contains(w) && !(i > 0 && COLOR_LEADS.contains(ws.get(i - 1)))) {
                continue;
            } else if (words.containsKey(w) && (!capitalsOnly.contains(w) || inCapitals(typed, text))) {
                Map.Entry<String, String> o = words.get(w);
                found.putIfAbsent(o.getKey(), o.getValue());
            }
        }
        if (!measures.isEmpty()) {
            // "20 L" is the 20-litre bag, not size L
            var m = MEASURE.matcher(text.folded);
            while (m.find()) {
                Map.Entry<String, String> o = measures.get(key(m.group(1), unitOf(m)));
                if (o != null) {
                    found.put(o.getKey(), o.getValue());
                    break;
                }
            }
        }
        if (!numbered.isEmpty()) measuredPart(text, found);
        if (text.han + text.kana + text.hangul + text.arabic > 0) {
            String compact = text.folded.replace(" ", "");
            substrings.entrySet().stream()
                    .filter(e -> compact.contains(e.getKey()))
                    .max((a, b) -> a.getKey().length() - b.getKey().length())
                    .ifPresent(e -> found.putIfAbsent(e.getValue().getKey(), e.getValue().getValue()));
        }
        return found;
    }

    /** "200x200", "155 x 220", "200×200 cm": two or three measures; "41-45": a range of sizes. */
    private static final Pattern SIZE_NUMBERS = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(?:[x×*]\\s*(\\d+(?:[.,]\\d+)?)(?:\\s*[x×*]\\s*(\\d+(?:[.,]\\d+)?))?"
                    + "|[-–~/]\\s*(\\d+))(?!\\d)");

    /**
     * Measures asked that are part of a KB value rather than the whole of it: "230x220" of "Queen 230x220 cm",
     * "300 cm" of "60x300 cm", "41-45" of "EU 41-45". Named as asked; {@link Variants} finds the variant holding it.
     */
    private void measuredPart(Text text, Map<String, String> found) {
        java.util.List<String> asked = new java.util.ArrayList<>();
        var m = SIZE_NUMBERS.matcher(text.folded);
        while (m.find()) {
            String sep = m.group(4) != null ? "-" : "x";
            StringBuilder b = new StringBuilder(m.group(1));
            for (int g = 2; g <= 4; g++) {
                if (m.group(g) != null) b.append(sep).append(m.group(g));
            }
            asked.add(b.toString());
        }
        var u = MEASURE.matcher(text.folded);
        while (u.find()) {
            String unit = u.group(2) != null ? u.group(2) : u.group(3);
            if ("cm".equals(UNITS.get(unit))) asked.add(u.group(1) + " cm");
        }
        for (String a : asked) {
            for (Map.Entry<String, String> o : numbered) {
                if (Variants.looselySame(o.getValue(), a)) {
                    found.put(o.getKey(), a);
                    return;
                }
            }
        }
    }

    /** "28\"" -> "28|inch", "0,9 l" -> "0.9|liter"; null when the value is no number with a known unit. */
    private static String measure(String folded) {
        var m = MEASURE.matcher(folded.strip());
        return m.matches() ? key(m.group(1), unitOf(m)) : null;
    }

    private static String key(String number, String unit) {
        try {
            return new java.math.BigDecimal(number.replace(',', '.')).stripTrailingZeros().toPlainString() + '|' + unit;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, String> units() {
        Map<String, String> u = new HashMap<>();
        for (String w : new String[]{"\"", "\u2033", "''", "in", "inch", "inches", "pulgada", "pulgadas", "polegada",
                "polegadas", "pouce", "pouces", "zoll", "inci", "インチ", "인치", "英寸", "寸", "انش", "إنش", "بوصة"}) {
            u.put(Text.fold(w), "inch");
        }
        for (String w : new String[]{"l", "lt", "ltr", "liter", "liters", "litre", "litres", "litro", "litros", "liter",
                "リットル", "리터", "升", "公升", "لتر", "لترا", "لترات"}) {
            u.put(Text.fold(w), "liter");
        }
        for (String w : new String[]{"ml", "milliliter", "milliliters", "millilitre", "ミリリットル", "밀리리터", "毫升", "مل"}) {
            u.put(Text.fold(w), "ml");
        }
        for (String w : new String[]{"cm", "centimeter", "centimeters", "centimetre", "centimetro", "centimetros",
                "センチ", "센티", "厘米", "公分", "سم"}) {
            u.put(Text.fold(w), "cm");
        }
        for (String w : new String[]{"mm", "gb", "tb", "kg", "mah", "w"}) u.put(w, w);
        return Map.copyOf(u);
    }

    /**
     * A number, then (glued or after a space) one of the units: a Latin one not followed by more letters ("20 l",
     * not "20 lbs"), a CJK or Arabic one whatever follows ("24インチは").
     */
    private static Pattern measurePattern() {
        String latin = alternation(true), other = alternation(false);
        return Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(?:(" + latin + ")(?![\\p{L}])|(" + other + "))");
    }

    private static String alternation(boolean latin) {
        return units().keySet().stream().filter(u -> latin != Text.matchedAsSubstring(u))
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    }

    /** The unit a measure match found, whichever alternative matched it. */
    private static String unitOf(java.util.regex.Matcher m) {
        return UNITS.get(m.group(2) != null ? m.group(2) : m.group(3));
    }

    /** The word is in capitals, and the message is not all capitals. */
    private static boolean inCapitals(String typed, Text text) {
        return typed.equals(typed.toUpperCase(Locale.ROOT)) && !shouting(text);
    }

    /** In a message typed in capitals, "I'M" is not a size. */
    private static boolean shouting(Text text) {
        return text.latinLetters > 3 && text.original.chars().noneMatch(Character::isLowerCase);
    }

    /** "サイズM", "尺码L", "사이즈M": the cue is glued to the size. */
    private static boolean cjkSizeCueBefore(Text text, String typed) {
        if (text.han + text.kana + text.hangul + text.arabic == 0) return false;
        int at = text.original.indexOf(typed);
        if (at <= 0) return false;
        String before = Text.fold(text.original.substring(Math.max(0, at - 4), at)).strip();
        return SIZE_CUES.stream().anyMatch(c -> Text.matchedAsSubstring(c) && before.endsWith(c));
    }
}
