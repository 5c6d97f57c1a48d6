package cohost.engine.answer;

import cohost.knowledge.Language;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one language names a country inside a sentence. ICU gives the name (CLDR's, as the JDK does); what ICU does not
 * give, the article or preposition a country takes ("in die Schweiz", "aux États-Unis", "para o Brasil"), comes from
 * {@code countries_<lang>.txt} beside the templates: the grammatical class of the countries that need one, and rules
 * for the rest. The templates' {@code country.to} and {@code country.in} patterns then select on that class.
 *
 * <p>File format, one entry a line ({@code #} starts a comment):
 * <pre>
 * CH  f                      a country's class (a word the language's country.* patterns select on)
 * US  pl  USA                its class and the name to use instead of ICU's
 * NL.in  in den Niederlanden the whole phrase for one form, where the class rule would decline the name wrongly
 * ~ ^[AEIOU]  v              for countries not listed: a regular expression on the name, and the class it gives
 * </pre>
 * Countries neither listed nor matched by a rule have the class {@code other}. Thread-safe and immutable.
 */
final class CountryNames {
    /** The class of a country nothing in the file mentions. */
    static final String OTHER = "other";
    /**
     * Hong Kong and Macao: CLDR's standard names are administrative titles ("Hong Kong SAR China",
     * "中国香港特别行政区"); in every language the short name is what people say.
     */
    private static final Set<String> SHORT_NAMED = Set.of("HK", "MO");

    /** A country as a sentence needs it: its bare name, and after "to" and "in" as the templates define them. */
    record Entry(String cls, String name, Map<String, String> phrases) {
    }

    private record Rule(Pattern pattern, String cls) {
    }

    private final LocaleDisplayNames names;
    private final LocaleDisplayNames shortNames;
    private final Map<String, Entry> listed;
    private final List<Rule> rules;

    private CountryNames(Language language, Map<String, Entry> listed, List<Rule> rules) {
        this.names = LocaleDisplayNames.getInstance(language.locale());
        this.shortNames = LocaleDisplayNames.getInstance(language.locale(), DisplayContext.LENGTH_SHORT);
        this.listed = listed;
        this.rules = rules;
    }

    /** The name of {@code code} in this language (ICU's, or the file's), e.g. "Schweiz" for CH in German. */
    String name(String code) {
        Entry e = listed.get(code);
        if (e != null && e.name() != null) return e.name();
        String name = SHORT_NAMED.contains(code) ? shortNames.regionDisplayName(code) : names.regionDisplayName(code);
        return name == null || name.isBlank() ? code : name;
    }

    /** The grammatical class of {@code code}: listed, else by the first rule its name matches, else "other". */
    String cls(String code) {
        Entry e = listed.get(code);
        if (e != null && e.cls() != null) return e.cls();
        String name = name(code);
        for (Rule r : rules) {
            if (r.pattern().matcher(name).find()) return r.cls();
        }
        return OTHER;
    }

    /** A phrase the file gives whole for this country and form ("to", "in"), or null. */
    String phrase(String code, String form) {
        Entry e = listed.get(code);
        return e == null ? null : e.phrases().get(form);
    }

    /** The data for {@code language}: its own file, else its base language's (a variant), else none. */
    static CountryNames load(Language language) {
        String file = "countries_" + language.code() + ".txt";
        var in = CountryNames.class.getResourceAsStream(file);
        if (in == null && language.isVariant()) {
            file = "countries_" + language.base() + ".txt";
            in = CountryNames.class.getResourceAsStream(file);
        }
        Map<String, Entry> listed = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        if (in != null) {
            try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                int n = 0;
                for (String line; (line = r.readLine()) != null; ) {
                    n++;
                    parse(line, file + " line " + n, listed, rules);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
        return new CountryNames(language, Map.copyOf(listed), List.copyOf(rules));
    }

    private static void parse(String line, String where, Map<String, Entry> listed, List<Rule> rules) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) return;
        String[] f = s.split("\\s+", 2);
        if (f.length < 2) throw new IllegalStateException(where + ": expected a key and a value: " + s);
        String key = f[0], value = f[1].strip();
        if (key.equals("~")) {
            int last = value.lastIndexOf(' ');
            if (last < 0) throw new IllegalStateException(where + ": a rule reads '~ REGEX CLASS': " + s);
            rules.add(new Rule(Pattern.compile(value.substring(0, last).strip()), value.substring(last + 1)));
        } else if (key.matches("[A-Z]{2}")) {
            String[] v = value.split("\\s+", 2);
            Entry old = listed.get(key);
            listed.put(key, new Entry(v[0], v.length > 1 ? v[1] : null, old == null ? Map.of() : old.phrases()));
        } else if (key.matches("[A-Z]{2}\\.[a-z]+")) {
            String code = key.substring(0, 2);
            Entry old = listed.getOrDefault(code, new Entry(null, null, Map.of()));
            Map<String, String> phrases = new HashMap<>(old.phrases());
            phrases.put(key.substring(3), value);
            listed.put(code, new Entry(old.cls(), old.name(), Map.copyOf(phrases)));
        } else {
            throw new IllegalStateException(where + ": '" + key + "' is not a country code (CH), a form (NL.in) or ~");
        }
    }
}
