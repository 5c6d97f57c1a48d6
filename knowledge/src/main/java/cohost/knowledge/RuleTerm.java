package cohost.knowledge;

import com.ibm.icu.lang.UCharacter;

import java.text.Normalizer;

/**
 * A word or phrase of a room rule (a banned word, a pinned keyword), matched the way people type it: case, accents,
 * full-width forms and Traditional or Simplified Chinese do not matter. A term in a script written with spaces (Latin,
 * Cyrillic, Arabic...) matches whole words only, so "ban" is not found in "banana"; a term in Chinese, Japanese,
 * Korean or Thai matches anywhere, since those scripts have no spaces between words (and Korean and Japanese attach
 * particles to them: "할인코드는").
 *
 * @param written  the term as the rules file writes it (what logs and errors show)
 * @param folded   {@link #fold(String)} of it, what is searched for
 * @param anywhere true when it matches inside words (a script written without spaces)
 */
public record RuleTerm(String written, String folded, boolean anywhere) {

    public static RuleTerm of(String written) {
        String folded = fold(written);
        return new RuleTerm(written, folded, folded.codePoints().anyMatch(RuleTerm::unspaced));
    }

    /** Whether the term occurs in {@code foldedText} (a text already passed through {@link #fold}). */
    public boolean in(String foldedText) {
        if (folded.isEmpty()) return false;
        for (int at = foldedText.indexOf(folded); at >= 0; at = foldedText.indexOf(folded, at + 1)) {
            if (anywhere || (edge(foldedText, at, true) && edge(foldedText, at + folded.length(), false))) return true;
        }
        return false;
    }

    /**
     * The form texts and terms are compared in: compatibility forms folded (full-width "ＣＯＤＥ" is "code"), Unicode
     * case folding ("STRASSE" and "straße" agree), Traditional Chinese written as Simplified (運費 is 运费), Latin
     * accents and Arabic vowel marks dropped ("pão" is "pao", "كُود" is "كود"), runs of spaces made one. Marks of
     * kana and Hangul are kept: in Japanese a dakuten changes the word (が is not か).
     */
    public static String fold(String text) {
        String s = UCharacter.foldCase(Normalizer.normalize(text, Normalizer.Form.NFKC), true);
        Language hant = Languages.get("zh-Hant").orElse(null);
        if (hant != null && Languages.hasVariantOnly(hant, s)) s = Languages.convertBack(hant, s);
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (droppedMark(c)) continue;
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) b.append(' ');
            space = false;
            b.appendCodePoint(c);
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    /** Latin combining accents and Arabic harakat: written or not, the word is the same. */
    private static boolean droppedMark(int c) {
        return (c >= 0x0300 && c <= 0x036F) || (c >= 0x064B && c <= 0x065F) || c == 0x0670;
    }

    private static boolean unspaced(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || s == Character.UnicodeScript.THAI || s == Character.UnicodeScript.LAO
                || s == Character.UnicodeScript.KHMER || s == Character.UnicodeScript.MYANMAR;
    }

    /**
     * Whether the term's start (or end) at {@code i} is a word edge: no letter or digit of a spaced script joins it
     * there (Chinese next to a Latin word is an edge: "用code买").
     */
    private static boolean edge(String text, int i, boolean start) {
        if (start ? i <= 0 : i >= text.length()) return true;
        int c = start ? text.codePointBefore(i) : text.codePointAt(i);
        boolean joins = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
        return !joins || unspaced(c);
    }
}
