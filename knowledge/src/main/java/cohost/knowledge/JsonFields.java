package cohost.knowledge;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fields of one JSON object of a KB file. Every problem is reported with the file and its location (a line
 * for JSON Lines files, then the JSON path) and reading goes on, so one pass finds all problems; a field with a
 * problem reads as null (or empty).
 */
final class JsonFields {
    static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /**
     * Longest name-like text, in characters (code points): ids, SKUs, titles, names, brands, categories, tags, option
     * and attribute values, FAQ questions. Understanding scans titles and names on every message; a bound here keeps
     * that cost bounded whatever a catalogue holds.
     */
    static final int MAX_SHORT_TEXT = 500;
    /** Longest free text, in characters: descriptions, answers, notes, conditions. */
    static final int MAX_LONG_TEXT = 20_000;
    /** Most items in one array (tags, markets, rules...). */
    static final int MAX_ARRAY_ITEMS = 10_000;
    /** Largest amount of money: nothing a store sells costs more, and replies must stay readable. */
    static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000_000);
    /** Decimals an amount may have beyond its currency's own (USD 2, so 4: 0.0125 is a fine unit price). */
    static final int EXTRA_DECIMALS = 2;

    private final JsonNode node;
    private final String file;
    private final String line;
    private final String path;
    private final KbContext context;
    private final Set<String> read = new HashSet<>();

    /** What the object's values are checked against: the store's default language and regions. */
    record KbContext(String defaultLanguage, Set<String> regions, Problems problems) {
    }

    /**
     * @param line "line 3" for an object of a JSON Lines file, else ""
     * @param path the object's JSON path, "" for a file's top object
     */
    JsonFields(JsonNode node, String file, String line, String path, KbContext context) {
        this.node = node;
        this.file = file;
        this.line = line;
        this.path = path;
        this.context = context;
    }

    /** The location of a field of this object, e.g. "line 3, variants[0].sku" or "rules[2].maxDays". */
    String at(String field) {
        String p = field.isEmpty() ? path : path.isEmpty() ? field : path + "." + field;
        if (line.isEmpty()) return p;
        return p.isEmpty() ? line : line + ", " + p;
    }

    void problem(String field, String message) {
        context.problems().add(file, at(field), message);
    }

    /** The field's value, or null when absent or JSON null; marks it as known. */
    JsonNode raw(String field) {
        read.add(field);
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    private JsonNode required(String field, boolean required) {
        JsonNode v = raw(field);
        if (v == null && required) problem(field, "missing required field '" + field + "'");
        return v;
    }

    String text(String field, boolean required) {
        JsonNode v = required(field, required);
        if (v == null) return null;
        if (!v.isTextual() || v.asText().isBlank()) {
            problem(field, "must be a non-empty string");
            return null;
        }
        return bounded(field, v.asText().strip(), MAX_SHORT_TEXT);
    }

    /** The text, or null (reported) when it is longer than {@code max} characters. */
    private String bounded(String field, String text, int max) {
        String problem = lengthProblem(text, max);
        if (problem != null) {
            problem(field, problem);
            return null;
        }
        return text;
    }

    /** Why a text is too long, or null; counts code points, as people count characters. */
    static String lengthProblem(String text, int max) {
        if (text.length() <= max) return null;
        int length = text.codePointCount(0, text.length());
        return length <= max ? null : "is " + length + " characters long; at most " + max;
    }

    /**
     * Why an amount cannot be served, or null: over {@link #MAX_AMOUNT}, or more decimals than the currency's plus
     * {@link #EXTRA_DECIMALS}. ({@code 1e999999999} parses, and once exhausted the heap when formatted.)
     */
    static String amountProblem(BigDecimal value, String currency) {
        if (value.compareTo(MAX_AMOUNT) > 0) {
            return "must be at most 1000000000, got " + (value.precision() - value.scale() > 40 ? "a number with "
                    + (value.precision() - value.scale()) + " digits" : value.toPlainString());
        }
        int digits = currency == null ? 2 : Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > digits + EXTRA_DECIMALS) {
            return "has " + (plain.scale() > 40 ? "more than 40" : String.valueOf(plain.scale()))
                    + " decimals; " + (currency == null ? "" : currency + " amounts have ") + "at most "
                    + (digits + EXTRA_DECIMALS);
        }
        return null;
    }

    /** A whole number of days or units, not negative. */
    Integer count(String field, boolean required) {
        JsonNode v = required(field, required);
        if (v == null) return null;
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            problem(field, "must be a whole number, got " + v);
            return null;
        }
        if (v.intValue() < 0) {
            problem(field, "must not be negative, got " + v.intValue());
            return null;
        }
        return v.intValue();
    }

    Money money(String field, boolean required) {
        JsonNode v = required(field, required);
        if (v == null) return null;
        if (!v.isObject()) {
            problem(field, "must be an object like {\"amount\": 12.5, \"currency\": \"USD\"}");
            return null;
        }
        JsonFields money = child(v, field);
        JsonNode amount = money.required("amount", true);
        String currency = money.currency("currency", true);
        money.rejectUnknownFields();
        if (amount == null || currency == null) return null;
        if (!amount.isNumber()) {
            money.problem("amount", "must be a number, got " + amount);
            return null;
        }
        BigDecimal value = amount.decimalValue();
        if (value.signum() < 0) {
            money.problem("amount", "must not be negative, got "
                    + (value.precision() - value.scale() > 40 ? "a huge negative number" : value.toPlainString()));
            return null;
        }
        String bound = amountProblem(value, currency);
        if (bound != null) {
            money.problem("amount", bound);
            return null;
        }
        return new Money(value, currency);
    }

    /** An ISO 4217 currency code, e.g. "USD". */
    String currency(String field, boolean required) {
        String code = text(field, required);
        if (code == null) return null;
        try {
            if (code.equals(code.toUpperCase(Locale.ROOT))) return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        problem(field, "unknown currency '" + code + "' (use an ISO 4217 code such as USD, EUR, CNY)");
        return null;
    }

    /** An ISO 639-1 language code, e.g. "pt". */
    String language(String field, boolean required) {
        String code = text(field, required);
        if (code != null && !LANGUAGES.contains(code)) {
            problem(field, unknownLanguage(code));
            return null;
        }
        return code;
    }

    static String unknownLanguage(String code) {
        return "unknown language code '" + code + "' (use a lower-case ISO 639-1 code such as en, es, zh)";
    }

    /**
     * A name-like text (at most {@link #MAX_SHORT_TEXT} characters) that is a string in the store's default language,
     * or an object of language code to string.
     */
    Localized localized(String field, boolean required) {
        JsonNode v = required(field, required);
        return v == null ? null : localized(v, field, MAX_SHORT_TEXT);
    }

    /** A free text (at most {@link #MAX_LONG_TEXT} characters), localized like {@link #localized}. */
    Localized longText(String field, boolean required) {
        JsonNode v = required(field, required);
        return v == null ? null : localized(v, field, MAX_LONG_TEXT);
    }

    private Localized localized(JsonNode v, String field, int max) {
        String lang = context.defaultLanguage();
        if (v.isTextual() || v.isNumber() || v.isBoolean()) {
            if (v.asText().isBlank()) {
                problem(field, "must not be empty");
                return null;
            }
            String text = bounded(field, v.asText().strip(), max);
            return text == null ? null : Localized.of(text, lang);
        }
        if (!v.isObject() || v.isEmpty()) {
            problem(field, "must be a string, or an object of language code to string like {\"en\": \"...\", \"es\": \"...\"}");
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            String where = field + "." + e.getKey();
            String key = textLanguage(e.getKey());
            if (key == null) {
                problem(where, unknownLanguage(e.getKey()));
                ok = false;
            } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                problem(where, "must be a non-empty string");
                ok = false;
            } else if (bounded(where, e.getValue().asText().strip(), max) == null) {
                ok = false;
            } else {
                texts.put(key, e.getValue().asText().strip());
            }
        }
        return ok ? new Localized(texts, lang) : null;
    }

    /**
     * The key a KB text is kept under: an ISO 639-1 code as written, or a registered written variant by any tag that
     * names it ("zh-TW", "zh-Hant" -> "zh-Hant"); null when neither.
     */
    private static String textLanguage(String key) {
        if (LANGUAGES.contains(key)) return key;
        Language l = key.indexOf('-') > 0 ? Languages.resolve(key) : null;
        return l != null && l.isVariant() ? l.code() : null;
    }

    /** Element {@code i} of an array field of localized texts (a product's bullets), or null when it is not one. */
    Localized localizedAt(String field, int i) {
        JsonNode v = raw(field);
        return v == null || !v.isArray() || i >= v.size() ? null : localized(v.get(i), field + "[" + i + "]", MAX_LONG_TEXT);
    }

    /** An object of name to localized text, e.g. a product's attributes. */
    Map<String, Localized> localizedMap(String field) {
        JsonNode v = raw(field);
        Map<String, Localized> map = new LinkedHashMap<>();
        if (v == null) return map;
        if (!v.isObject()) {
            problem(field, "must be an object");
            return map;
        }
        if (tooMany(field, v)) return map;
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            if (lengthProblem(e.getKey(), MAX_SHORT_TEXT) != null) {
                problem(field, "has a name " + lengthProblem(e.getKey(), MAX_SHORT_TEXT));
                continue;
            }
            Localized text = localized(e.getValue(), field + "." + e.getKey(), MAX_SHORT_TEXT);
            if (text != null) map.put(e.getKey(), text);
        }
        return map;
    }

    /** An object of name to a plain value, e.g. a variant's options; names are lower-cased. */
    Map<String, String> textMap(String field) {
        JsonNode v = raw(field);
        Map<String, String> map = new LinkedHashMap<>();
        if (v == null) return map;
        if (!v.isObject()) {
            problem(field, "must be an object like {\"color\": \"black\"}");
            return map;
        }
        if (tooMany(field, v)) return map;
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            JsonNode value = e.getValue();
            if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
                problem(field + "." + e.getKey(), "must be a non-empty string");
            } else if (lengthProblem(e.getKey(), MAX_SHORT_TEXT) != null) {
                problem(field, "has a name " + lengthProblem(e.getKey(), MAX_SHORT_TEXT));
            } else if (bounded(field + "." + e.getKey(), value.asText().strip(), MAX_SHORT_TEXT) == null) {
                continue;
            } else {
                map.put(e.getKey().strip().toLowerCase(Locale.ROOT), value.asText().strip());
            }
        }
        return map;
    }

    List<String> strings(String field, boolean required) {
        JsonNode v = required(field, required);
        List<String> list = new ArrayList<>();
        if (v == null) return list;
        if (!v.isArray()) {
            problem(field, "must be an array of strings");
            return list;
        }
        if (tooMany(field, v)) return list;
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual() || item.asText().isBlank()) problem(field + "[" + i + "]", "must be a non-empty string");
            else if (bounded(field + "[" + i + "]", item.asText().strip(), MAX_SHORT_TEXT) != null) {
                list.add(item.asText().strip());
            }
        }
        if (required && list.isEmpty() && v.isEmpty()) problem(field, "must not be empty");
        return list;
    }

    /**
     * Markets or destinations: ISO 3166-1 alpha-2 country codes (upper-cased here), region names from store.json,
     * or "*" for everywhere.
     */
    List<String> markets(String field) {
        List<String> markets = new ArrayList<>();
        List<String> given = strings(field, true);
        for (int i = 0; i < given.size(); i++) {
            String m = given.get(i);
            String upper = m.toUpperCase(Locale.ROOT);
            if (m.equals("*") || context.regions().contains(m)) markets.add(m);
            else if (COUNTRIES.contains(upper)) markets.add(upper);
            else problem(field + "[" + i + "]", unknownCountry(m));
        }
        return markets;
    }

    static String unknownCountry(String text) {
        String hint = text.equalsIgnoreCase("UK") ? " (the ISO code of the United Kingdom is GB)" : "";
        return "unknown country or region '" + text + "'" + hint
                + "; use an ISO 3166-1 alpha-2 code such as BR, or a region defined in store.json";
    }

    /** The objects of an array field, each read at its own path ("rules[3]"). */
    List<JsonFields> objects(String field, boolean required) {
        JsonNode v = required(field, required);
        List<JsonFields> list = new ArrayList<>();
        if (v == null) return list;
        if (!v.isArray()) {
            problem(field, "must be an array of objects");
            return list;
        }
        if (tooMany(field, v)) return list;
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isObject()) problem(field + "[" + i + "]", "must be an object");
            else list.add(child(v.get(i), field + "[" + i + "]"));
        }
        return list;
    }

    private boolean tooMany(String field, JsonNode v) {
        if (v.size() <= MAX_ARRAY_ITEMS) return false;
        problem(field, "has " + v.size() + " items; at most " + MAX_ARRAY_ITEMS);
        return true;
    }

    private JsonFields child(JsonNode value, String field) {
        return new JsonFields(value, file, line, path.isEmpty() ? field : path + "." + field, context);
    }

    /** Reports every field this reader was not asked about: usually a typo of a real field's name. */
    void rejectUnknownFields() {
        for (String name : (Iterable<String>) node::fieldNames) {
            if (!read.contains(name)) problem(name, "unknown field '" + name + "'");
        }
    }
}
