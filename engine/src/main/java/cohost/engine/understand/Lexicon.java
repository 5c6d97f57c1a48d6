package cohost.engine.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.TreeSet;

/**
 * Weighted keywords and phrases per language, read from {@code lexicon/<lang>.txt}, matched against a {@link Text}
 * with typo tolerance. A line reads {@code LABEL WEIGHT: phrase, phrase, stem*, two words}; the label is an
 * {@link cohost.engine.Intent} name or a marker such as {@code @THIS} ("this one") or {@code @LANG} (a word that
 * only says which language this is). Latin and Arabic-script words are compared whole (a trailing {@code *} matches
 * any ending); a word of 5 or more letters also matches with one typo (a letter added, dropped, changed or two
 * swapped). CJK, Hangul and Arabic keywords are found inside the text, since those scripts glue particles and
 * clitics to words ("배송비는", "بالشحن").
 */
final class Lexicon {

    /** One keyword or phrase of one language. {@code words} is empty for keywords matched as substrings. */
    record Entry(String label, double weight, String lang, List<String> words, String substring) {
    }

    /**
     * A matched entry; fuzzy when a word matched only with a typo.
     *
     * @param at the index of its first word in {@link Text#words}, or -1 for a keyword found inside the text
     */
    record Match(Entry entry, boolean fuzzy, int at) {
    }

    private static final int FUZZY_MIN_LENGTH = 5;

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, List<Entry>> byFirstStem = new HashMap<>();
    private final Map<String, List<Entry>> byFirstWordDeletes = new HashMap<>();
    private final int[] stemLengths;
    private final List<Entry> substrings = new ArrayList<>();
    private final Set<String> labels = new TreeSet<>();
    private final Set<String> plainWords = new HashSet<>();

    private Lexicon(List<Entry> entries) {
        TreeSet<Integer> lengths = new TreeSet<>();
        for (Entry e : entries) {
            labels.add(e.label());
            e.words().stream().filter(w -> !w.endsWith("*")).forEach(plainWords::add);
            if (e.words().isEmpty()) {
                substrings.add(e);
                continue;
            }
            String first = e.words().getFirst();
            boolean stem = first.endsWith("*");
            String bare = stem ? first.substring(0, first.length() - 1) : first;
            if (stem) {
                byFirstStem.computeIfAbsent(bare, k -> new ArrayList<>()).add(e);
                lengths.add(bare.length());
            } else {
                byFirstWord.computeIfAbsent(bare, k -> new ArrayList<>()).add(e);
            }
            if (bare.length() >= FUZZY_MIN_LENGTH) {
                for (String variant : withDeletes(bare)) {
                    byFirstWordDeletes.computeIfAbsent(variant, k -> new ArrayList<>()).add(e);
                }
            }
        }
        stemLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every label used in the files: intent names and markers. */
    Set<String> labels() {
        return labels;
    }

    /** Every whole word of every phrase (not stems). */
    Set<String> plainWords() {
        return plainWords;
    }

    /** Whether a folded word is a keyword of some language, whole or by a stem ("shipping" by "shipp*"). */
    boolean knows(String word) {
        if (plainWords.contains(word)) return true;
        for (int n : stemLengths) {
            if (n <= word.length() && byFirstStem.containsKey(word.substring(0, n))) return true;
        }
        return false;
    }

    /** Reads {@code lexicon/<lang>.txt} of each language from the classpath, next to this class. */
    static Lexicon load(List<String> langs) {
        List<Entry> entries = new ArrayList<>();
        for (String lang : langs) {
            String file = "lexicon/" + lang + ".txt";
            WordLists.read(file, (key, phrases) -> {
                String[] head = key.split("\\s+");
                if (head.length != 2) throw new IllegalStateException(file + ": '" + key + "' is not 'LABEL WEIGHT'");
                double weight = Double.parseDouble(head[1]);
                for (String phrase : phrases) {
                    String p = Text.fold(phrase);
                    if (p.isEmpty()) continue;
                    if (Text.matchedAsSubstring(p)) {
                        entries.add(new Entry(head[0], weight, lang, List.of(), p.replace(" ", "")));
                    } else {
                        entries.add(new Entry(head[0], weight, lang, words(p), null));
                    }
                }
            });
        }
        return new Lexicon(entries);
    }

    /** A phrase split as messages are ({@link Text#words}: "don't" is "don" "t"), keeping a final stem's star. */
    private static List<String> words(String phrase) {
        boolean stem = phrase.endsWith("*");
        List<String> words = new ArrayList<>(Text.of(stem ? phrase.substring(0, phrase.length() - 1) : phrase).words);
        if (stem) words.set(words.size() - 1, words.getLast() + "*");
        return List.copyOf(words);
    }

        /**
     * Every entry found in the text, each once (the exact match wins over a fuzzy one).
     *
     * @param notTypos words known to mean something else, never read as a typo of a keyword ("white" is no "write")
     */
    List<Match> match(Text text, Set<String> notTypos) {
        Map<Entry, Match> found = new IdentityHashMap<>();
        List<String> words = text.words;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean hit = false;
            hit |= tryAll(byFirstWord.get(w), words, i, found);
            for (int len : stemLengths) {
                if (len > w.length()) break;
                hit |= tryAll(byFirstStem.get(w.substring(0, len)), words, i, found);
            }
            if (!hit && w.length() >= FUZZY_MIN_LENGTH - 1 && !isNumber(w) && !notTypos.contains(w)) {
                for (String variant : withDeletes(w)) tryAll(byFirstWordDeletes.get(variant), words, i, found);
                // a typo inside a stem: compare the word's beginning with the stem ("delivey" ~ "deliver*")
                for (int len : stemLengths) {
                    if (len < FUZZY_MIN_LENGTH || len > w.length() + 1) continue;
                    for (int l = len - 1; l <= Math.min(len + 1, w.length()); l++) {
                        for (String variant : withDeletes(w.substring(0, l))) {
                            tryAll(byFirstWordDeletes.get(variant), words, i, found);
                        }
                    }
                }
            }
        }
        String folded = text.folded.replace(" ", "");
        if (text.han + text.kana + text.hangul + text.arabic > 0) {
            for (Entry e : substrings) {
                if (!folded.contains(e.substring())) continue;
                if (isArabic(e.substring()) && !inArabicWord(text.folded, e.substring())) continue;
                found.putIfAbsent(e, new Match(e, false, -1));
            }
        }
        List<Match> all = new ArrayList<>(found.values());
        all.removeIf(m -> insideLongerPhrase(m, all));
        return List.copyOf(all);
    }

    /**
     * What Arabic glues before a word: a conjunction (و ف), a preposition or the future (ب ل ك س), the article (ال,
     * لل), or a verb's person prefix (ي ت ن ا), in that order. A keyword found after anything else is inside another
     * word: "لون" (colour) in "تقبلون" (you accept), "عرض" (offer) in "معرض" (showroom), "كم" (how much) in "عندكم".
     */
    private static final Set<String> ARABIC_PREFIXES = arabicPrefixes();
    /** The most letters Arabic glues after a word (pronouns, plural and feminine endings: ها هم كم ون ات تها). */
    private static final int ARABIC_SUFFIX = 3;

    private static Set<String> arabicPrefixes() {
        Set<String> out = new HashSet<>();
        for (String conj : List.of("", "و", "ف")) {
            for (String prep : List.of("", "ب", "ل", "ك", "س")) {
                for (String rest : List.of("", "ال", "ل", "ي", "ت", "ن", "ا")) out.add(conj + prep + rest);
            }
        }
        return Set.copyOf(out);
    }

    private static boolean isArabic(String s) {
        return s.codePoints().anyMatch(c -> Text.script(c) == Text.Script.ARABIC);
    }

    /**
     * Whether an Arabic keyword (spaces removed) stands in the text as a word of its own, clitics allowed: what
     * comes before it in its word is one of {@link #ARABIC_PREFIXES}, and at most {@link #ARABIC_SUFFIX} letters
     * follow it. A phrase may span words ("عند الاستلام").
     */
    static boolean inArabicWord(String folded, String keyword) {
        StringBuilder compact = new StringBuilder(folded.length());
        int[] index = new int[folded.length()];
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) == ' ') continue;
            index[compact.length()] = i;
            compact.append(folded.charAt(i));
        }
        for (int at = compact.indexOf(keyword); at >= 0; at = compact.indexOf(keyword, at + 1)) {
            int start = index[at], end = index[at + keyword.length() - 1] + 1;
            int wordStart = start, wordEnd = end;
            while (wordStart > 0 && Character.isLetter(folded.charAt(wordStart - 1))) wordStart--;
            while (wordEnd < folded.length() && Character.isLetter(folded.charAt(wordEnd))) wordEnd++;
            if (ARABIC_PREFIXES.contains(folded.substring(wordStart, start)) && wordEnd - end <= ARABIC_SUFFIX) return true;
        }
        return false;
    }

    /**
     * Whether a phrase of one intent lies inside a longer phrase of another: the longer one says what those words
     * mean ("send it back" is a return, so its "send" is no shipping; "cash on delivery" is a way to pay).
     * Markers (@TIME, @PRICE...) are kept: they qualify whatever topic the message names.
     */
    private static boolean insideLongerPhrase(Match m, List<Match> all) {
        if (m.at() < 0 || m.entry().label().startsWith("@")) return false;
        int from = m.at(), to = m.at() + m.entry().words().size();
        for (Match o : all) {
            if (o.at() < 0 || o.entry().label().startsWith("@") || o.entry().label().equals(m.entry().label())) continue;
            int oFrom = o.at(), oTo = o.at() + o.entry().words().size();
            if (oTo - oFrom > to - from && oFrom <= from && to <= oTo) return true;
        }
        return false;
    }

    /** Tries entries whose first word may match at {@code start}; records the ones whose whole phrase matches. */
    private static boolean tryAll(List<Entry> candidates, List<String> words, int start, Map<Entry, Match> found) {
        if (candidates == null) return false;
        boolean any = false;
        for (Entry e : candidates) {
            List<String> pattern = e.words();
            if (start + pattern.size() > words.size()) continue;
            boolean fuzzy = false, ok = true;
            for (int k = 0; k < pattern.size() && ok; k++) {
                int m = wordMatch(pattern.get(k), words.get(start + k));
                ok = m > 0;
                fuzzy |= m == 2;
            }
            if (!ok) continue;
            any = true;
            Match before = found.get(e);
            if (before == null || (before.fuzzy() && !fuzzy)) found.put(e, new Match(e, fuzzy, start));
        }
        return any;
    }

    /** 0: no match, 1: exact (or stem), 2: with one typo. */
    static int wordMatch(String pattern, String word) {
        boolean stem = pattern.endsWith("*");
        String p = stem ? pattern.substring(0, pattern.length() - 1) : pattern;
        if (stem ? word.startsWith(p) : word.equals(p)) return 1;
        if (p.length() < FUZZY_MIN_LENGTH) return 0;
        if (!stem) return typoDistanceAtMostOne(p, word) ? 2 : 0;
        for (int l = p.length() - 1; l <= Math.min(p.length() + 1, word.length()); l++) {
            if (typoDistanceAtMostOne(p, word.substring(0, l))) return 2;
        }
        return 0;
    }

    /** Optimal-string-alignment distance of at most one: one insertion, deletion, substitution or transposition. */
    static boolean typoDistanceAtMostOne(String a, String b) {
        int la = a.length(), lb = b.length();
        if (Math.abs(la - lb) > 1) return false;
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) i++;
        if (i == la && i == lb) return true;
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) return true;              // substitution
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));                      // transposition
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    private static List<String> withDeletes(String w) {
        List<String> out = new ArrayList<>(w.length() + 1);
        out.add(w);
        for (int i = 0; i < w.length(); i++) out.add(w.substring(0, i) + w.substring(i + 1));
        return out;
    }

    private static boolean isNumber(String w) {
        return w.chars().allMatch(Character::isDigit);
    }
}
