package cohost.engine.understand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads this package's word-list resources (lexicons, colors, country aliases): one {@code KEY: word, word, ...} a
 * line, blank lines and {@code #} comments skipped, so that a reviewer can edit them without touching code.
 */
final class WordLists {
    private WordLists() {
    }

    /** Calls {@code line} with each line's key and its non-blank words, both stripped. */
    static void read(String resource, BiConsumer<String, List<String>> line) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int n = 0;
            while ((text = reader.readLine()) != null) {
                n++;
                text = text.strip();
                if (text.isEmpty() || text.startsWith("#")) continue;
                int colon = text.indexOf(':');
                if (colon < 0) throw new IllegalStateException(resource + " line " + n + ": expected 'KEY: word, word, ...'");
                List<String> words = Arrays.stream(text.substring(colon + 1).split(","))
                        .map(String::strip).filter(w -> !w.isEmpty()).toList();
                line.accept(text.substring(0, colon).strip(), words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
