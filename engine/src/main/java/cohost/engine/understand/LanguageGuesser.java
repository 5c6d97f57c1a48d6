package cohost.engine.understand;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import cohost.knowledge.Languages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says which of the supported languages a message is in. The script decides first (Hangul is Korean, kana Japanese,
 * Arabic letters Arabic, Han without kana Chinese), which is exact for tiny texts where statistics are not. Latin
 * text goes to Lingua, helped by the lexicon's language votes: chat is short ("e pro Canadá?") and a word like "pro"
 * or "frete" says more than trigram statistics over three words.
 */
final class LanguageGuesser {

    /** The languages understood: every registered one with a lexicon (written variants are chosen after). */
    static final List<String> SUPPORTED = Languages.primary().stream().map(cohost.knowledge.Language::code).toList();
    private static final List<String> LATIN = Languages.primary().stream().filter(cohost.knowledge.Language::latin)
            .map(cohost.knowledge.Language::code).toList();
    /** Lingua's language per registered code. */
    private static final Map<String, Language> LINGUA = Languages.primary().stream()
            .filter(l -> l.detector() != null)
            .collect(Collectors.toUnmodifiableMap(cohost.knowledge.Language::code, l -> Language.valueOf(l.detector())));

    /** How much one lexicon word of a language adds to Lingua's relative confidence (0..1) for it. */
    private static final double VOTE = 0.5;
    /** Below this margin between the two best languages, and with no votes, the guess is unsure. */
    private static final double UNSURE_MARGIN = 0.04;
    /** A text of at most this many words is short: too few for statistics to overrule the conversation's language. */
    private static final int SHORT_WORDS = 4;
    /** How far the conversation's language may trail the best guess on a short text and still be kept. */
    private static final double KEEP_MARGIN = 0.6;

    /** Built on first use and shared: Lingua's models take a few hundred ms and ~10 MB to load. */
    private static final class Lingua {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder
                .fromLanguages(LINGUA.values().toArray(Language[]::new)).withLowAccuracyMode().build();
    }

    /** A supported language code for a declared language ("pt-BR" -> "pt"), or null. */
    static String supported(String declared) {
        if (declared == null || declared.isBlank()) return null;
        String base = declared.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return SUPPORTED.contains(base) ? base : null;
    }

    /**
     * The language of the text, or null when unsure.
     *
     * @param votes    lexicon weight per language code for words found in the text
     * @param lastLang the conversation's language so far, or null: kept for a short text unless another language
     *                 clearly wins ("Und per Express?" after German, "E para o México?" after Portuguese)
     */
    String guess(Text text, Map<String, Double> votes, String lastLang) {
        if (text.hangul > 0) return "ko";
        if (text.kana > 0) return "ja";
        int latin = text.latinLetters;
        if (text.arabic > 0 && text.arabic >= latin) return "ar";
        if (text.han > 0 && text.han * 3 >= latin) return "zh";
        if (latin == 0) return null;

        Map<Language, Double> lingua = Lingua.DETECTOR.computeLanguageConfidenceValues(text.original);
        String best = null, second = null;
        double bestScore = 0, secondScore = 0;
        for (String lang : LATIN) {
            double score = score(lang, lingua, votes);
            if (score > bestScore) {
                second = best;
                secondScore = bestScore;
                best = lang;
                bestScore = score;
            } else if (score > secondScore) {
                second = lang;
                secondScore = score;
            }
        }
        if (lastLang != null && !lastLang.equals(best) && LATIN.contains(lastLang) && text.words.size() <= SHORT_WORDS
                && score(lastLang, lingua, votes) >= bestScore - KEEP_MARGIN) {
            return lastLang;
        }
        boolean voted = votes.getOrDefault(best == null ? "" : best, 0.0) > 0;
        if (best == null || (!voted && second != null && bestScore - secondScore < UNSURE_MARGIN)) return null;
        return best;
    }

    private static double score(String lang, Map<Language, Double> lingua, Map<String, Double> votes) {
        Language l = LINGUA.get(lang);
        return (l == null ? 0.0 : lingua.getOrDefault(l, 0.0)) + VOTE * Math.min(votes.getOrDefault(lang, 0.0), 3);
    }
}
