package cohost.knowledge;

import java.util.List;

/** A question the store has answered once, from {@code faq.jsonl}. */
public record FaqEntry(String id, Localized question, Localized answer, List<String> tags) {
    public FaqEntry {
        tags = List.copyOf(tags);
    }
}
