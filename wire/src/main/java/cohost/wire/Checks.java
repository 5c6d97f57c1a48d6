package cohost.wire;

import cohost.knowledge.Countries;
import cohost.knowledge.Language;
import cohost.knowledge.Languages;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The value rules of the contract, shared by the records (which check themselves when built) and by the server's
 * checks on path and query parameters. Each failure is a {@link WireException} whose message starts with the
 * field's name.
 */
public final class Checks {
    /** Longest id of a message, viewer, customer, stream, conversation or room. */
    public static final int MAX_ID_LENGTH = 128;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern PATH_ID = Pattern.compile("[A-Za-z0-9._:@-]{1," + MAX_ID_LENGTH + "}");

    private Checks() {
    }

    /** A required string that may be empty (a chat text: an empty one is the room's to judge). */
    static String present(String field, String value) {
        if (value == null) {
            throw WireException.field(field, "is required (a string)");
        }
        return value;
    }

    /** A required string with something in it. */
    static String nonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw WireException.field(field, "is required (a non-empty string)");
        }
        return value;
    }

    static <T> T required(String field, T value, String shape) {
        if (value == null) {
            throw WireException.field(field, "is required: " + shape);
        }
        return value;
    }

    /** An id inside a body or frame: 1 to 128 characters, none of them control characters. */
    static String id(String field, String value) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty() || value.length() > MAX_ID_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw WireException.field(field, "must be 1-" + MAX_ID_LENGTH + " characters without control characters");
        }
        return value;
    }

    /** An id in a URL path: 1 to 128 of {@code A-Za-z0-9._:@-}. */
    public static String pathId(String field, String value) {
        if (value == null || !PATH_ID.matcher(value).matches()) {
            throw WireException.field(field, "'" + value + "' must be 1-" + MAX_ID_LENGTH
                    + " characters of letters, digits and . _ : @ -");
        }
        return value;
    }

    /**
     * A language code: a registered language by any tag that names it ("pt-BR" is "pt"; "zh-TW", "zh-HK" and
     * "zh-Hant" are "zh-Hant"), else ISO 639-1 with any region suffix dropped (the engine then reads the language
     * from the text). Null stays null.
     */
    public static String lang(String field, String value) {
        if (value == null) {
            return null;
        }
        Language known = Languages.resolve(value);
        if (known != null) {
            return known.code();
        }
        int region = value.indexOf('-') >= 0 ? value.indexOf('-') : value.indexOf('_');
        String code = (region < 0 ? value : value.substring(0, region)).toLowerCase(Locale.ROOT);
        if (code.length() != 2 || !LANGUAGES.contains(code)) {
            throw WireException.field(field, "'" + value + "' is not a supported language code; use ISO 639-1, e.g. \"es\"");
        }
        return code;
    }

    /**
     * A country as a person types it: an ISO 3166-1 alpha-2 code in any case ("BR"), else a country name in a
     * supported language ("Brasil", "UK", "England") or a city or region in it ("München", "Toronto": the most
     * populous place of that name), returned as its code. Null stays null.
     */
    public static String country(String field, String value) {
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (COUNTRIES.contains(code)) {
            return code;
        }
        return Countries.standard().resolvePlace(value).orElseThrow(() -> WireException.field(field, "'" + value
                + "' is not a country code (ISO 3166-1 alpha-2, e.g. \"BR\"), a country name or a known city"));
    }
}
