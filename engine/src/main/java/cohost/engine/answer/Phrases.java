package cohost.engine.answer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The reply templates of one language, from {@code templates_<lang>.properties} beside this class: one UTF-8 file
 * per language so a native speaker can review and fix it without reading Java.
 */
final class Phrases {

    /** The languages with templates; any other language is answered in English. */
    static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr", "de", "id", "ja", "ko", "zh", "ar");

    private static final Map<String, Phrases> ALL = loadAll();

    final String lang;
    private final Map<String, String> texts;

    private Phrases(String lang, Map<String, String> texts) {
        this.lang = lang;
        this.texts = texts;
    }

    static Phrases of(String lang) {
        Phrases p = lang == null ? null : ALL.get(lang);
        return p != null ? p : ALL.get("en");
    }

    static boolean supports(String lang) {
        return ALL.containsKey(lang);
    }

    String get(String key) {
        String t = texts.get(key);
        if (t == null) throw new IllegalStateException("templates_" + lang + ".properties has no key " + key);
        return t;
    }

    /** The text for {@code key}, or null (for optional entries such as a color name). */
    String find(String key) {
        return texts.get(key);
    }

    /** Fills {name} placeholders; values come from KB facts only. */
    String fill(String key, String... namesAndValues) {
        String t = get(key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            t = t.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return t;
    }

    /** "a, b and c" in this language. */
    String list(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(get("listSep"), items.subList(0, items.size() - 1)) + get("listLast") + items.getLast();
    }

    /** Sentences joined the way this language joins them (CJK: no space). */
    String sentences(List<String> parts) {
        return String.join(get("sentenceSep"), parts);
    }

    /** The full stop that ends a sentence built from parts. */
    String stop() {
        return get("sentenceSep").isEmpty() ? "。" : ".";
    }

    Map<String, String> keys() {
        return texts;
    }

    private static Map<String, Phrases> loadAll() {
        Map<String, Phrases> all = new HashMap<>();
        for (String lang : LANGUAGES) {
            String file = "templates_" + lang + ".properties";
            try (var in = Phrases.class.getResourceAsStream(file)) {
                if (in == null) throw new IllegalStateException("missing resource " + file);
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, String> texts = new HashMap<>();
                p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
                all.put(lang, new Phrases(lang, Map.copyOf(texts)));
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
        return Map.copyOf(all);
    }
}
