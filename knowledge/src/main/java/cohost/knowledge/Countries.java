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
}
