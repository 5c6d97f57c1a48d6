package cohost.engine.answer.translate;

import cohost.engine.answer.claims.Claim;
import cohost.engine.answer.claims.ClaimCheck;
import cohost.engine.answer.claims.SentenceCutter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a model's translation of a store text may be said: it keeps every glossary term of the source (a product
 * name in any of the KB's forms) and every number written in digits, is not the source itself, and each of its
 * sentences passes {@link ClaimCheck#ofText the claim check against the source} (no claim the source does not make).
 */
final class TranslationCheck {

    private TranslationCheck() {
    }

    /** What is wrong with {@code translation} of {@code source}; empty when it may be said. */
    static List<String> problems(String source, String translation, Glossary.Found terms, String to) {
        List<String> problems = new ArrayList<>();
        if (translation.isBlank()) return List.of("empty");
        if (translation.strip().equalsIgnoreCase(source.strip())) return List.of("not translated");
        for (Glossary.Match m : terms.matches()) {
            if (m.term().forms().stream().noneMatch(f -> Glossary.contains(translation, f))) {
                problems.add("dropped " + m.term().preferred(to, m.found()));
            }
        }
        List<List<BigDecimal>> kept = ClaimCheck.digitNumbers(translation);
        for (List<BigDecimal> number : ClaimCheck.digitNumbers(source)) {
            if (kept.stream().noneMatch(k -> k.stream().anyMatch(number::contains))) {
                problems.add("dropped the number " + number.getFirst().toPlainString());
            }
        }
        ClaimCheck check = ClaimCheck.ofText(source);
        SentenceCutter cutter = new SentenceCutter();
        List<String> sentences = new ArrayList<>(cutter.add(translation));
        sentences.add(cutter.rest());
        for (String s : sentences) {
            if (s.isBlank()) continue;
            List<Claim> bad = check.unsupported(s);
            if (!bad.isEmpty()) problems.add("claims the source does not make: " + bad);
        }
        return problems;
    }
}
