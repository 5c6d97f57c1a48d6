package cohost.engine.understand;

import cohost.knowledge.Countries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the destination country in a message: a country name in any supported language (from the KB's
 * {@link Countries} and the JDK's CLDR names), an alias or demonym from {@code country-aliases.txt}, or an ISO code
 * where it cannot be an ordinary word ("MX", "to mx", "a br"). When several countries are named, the one after a
 * "to" word wins over one after a "from" word ("from Brazil to Mexico" is MX).
 */
final class CountryFinder {

    private static final int MAX_NAME_WORDS = 4;
    /** Words before a place that make it the destination. */
    private static final Set<String> TO_WORDS = Set.of("to", "a", "al", "para", "pra", "pro", "nach", "ke", "en", "au",
            "aux", "vers", "in", "into", "towards", "hacia", "ate", "hasta", "naar", "zu");
    /** Words before a place that make it the origin. */
    private static final Set<String> FROM_WORDS = Set.of("from", "desde", "de", "do", "da", "von", "aus", "dari", "of");
    /** Two-letter words that are ISO codes but mostly mean something else after a "to" word ("send it to me"). */
    private static final Set<String> NOT_CODES = Set.of("me", "it", "us", "my", "do", "in", "no", "is", "be", "at",
            "so", "am", "to", "on", "an", "as", "or", "id", "la", "el", "il", "lo", "le", "se", "si", "mi", "tu", "te",
            "un", "et", "ma", "mo", "na", "ne", "ni", "pa", "pe", "es", "de", "um", "em", "eu", "da", "vc", "ya", "ke",
            "di", "sa", "ok", "ad", "ai", "al", "ao", "ar", "bo", "by", "ca", "ch", "cu", "ga", "gi", "gu", "hu", "ie",
            "io", "je", "ki", "km", "li", "lu", "mu", "nu", "om", "sh", "st", "tv", "tt");
    /** Country names that are more often ordinary words in a shop's chat. */
    private static final Set<String> NOT_NAMES = Set.of("jersey", "chad", "jordan", "man", "guernsey", "georgia");
    /** Capitalised two-letter words that are ISO codes but usually mean something else ("IT support", "my ID"). */
    private static final Set<String> NOT_CAPITAL_CODES = Set.of("IT", "ID", "AM", "PM", "TV", "AI", "PC", "OK");
    /**
     * Hangul and Han words that hold a country name but mean something else, blanked before names are searched:
     * 수단 is Sudan but also "means", as in 결제 수단 (payment method).
     */
    private static final List<String> NOT_PLACES = List.of("결제수단", "지불수단", "결재수단", "교통수단", "배송수단",
            "통신수단", "수단과방법");
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    private final Countries countries;
    /** Folded name (one or more Latin or Arabic words, space-joined) to ISO code. */
    private final Map<String, String> latinNames = new HashMap<>();
    /** Folded CJK/Hangul/Arabic names, longest first, found inside the text. */
    private final List<Map.Entry<String, String>> scriptNames;

    CountryFinder(Countries countries, List<String> langs) {
        this.countries = countries;
        Map<String, String> substringNames = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale region = Locale.of("", code);
            for (String lang : langs) {
                add(region.getDisplayCountry(Locale.of(lang)), code, substringNames);
                try {
                    add(countries.name(code, lang), code, substringNames);
                } catch (RuntimeException unknownToTheKb) {
                    // the KB may know fewer countries than the JDK; its names are an addition, not a requirement
                }
            }
        }
        readAliases(substringNames);
        scriptNames = substringNames.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()))
                .toList();
    }

    private void add(String name, String code, Map<String, String> substringNames) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase(code)) return;
        String folded = Text.fold(name.replaceAll("\\(.*?\\)", "")).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (folded.isEmpty() || NOT_NAMES.contains(folded)) return;
        if (Text.matchedAsSubstring(folded)) {
            addInsideName(folded, code, substringNames);
        } else if (folded.split(" ").length <= MAX_NAME_WORDS) {
            latinNames.putIfAbsent(folded, code);
        }
    }

    private static void addInsideName(String folded, String code, Map<String, String> substringNames) {
        String compact = folded.replace(" ", "");
        substringNames.putIfAbsent(compact, code);
        // Arabic names carry the article, which a glued preposition swallows: "للسعودية" (to Saudi Arabia)
        if (compact.startsWith("ال") && compact.length() >= 5) substringNames.putIfAbsent(compact.substring(2), code);
    }

    private void readAliases(Map<String, String> substringNames) {
        WordLists.read("country-aliases.txt", (code, aliases) -> {
            for (String alias : aliases) {
                String folded = Text.fold(alias);
                if (folded.isEmpty()) continue;
                if (Text.matchedAsSubstring(folded)) addInsideName(folded, code, substringNames);
                else latinNames.put(folded, code);
            }
        });
    }

    /** Whether a folded word is a country name, alias or demonym ("brazil", "mexicano"). */
    boolean isName(String word) {
        return latinNames.containsKey(word) || countries.resolve(word).filter(c -> c.length() == 2).isPresent();
    }

    /** The destination country's ISO code, or null. */
    String find(Text text) {
        String best = null;
        int bestRank = Integer.MIN_VALUE;
        List<String> words = text.words;
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(MAX_NAME_WORDS, words.size() - i); n >= 1; n--) {
                String code = lookup(text, i, n);
                if (code == null) continue;
                String before = i > 0 ? words.get(i - 1) : "";
                int rank = TO_WORDS.contains(before) ? 2 : FROM_WORDS.contains(before) ? 0 : 1;
                if (rank >= bestRank) { // a later mention of equal rank wins: "I'm in Spain, do you ship to France"
                    best = code;
                    bestRank = rank;
                }
                i += n - 1;
                break;
            }
        }
        if (best != null || text.han + text.kana + text.hangul + text.arabic == 0) return best;
        String compact = text.folded.replace(" ", "");
        for (String word : NOT_PLACES) compact = compact.replace(word, " ");
        for (Map.Entry<String, String> e : scriptNames) {
            for (int at = compact.indexOf(e.getKey()); at >= 0; at = compact.indexOf(e.getKey(), at + 1)) {
                if (!insideKatakanaWord(compact, at, e.getKey().length())) return e.getValue();
            }
        }
        return null;
    }

    /**
     * Katakana spells loanwords letter by letter, so a katakana name glued to more katakana is part of another word:
     * タイ (Thailand) in タイヤ (tyre), チリ (Chile) in チリソース. Hiragana particles after it are fine: タイに.
     */
    private static boolean insideKatakanaWord(String s, int at, int length) {
        if (!isKatakana(s.charAt(at))) return false;
        int end = at + length;
        return (at > 0 && isKatakana(s.charAt(at - 1))) || (end < s.length() && isKatakana(s.charAt(end)));
    }

    private static boolean isKatakana(char c) {
        return c >= '\u30A1' && c <= '\u30FA' || c == '\u30FC';
    }

    private String lookup(Text text, int start, int n) {
        String phrase = String.join(" ", text.words.subList(start, start + n));
        String code = latinNames.get(phrase);
        if (code != null || n > 1) return code;
        String word = phrase;
        if (word.length() == 2) return isoCode(text, start);
        if (word.length() >= 4 && !isNumber(word)) return countries.resolve(word).filter(c -> c.length() == 2).orElse(null);
        return null;
    }

    /** A two-letter word is a country code when typed in capitals ("MX") or right after a "to" word ("a mx"). */
    private String isoCode(Text text, int i) {
        String typed = text.typedWords.get(i);
        String word = text.words.get(i);
        boolean capitals = typed.equals(typed.toUpperCase(Locale.ROOT)) && !typed.equals(word)
                && !NOT_CAPITAL_CODES.contains(typed) && !shouting(text);
        boolean afterTo = i > 0 && TO_WORDS.contains(text.words.get(i - 1)) && !NOT_CODES.contains(word);
        if (!capitals && !afterTo) return null;
        String code = word.toUpperCase(Locale.ROOT);
        if (code.equals("UK")) return "GB";
        return ISO_CODES.contains(code) ? code : null;
    }

    /** Text typed in capitals says nothing about which words are codes. */
    private static boolean shouting(Text text) {
        return text.typedWords.stream().anyMatch(w -> w.length() >= 4 && w.equals(w.toUpperCase(Locale.ROOT))
                && !w.equals(w.toLowerCase(Locale.ROOT)) && !w.chars().anyMatch(Character::isDigit));
    }

    private static boolean isNumber(String w) {
        return w.chars().allMatch(Character::isDigit);
    }
}
