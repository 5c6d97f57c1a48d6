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
    /** Longest viewer or customer name, in characters; a longer one is cut (replies address people by name). */
    public static final int MAX_NAME_LENGTH = 64;

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

    /**
     * A person's name as plain text that is safe to put into a reply: control, format (bidi overrides, invisible
     * marks), private-use and unassigned characters removed (the zero-width joiners of emoji and scripts kept),
     * whitespace runs made one space, cut to {@link #MAX_NAME_LENGTH} characters; null when nothing is left.
     */
    public static String plainName(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        int kept = 0;
        for (int i = 0; i < name.length() && kept < MAX_NAME_LENGTH; ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (unsafe(c)) {
                continue;
            }
            if (space) {
                sb.append(' ');
                kept++;
                space = false;
            }
            sb.appendCodePoint(c);
            kept++;
        }
        String plain = sb.toString().strip();
        return plain.isEmpty() ? null : plain;
    }

    /**
     * Message text without what could disguise or restyle it where it is shown: control characters other than tab
     * and line breaks, bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C)
     * are removed. Everything else, markup included, stays: it is plain text, and clients show it as text.
     */
    public static String plainText(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r'
                        || !(Character.getType(c) == Character.CONTROL || isBidiControl(c)))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static boolean unsafe(int c) {
        if (c == 0x200C || c == 0x200D) { // ZWNJ, ZWJ: part of how some scripts and emoji are written
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean isBidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
