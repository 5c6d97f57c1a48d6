package cohost.knowledge;

import java.util.Map;

/**
 * A text the KB gives in one or more languages. In the KB files it is either a plain string (in the store's default
 * language) or an object of language code to string.
 *
 * @param texts        language code (ISO 639-1, lower case) to text; never empty
 * @param fallbackLang the store's default language, used when a language is missing
 */
public record Localized(Map<String, String> texts, String fallbackLang) {
    public Localized {
        texts = Map.copyOf(texts);
    }

    public static Localized of(String text, String lang) {
        return new Localized(Map.of(lang, text), lang);
    }

    /**
     * The text in {@code lang}, else in the store's default language, else any text there is. A written variant
     * ("zh-Hant") takes the KB's own text for it when there is one, else its base language's text converted (Hans-Hant).
     */
    public String in(String lang) {
        String t = lang == null ? null : texts.get(lang);
        if (t == null && lang != null && lang.indexOf('-') > 0) t = variant(lang);
        if (t == null) t = texts.get(fallbackLang);
        if (t == null) t = texts.values().iterator().next();
        return t;
    }

    private String variant(String lang) {
        Language v = Languages.get(lang).filter(Language::isVariant).orElse(null);
        String base = v == null ? null : texts.get(v.base());
        return base == null ? null : Languages.convert(v, base);
    }

    /** Whether the KB has this text written in {@code lang} (no fallback). */
    public boolean has(String lang) {
        return texts.containsKey(lang);
    }
}
