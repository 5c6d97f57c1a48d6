package cohost.engine.understand;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A message folded for matching: full-width and compatibility forms unified (NFKC), lower case, Latin accents and
 * Arabic vowel marks dropped, Arabic letter variants unified. Keywords go through the same {@link #fold} so both
 * sides compare equal whatever the user typed ("ENVÍO", "envio", "ｅｎｖｉｏ").
 */
final class Text {
    /** The message after NFKC only: case and accents kept, for SKUs, order ids and upper-case size letters. */
    final String original;
    /** The folded message; CJK and Arabic keywords are searched in it as substrings. */
    final String folded;
    /** Words of Latin script, Arabic script or digits, in order, folded. */
    final List<String> words;
    /** The same words as typed (NFKC, case kept), parallel to {@link #words}. */
    final List<String> typedWords;
    /** Where each of {@link #words} starts in {@link #folded}. */
    private final int[] wordStarts;
    final int latinLetters, han, kana, hangul, arabic;

    private Text(String original, String folded, List<String> words, List<String> typedWords, int[] wordStarts,
                 int latinLetters, int han, int kana, int hangul, int arabic) {
        this.original = original;
        this.folded = folded;
        this.words = words;
        this.typedWords = typedWords;
        this.wordStarts = wordStarts;
        this.latinLetters = latinLetters;
        this.han = han;
        this.kana = kana;
        this.hangul = hangul;
        this.arabic = arabic;
    }

    /**
     * This text with the words at these indexes blanked out (everything else, hyphens and SKUs included, as it was):
     * what the rest of the message names once a phrase's words are set aside. Case is lost, as in the folded text.
     */
    Text without(java.util.Set<Integer> wordIndexes) {
        if (wordIndexes.isEmpty()) return this;
        char[] f = folded.toCharArray();
        for (int i : wordIndexes) {
            if (i < 0 || i >= words.size()) continue;
            for (int j = wordStarts[i]; j < wordStarts[i] + words.get(i).length() && j < f.length; j++) f[j] = ' ';
        }
        return of(new String(f));
    }

    static Text of(String raw) {
        String original = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC);
        String folded = fold(original);
        List<String> words = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        int[][] starts = {new int[8]};
        splitWords(folded, words, starts);
        splitWords(original, typed, null);
        if (typed.size() != words.size()) typed = words; // folding changed the word count (rare): lose the case info
        int latin = 0, han = 0, kana = 0, hangul = 0, arabic = 0;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            switch (script(c)) {
                case LATIN -> latin++;
                case HAN -> han++;
                case KANA -> kana++;
                case HANGUL -> hangul++;
                case ARABIC -> arabic++;
                default -> { }
            }
        }
        return new Text(original, folded, List.copyOf(words), List.copyOf(typed),
                starts[0], latin, han, kana, hangul, arabic);
    }

    /** The matching form of any text; see the class comment. */
    static String fold(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("ß", "ss");
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\u0300' && c <= '\u036f') continue;                 // Latin combining accents
            if ((c >= '\u064b' && c <= '\u065f') || c == '\u0670' || c == '\u0640') continue; // Arabic harakat, tatweel
            switch (c) {
                case '\u0623', '\u0625', '\u0622' -> b.append('\u0627'); // alif with hamza/madda -> alif
                case '\u0649' -> b.append('\u064a');                      // alif maqsura -> ya
                case '\u0629' -> b.append('\u0647');                      // ta marbuta -> ha
                default -> b.append(c);
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    enum Script { LATIN, HAN, KANA, HANGUL, ARABIC, OTHER }

    static Script script(int c) {
        if (c < 0x250) return Character.isLetter(c) ? Script.LATIN : Script.OTHER; // the common case, without a lookup
        if (!Character.isLetter(c)) return Script.OTHER;
        return switch (Character.UnicodeScript.of(c)) {
            case LATIN -> Script.LATIN;
            case HAN -> Script.HAN;
            case HIRAGANA, KATAKANA -> Script.KANA;
            case HANGUL -> Script.HANGUL;
            case ARABIC -> Script.ARABIC;
            default -> Script.OTHER;
        };
    }

    /** Whether a keyword is matched inside words (CJK, Hangul and Arabic attach particles and clitics to words). */
    static boolean matchedAsSubstring(String keyword) {
        return keyword.codePoints().anyMatch(c -> {
            Script s = script(c);
            return s == Script.HAN || s == Script.KANA || s == Script.HANGUL || s == Script.ARABIC;
        });
    }

    /**
     * How far into the message a keyword stands, from 0 (its start) to 1: word {@code wordIndex}, or else the first
     * place the keyword {@code substring} (spaces removed) is found. Orders the topics of a message as they were asked.
     */
    double position(int wordIndex, String substring) {
        if (folded.isEmpty()) return 0;
        if (wordIndex >= 0 && wordIndex < words.size()) return (double) wordStarts[wordIndex] / folded.length();
        String compact = folded.replace(" ", "");
        int at = substring == null ? -1 : compact.indexOf(substring);
        return at < 0 ? 1 : (double) at / Math.max(1, compact.length());
    }

    /** Splits into runs of Latin letters, Arabic letters and digits; CJK, Hangul and punctuation separate them. */
    private static void splitWords(String s, List<String> out, int[][] starts) {
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean wordChar = false;
            if (i < s.length()) {
                char c = s.charAt(i);
                Script sc = script(c);
                wordChar = Character.isDigit(c) || sc == Script.LATIN || sc == Script.ARABIC
                        || (Character.getType(c) == Character.NON_SPACING_MARK && start >= 0);
            }
            if (wordChar && start < 0) start = i;
            else if (!wordChar && start >= 0) {
                if (starts != null) {
                    // a growable int array: a megabyte product title has a million words
                    if (out.size() == starts[0].length) starts[0] = java.util.Arrays.copyOf(starts[0], out.size() * 2);
                    starts[0][out.size()] = start;
                }
                out.add(s.substring(start, i));
                start = -1;
            }
        }
    }
}
