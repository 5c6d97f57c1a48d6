package cohost.engine.rules;

import cohost.engine.answer.claims.SentenceCutter;
import cohost.knowledge.RoomRules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The words the co-host may not say to these askers: the store's banned words ({@link RoomRules#bans()}) of every
 * market, and of the askers' own markets. A reply that would say one loses the sentences that carry it; when nothing
 * is left, it is withheld.
 *
 * @param markets the askers' declared countries ("" for an asker without one, held to the every-market bans)
 */
public record BannedWords(RoomRules rules, List<String> markets) {
    /** Nothing banned. */
    public static final BannedWords NONE = new BannedWords(RoomRules.NONE, List.of());

    public BannedWords {
        markets = List.copyOf(markets);
    }

    public static BannedWords of(RoomRules rules, Collection<String> markets) {
        return rules.bans().isEmpty() ? NONE
                : new BannedWords(rules, markets.stream().map(m -> m == null ? "" : m).distinct().toList());
    }

    /** Whether the text says a banned word. */
    public boolean in(String text) {
        return text != null && !text.isEmpty() && !rules.bans().isEmpty() && rules.bannedWordIn(text, markets).isPresent();
    }

    /**
     * The text without each sentence that says a banned word, sentences cut as the LLM check cuts them; "" when no
     * sentence is left. A text without banned words comes back unchanged.
     */
    public String without(String text) {
        if (!in(text)) return text;
        SentenceCutter cutter = new SentenceCutter();
        List<String> sentences = new ArrayList<>(cutter.add(text));
        sentences.add(cutter.rest());
        StringBuilder kept = new StringBuilder();
        for (String s : sentences) {
            if (!s.isBlank() && !in(s)) kept.append(s);
        }
        return kept.toString().strip();
    }
}
