package cohost.knowledge;

import java.util.Optional;

/** Resolves what people type for a country ("BR", "Brazil", "Brasil", "ブラジル", "巴西") to an ISO code. */
public interface Countries {

    /** The ISO 3166-1 alpha-2 code for a code, or a country name in any supported language; case-insensitive. */
    Optional<String> resolve(String text);

    /** The country's name in {@code lang}, e.g. ("BR", "de") -> "Brasilien". */
    String name(String countryCode, String lang);

    /** Whether the code is a country the store knows (ISO) or a region name defined in store.json. */
    boolean isKnown(String codeOrRegion);

    /**
     * The country of what a person typed for where they are or want it sent: a country as {@link #resolve} reads it
     * ("BR", "UK", "England", "Brasil"), else a city or region in it ("München", "Toronto", "慕尼黑", "Bavaria": the
     * most populous place of that name, see {@link Places}). A country's name wins over a city's ("Mexico" is MX).
     * For people typing, never for the KB's own files, which stay strict.
     */
    default Optional<String> resolvePlace(String text) {
        Optional<String> country = resolve(text);
        return country.isPresent() ? country : Places.shared().country(text);
    }

    /** Country names in every registered language, for checks outside a store (a desk customer's country). */
    static Countries standard() {
        return JdkCountries.standard();
    }
}
