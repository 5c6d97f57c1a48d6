package cohost.engine.answer;

import cohost.engine.Intent;
import cohost.knowledge.FaqEntry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Support topics people ask about in their own words ("son originales o clones?", "정품 맞아요?", "je peux suivre mon
 * colis ?"), from {@code faq-concepts.txt}: a tag, the intent such a question has, and its casual and misspelt
 * wordings in the ten languages. A store's FAQ entries answer a topic when their tags or id hold its tag, so the list
 * works for any store that tags its FAQ. Matching is a few substring searches on the folded text.
 */
public final class FaqConcepts {

    /** One topic: its tag, the intent of a message that names only it, and its folded aliases. */
    public record Concept(String tag, Intent intent, List<String> words, List<String> stems) {
        /** Whether an FAQ entry answers this topic: one of its tags, or its id, is the tag ("lost-parcel" ~ "lost parcel"). */
        boolean answeredBy(FaqEntry e) {
            String spaced = tag.replace('-', ' ');
            if (e.id().equalsIgnoreCase(tag) || e.id().toLowerCase(Locale.ROOT).startsWith(tag + "-")) return true;
            return e.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag) || t.equalsIgnoreCase(spaced));
        }
    }

    private static final List<Concept> CONCEPTS = load();

    private FaqConcepts() {
    }

    /** The topics the text names, in file order. */
    public static List<Concept> in(String text) {
        if (text == null || text.isBlank()) return List.of();
        String folded = FactFinder.fold(text);
        List<Concept> found = new ArrayList<>();
        for (Concept c : CONCEPTS) {
            if (names(folded, c)) found.add(c);
        }
        return found;
    }

    private static boolean names(String folded, Concept c) {
        for (String w : c.words()) {
            if (w.contains(" + ") ? namesAll(folded, w.split(" \\+ ")) : FactFinder.mentionsFolded(folded, w)) return true;
        }
        for (String stem : c.stems()) {
            if (namesStem(folded, stem)) return true;
        }
        return false;
    }

    /** Whether the text names every part, anywhere ("when + ship": "when will u guys ship my order?"). */
    private static boolean namesAll(String folded, String[] parts) {
        for (String part : parts) {
            boolean found = part.endsWith("*") ? namesStem(folded, part.substring(0, part.length() - 1))
                    : FactFinder.mentionsFolded(folded, part);
            if (!found) return false;
        }
        return true;
    }

    private static boolean namesStem(String folded, String stem) {
        int at = folded.indexOf(stem);
        while (at >= 0) {
            if (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))) return true;
            at = folded.indexOf(stem, at + 1);
        }
        return false;
    }

    private static List<Concept> load() {
        List<Concept> out = new ArrayList<>();
        try (var in = FaqConcepts.class.getResourceAsStream("faq-concepts.txt")) {
            if (in == null) throw new IllegalStateException("missing resource faq-concepts.txt");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int colon = line.indexOf(':');
                String[] head = colon < 0 ? new String[0] : line.substring(0, colon).strip().split("\\s+");
                if (head.length != 2) throw new IllegalStateException("faq-concepts.txt: expected 'TAG INTENT: ...', got " + line);
                List<String> words = new ArrayList<>(), stems = new ArrayList<>();
                for (String a : line.substring(colon + 1).split(",")) {
                    String f = FactFinder.fold(a.strip());
                    if (f.isEmpty()) continue;
                    if (f.endsWith("*") && !f.contains(" + ")) stems.add(f.substring(0, f.length() - 1));
                    else words.add(f);
                }
                out.add(new Concept(head[0], Intent.valueOf(head[1]), List.copyOf(words), List.copyOf(stems)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
