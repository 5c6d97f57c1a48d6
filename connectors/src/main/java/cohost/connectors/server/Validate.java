package cohost.connectors.server;

import cohost.knowledge.Language;
import cohost.knowledge.Languages;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Field checks shared by the desk API and the live socket; each failure names the field and what was expected. */
final class Validate {
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    private Validate() {
    }

    /** An optional string field; present but not a string is an error. */
    static String optionalText(JsonNode object, String field, String where) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiError.badRequest(where + field + " must be a string, got " + v.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return v.asText();
    }

    static String requiredText(JsonNode object, String field, String where) {
        String v = optionalText(object, field, where);
        if (v == null || v.isBlank()) {
            throw ApiError.badRequest(where + field + " is required (a non-empty string)");
        }
        return v;
    }

    /**
     * A language code: a registered language by any tag that names it ("pt-BR" is "pt", "zh-TW" and "zh-Hant" are
     * "zh-Hant"), else an ISO 639-1 code without its region (the engine then reads the language from the text).
     */
    static String lang(String lang, String where) {
        if (lang == null) {
            return null;
        }
        Language known = Languages.resolve(lang);
        if (known != null) {
            return known.code();
        }
        String code = lang.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (code.length() != 2 || !LANGUAGES.contains(code)) {
            throw ApiError.badRequest(where + "lang '" + lang + "' is not a supported language code; use ISO 639-1, e.g. \"es\"");
        }
        return code;
    }

    static String country(String country, String where) {
        if (country == null) {
            return null;
        }
        String code = country.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw ApiError.badRequest(where + "country '" + country + "' is not an ISO 3166-1 alpha-2 code, e.g. \"BR\"");
        }
        return code;
    }

    static String id(String id, String what) {
        if (!ID.matcher(id).matches()) {
            throw ApiError.badRequest(what + " '" + id + "' must be 1-128 characters of letters, digits and . _ : @ -");
        }
        return id;
    }
}
