package cohost.knowledge;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Country names from the JDK's locale data in every supported language, plus common informal names ("USA", "UK",
 * "Holland"); matching ignores case, accents and punctuation. Regions are the store's own names from store.json.
 */
final class JdkCountries implements Countries {
    /** The languages whose country names are always known, whatever the store's languages: every registered one. */
    static final List<String> NAME_LANGUAGES = Languages.codes();

    /** Names people use that the JDK's locale data does not give (or gives in a longer official form). */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("USA", "US"), Map.entry("America", "US"), Map.entry("United States of America", "US"),
            Map.entry("EEUU", "US"), Map.entry("EE UU", "US"), Map.entry("EUA", "US"), Map.entry("アメリカ", "US"),
            Map.entry("米国", "US"), Map.entry("UK", "GB"), Map.entry("Britain", "GB"), Map.entry("Great Britain", "GB"),
            Map.entry("England", "GB"), Map.entry("Scotland", "GB"), Map.entry("Wales", "GB"),
            Map.entry("Holland", "NL"), Map.entry("Holanda", "NL"), Map.entry("Hollande", "NL"),
            Map.entry("Korea", "KR"), Map.entry("South Korea", "KR"), Map.entry("Corea", "KR"),
            Map.entry("Coreia", "KR"), Map.entry("Corée", "KR"), Map.entry("한국", "KR"), Map.entry("韓国", "KR"),
            Map.entry("Czech Republic", "CZ"), Map.entry("Turkey", "TR"), Map.entry("Viet Nam", "VN"),
            Map.entry("UAE", "AE"), Map.entry("Emirates", "AE"), Map.entry("الإمارات", "AE"),
            Map.entry("Hong Kong", "HK"), Map.entry("香港", "HK"), Map.entry("Macau", "MO"), Map.entry("Macao", "MO"),
            Map.entry("澳门", "MO"), Map.entry("Ivory Coast", "CI"), Map.entry("Russia", "RU"),
            Map.entry("Saudi", "SA"), Map.entry("KSA", "SA"), Map.entry("Deutschland", "DE"),
            Map.entry("Mainland China", "CN"), Map.entry("台灣", "TW"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}&&[^\\s]]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> regionsByName = new HashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();

    /**
     * @param languages extra languages whose names to know (the store's), beyond {@link #NAME_LANGUAGES}
     * @param regions   the store's region names
     */
    JdkCountries(List<String> languages, Set<String> regions) {
        Set<String> langs = new LinkedHashSet<>(NAME_LANGUAGES);
        langs.addAll(languages);
        for (String code : JsonFields.COUNTRIES) {
            Locale country = Locale.of("", code);
            add(code, code);
            try {
                add(country.getISO3Country(), code);
            } catch (MissingResourceException noIso3) {
                // a few codes have no alpha-3 form: the alpha-2 code and names still resolve
            }
            for (String lang : langs) add(country.getDisplayCountry(Locale.forLanguageTag(lang)), code);
        }
        ALIASES.forEach((alias, code) -> byName.put(normalize(alias), code));
        for (String r : regions) regionsByName.put(normalize(r), r);
    }

    /** The names of every registered language and no store regions; built on first use. */
    static Countries standard() {
        return Standard.COUNTRIES;
    }

    private static final class Standard {
        static final Countries COUNTRIES = new JdkCountries(List.of(), Set.of());
    }

    /** The first name wins: English names are added first, so they are never shadowed. */
    private void add(String name, String code) {
        if (name != null && !name.isBlank()) byName.putIfAbsent(normalize(name), code);
    }

    /** Lower case, without accents, punctuation or a leading "the"; "Côte d’Ivoire" -> "cote divoire". */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = PUNCTUATION.matcher(s).replaceAll("");
        s = SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    @Override
    public Optional<String> resolve(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        return Optional.ofNullable(byName.get(normalize(text)));
    }

    /** The store's region name for what a person typed ("eu" -> "EU"), if it is one. */
    Optional<String> region(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(regionsByName.get(normalize(text)));
    }

    @Override
    public String name(String countryCode, String lang) {
        if (regionsByName.containsValue(countryCode)) return countryCode;
        String code = countryCode.toUpperCase(Locale.ROOT);
        String language = lang == null ? "en" : lang;
        // replies name countries all the time, and the JDK's lookup goes through its locale providers each time;
        // only real codes are kept, so the cache cannot grow past countries x languages
        if (!JsonFields.COUNTRIES.contains(code) || !JsonFields.LANGUAGES.contains(language)) {
            return displayName(code, language, countryCode);
        }
        return names.computeIfAbsent(code + "/" + language, k -> displayName(code, language, countryCode));
    }

    private static String displayName(String code, String lang, String fallback) {
        String name = Locale.of("", code).getDisplayCountry(Locale.forLanguageTag(lang));
        return name.isBlank() ? fallback : name;
    }

    @Override
    public boolean isKnown(String codeOrRegion) {
        return codeOrRegion != null && (JsonFields.COUNTRIES.contains(codeOrRegion.toUpperCase(Locale.ROOT))
                || regionsByName.containsValue(codeOrRegion));
    }
}
