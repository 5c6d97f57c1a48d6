package cohost.engine.answer;

import cohost.knowledge.Language;
import cohost.knowledge.Languages;
import cohost.knowledge.Money;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.Currency;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reply templates of one language, from {@code templates_<lang>.properties} beside this class: one UTF-8 file
 * per language so a native speaker can review and fix it without reading Java. Each value is an ICU MessageFormat
 * pattern with named arguments ({@code {country}}, {@code {days, plural, one {# day} other {# days}}}); ICU also
 * gives lists, money and country names in the language. A written variant (zh-Hant) has no file: its templates
 * are its base language's, converted once by the registry's transliterator.
 */
final class Phrases {

    private static final Set<String> ISO_COUNTRIES = Set.of(java.util.Locale.getISOCountries());
    private static final Map<String, Phrases> ALL = loadAll();

    final String lang;
    final Language language;
    private final Map<String, String> texts;
    /** Parsed patterns; an ICU MessageFormat is not thread-safe, so each is used under its own lock. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    /** The templates without arguments (most of them: labels, colors, gists), formatted once. */
    private final Map<String, String> constants = new HashMap<>();
    private final ListFormatter lists;
    private final Map<String, LocalizedNumberFormatter> moneyFormats = new ConcurrentHashMap<>();
    private final CountryNames countries;
    /**
     * Country names and phrases by "CH" or "CH.to": replies name countries all the time, and ICU looks names up in
     * its resource data each time. Only ISO 3166 codes are kept, so it cannot grow past countries x 3.
     */
    private final Map<String, String> phrased = new ConcurrentHashMap<>();

    private Phrases(Language language, Map<String, String> texts) {
        this.lang = language.code();
        this.language = language;
        this.texts = texts;
        this.lists = ListFormatter.getInstance(language.locale());
        this.countries = CountryNames.load(language);
        warm();
    }

    /**
     * Parses every pattern and touches ICU's data for the language (plural rules, number, list and name data) once,
     * at start-up: the first use of each otherwise costs tens to hundreds of milliseconds, inside someone's reply.
     */
    private void warm() {
        texts.keySet().forEach(k -> formats.computeIfAbsent(k, this::parse));
        texts.keySet().stream().filter(k -> arguments(k).isEmpty()).forEach(k -> constants.put(k, fill(k)));
        fill("country.to", "class", CountryNames.OTHER, "name", countries.name("US"));
        list(List.of("a", "b", "c"));
        money(new Money(java.math.BigDecimal.ONE, "USD"));
    }

    /** The templates of {@code lang} (a registered code), or English for any other language. */
    static Phrases of(String lang) {
        Phrases p = lang == null ? null : ALL.get(lang);
        return p != null ? p : ALL.get("en");
    }

    static boolean supports(String lang) {
        return ALL.containsKey(lang);
    }

    /** The text of a template without arguments. */
    String get(String key) {
        String constant = constants.get(key);
        return constant != null ? constant : fill(key);
    }

    /** The text for {@code key}, or null (for optional entries such as a color name). */
    String find(String key) {
        return texts.containsKey(key) ? get(key) : null;
    }

    /** Fills the template's named arguments (name, value, name, value...); values come from KB facts only. */
    String fill(String key, Object... namesAndValues) {
        Map<String, Object> args = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        MessageFormat f = formats.computeIfAbsent(key, this::parse);
        synchronized (f) {
            return f.format(args);
        }
    }

    private MessageFormat parse(String key) {
        String t = texts.get(key);
        if (t == null) throw new IllegalStateException("templates_" + lang + ".properties has no key " + key);
        try {
            return new MessageFormat(t, language.locale());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("templates_" + lang + ".properties, key " + key + ": " + e.getMessage(), e);
        }
    }

    /** "a, b and c" as this language joins a list (ICU's list patterns). */
    String list(List<String> items) {
        return lists.format(items);
    }

    /** Sentences joined the way this language joins them (CJK: no space). */
    String sentences(List<String> parts) {
        return String.join(get("sentenceSep"), parts);
    }

    /** The full stop that ends a sentence built from parts. */
    String stop() {
        return get("sentenceSep").isEmpty() ? "。" : ".";
    }

    /**
     * The note after a store text said in {@code textLang} because the KB does not have it in this language:
     * "(in English)", "(em inglês)", "（原文：英語）"; the language as this one names it (ICU).
     */
    String inLanguage(String textLang) {
        String name = com.ibm.icu.util.ULocale.forLanguageTag(textLang)
                .getDisplayLanguage(language.locale());
        return fill("inLanguage", "language", name);
    }

    /** Money as this language writes it (ICU): "US$ 12,50" in pt, "12,50 $" in de, "$12.50" in en. */
    String money(Money m) {
        LocalizedNumberFormatter f = moneyFormats.computeIfAbsent(m.currency(),
                c -> NumberFormatter.withLocale(language.locale()).unit(Currency.getInstance(c)));
        return f.format(m.amount()).toString().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** A country's name in this language, e.g. "Schweiz"; for a store region ("EU"), the region's own name. */
    String countryName(String code, boolean region) {
        if (region) return code;
        return ISO_COUNTRIES.contains(code) ? phrased.computeIfAbsent(code, countries::name) : countries.name(code);
    }

    /**
     * A country as the {@code country.<form>} template phrases it, e.g. form "to": "in die Schweiz" (de),
     * "aux États-Unis" (fr), "o Brasil" (pt, after "para"). A store region takes the class "other".
     */
    String country(String code, String form, boolean region) {
        if (region) return fill("country." + form, "class", CountryNames.OTHER, "name", code);
        if (!ISO_COUNTRIES.contains(code)) return phrase(code, form);
        return phrased.computeIfAbsent(code + "." + form, k -> phrase(code, form));
    }

    private String phrase(String code, String form) {
        String whole = countries.phrase(code, form);
        return whole != null ? whole : fill("country." + form, "class", countries.cls(code), "name", countries.name(code));
    }

    Map<String, String> keys() {
        return texts;
    }

    /** The names of the arguments a template uses, nested ones included ({@code {n, plural, ...}} gives "n"). */
    Set<String> arguments(String key) {
        MessagePattern mp = new MessagePattern(texts.get(key));
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) names.add(mp.getSubstring(part));
        }
        return names;
    }

    private static Map<String, Phrases> loadAll() {
        Map<String, Map<String, String>> own = new HashMap<>();
        Map<String, Phrases> all = new LinkedHashMap<>();
        for (Language l : Languages.primary()) {
            Map<String, String> texts = read(l.code());
            own.put(l.code(), texts);
            all.put(l.code(), new Phrases(l, texts));
        }
        for (Language l : Languages.all()) {
            if (!l.isVariant()) continue;
            Map<String, String> base = own.get(l.base());
            if (base == null) throw new IllegalStateException(l.code() + " is a variant of " + l.base() + ", which has no templates");
            Map<String, String> converted = new HashMap<>();
            base.forEach((k, v) -> converted.put(k, Languages.convert(l, v)));
            all.put(l.code(), new Phrases(l, Map.copyOf(converted)));
        }
        Languages.prepareVariants(); // telling Traditional from Simplified questions is ready before the first one
        return Map.copyOf(all);
    }

    private static Map<String, String> read(String lang) {
        String file = "templates_" + lang + ".properties";
        try (var in = Phrases.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("missing resource " + file + " for registered language " + lang);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new HashMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }
}
