package cohost.knowledge;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;
import com.ibm.icu.util.ULocale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language registry: every language Cohost understands and answers in, read once from every
 * {@code cohost/languages.tsv} on the class path (the project ships one; a test adds an eleventh language by putting
 * another beside its resources). Every list of languages in the project reads it: detection, lexicons, templates,
 * analyzers, country names, validation, suites, the console.
 */
public final class Languages {
    /** The registry file, a resource found on the class path (every copy of it is read). */
    public static final String RESOURCE = "cohost/languages.tsv";

    private static final Map<String, Language> BY_CODE = load();
    private static final List<Language> ALL = List.copyOf(BY_CODE.values());
    private static final List<Language> ANSWERED = ALL.stream().filter(l -> !l.isVariant()).toList();
    /** The written variants of each base language ("zh": [zh-Hant]). */
    private static final Map<String, List<Language>> VARIANTS = ALL.stream().filter(Language::isVariant)
            .collect(java.util.stream.Collectors.groupingBy(Language::base));
    /** One shared transliterator per variant, used under its own lock (ICU transliterators are not thread-safe). */
    private static final Map<String, Transliterator> WRITERS = new ConcurrentHashMap<>();
    private static final Map<String, Transliterator> READERS = new ConcurrentHashMap<>();
    private static final Map<String, Writings> WRITINGS = new ConcurrentHashMap<>();
    /** Variant by "zh-TW": only two-letter countries are kept, so it stays small. */
    private static final Map<String, Language> BY_COUNTRY = new ConcurrentHashMap<>();

    private Languages() {
    }

    /** Every language, written variants ("zh-Hant") included, in registry order. */
    public static List<Language> all() {
        return ALL;
    }

    /** The languages with templates and a lexicon of their own: every one but the written variants. */
    public static List<Language> primary() {
        return ANSWERED;
    }

    /** The codes of {@link #all()}. */
    public static List<String> codes() {
        return ALL.stream().map(Language::code).toList();
    }

    /** The language with exactly this code ("zh-Hant"; case ignored), if registered. */
    public static Optional<Language> get(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code code} is a registered language written in Latin letters. */
    public static boolean isLatin(String code) {
        return get(code).map(Language::latin).orElse(false);
    }

    /**
     * The registered language a BCP 47 tag asks for, or null: "pt-BR" is pt; "zh-TW", "zh-HK" and "zh-Hant" are
     * zh-Hant, and "zh", "zh-CN" zh, by the tag's script or else the script ICU says its region writes.
     */
    public static Language resolve(String tag) {
        if (tag == null || tag.isBlank()) return null;
        String t = tag.strip().replace('_', '-');
        Optional<Language> exact = get(t);
        if (exact.isPresent()) return exact.get();
        ULocale asked = ULocale.forLanguageTag(t);
        String base = asked.getLanguage();
        List<Language> same = ALL.stream().filter(l -> l.base().equals(base)).toList();
        if (same.size() <= 1) return same.isEmpty() ? null : same.getFirst();
        String script = asked.getScript().isEmpty() ? ULocale.addLikelySubtags(asked).getScript() : asked.getScript();
        return same.stream().filter(l -> l.script().equals(script)).findFirst()
                .orElseGet(() -> same.stream().filter(l -> !l.isVariant()).findFirst().orElse(same.getFirst()));
    }

    /** The written variant a text in {@code base} takes for someone in {@code country} (zh in TW: zh-Hant), or base. */
    public static Language forCountry(Language base, String country) {
        if (country == null || country.strip().length() != 2 || base.isVariant()) return base;
        // ICU's likely-subtags lookup is not free, and every message of a declared country asks
        return BY_COUNTRY.computeIfAbsent(base.code() + "-" + country.strip().toUpperCase(Locale.ROOT), tag -> {
            Language l = resolve(tag);
            return l == null ? base : l;
        });
    }

    /**
     * The written form to answer {@code lang} in (zh or zh-Hant): the one the declared tag names ("zh-TW",
     * "zh-Hant", "zh-CN"); else a variant the asker's country writes (TW, HK, MO) or the text is written in
     * (Traditional characters); else the base form when the text is written in it; else the conversation's
     * ({@code lastLang}); else {@code lang}. Languages without written variants come back as they are.
     *
     * @param lang     a registered code, as detected or declared ("zh")
     * @param declared the language the asker declared, as they wrote it, or null
     * @param country  the asker's declared country, or null
     */
    public static String written(String lang, String declared, String country, String text, String lastLang) {
        Language base = get(lang).orElse(null);
        if (base == null) return lang;
        if (base.isVariant()) base = get(base.base()).orElseThrow();
        String root = base.code();
        List<Language> variants = VARIANTS.getOrDefault(root, List.of());
        if (variants.isEmpty()) return lang;
        Language named = declared == null || declared.indexOf('-') < 0 && declared.indexOf('_') < 0 ? null : resolve(declared);
        if (named != null && named.base().equals(root)) return named.code();
        Language byCountry = forCountry(base, country);
        if (byCountry.isVariant()) return byCountry.code();
        for (Language v : variants) {
            int written = writtenIn(v, text);
            if (written > 0) return v.code();
            if (written < 0) return root;
        }
        Language last = get(lastLang).orElse(null);
        return last != null && last.base().equals(root) ? last.code() : lang;
    }

    /**
     * 1 when the text is written in the variant (it has more of the characters only the variant writes: 運費 is
     * Traditional, 运费 Simplified), -1 when in the base, 0 when it cannot tell (多少, or no Han at all).
     */
    private static int writtenIn(Language variant, String text) {
        if (text == null || text.isBlank()) return 0;
        Writings w = writings(variant);
        int inVariant = 0, inBase = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (w.variantOnly().contains(cp)) inVariant++;
            if (w.baseOnly().contains(cp)) inBase++;
            i += Character.charCount(cp);
        }
        return Integer.compare(inVariant, inBase);
    }

    /**
     * The characters each writing has that the other does not: those ICU's conversion changes, one way (Hans-Hant:
     * 运 -> 運) and back (Hant-Hans: 運 -> 运). Telling a text's writing is then a set lookup per character; running
     * the transliterators over each message cost up to a millisecond.
     */
    private record Writings(UnicodeSet variantOnly, UnicodeSet baseOnly) {
    }

    private static Writings writings(Language variant) {
        return WRITINGS.computeIfAbsent(variant.code(), c -> {
            Transliterator toVariant = variant.newTransliterator();
            return new Writings(changedBy(toVariant.getInverse()), changedBy(toVariant));
        });
    }

    /** The characters {@code t} rewrites, found in one pass over its source set (one per line). */
    private static UnicodeSet changedBy(Transliterator t) {
        List<String> source = new ArrayList<>();
        for (UnicodeSetIterator it = new UnicodeSetIterator(t.getSourceSet()); it.next(); ) source.add(it.getString());
        String[] out = t.transliterate(String.join("\n", source)).split("\n", -1);
        UnicodeSet changed = new UnicodeSet();
        for (int i = 0; i < source.size(); i++) {
            if (i >= out.length || !out[i].equals(source.get(i))) changed.add(source.get(i));
        }
        return changed.freeze();
    }

    /**
     * Builds every written variant's converters and character sets now, a second or so of ICU data, instead of
     * inside the first reply or message that needs them.
     */
    public static void prepareVariants() {
        for (Language l : ALL) {
            if (!l.isVariant()) continue;
            writings(l);
            convert(l, "");
            convertBack(l, "");
        }
    }

    /** {@code text}, written in its base language, rewritten in the variant {@code variant} (Hans-Hant). */
    public static String convert(Language variant, String text) {
        Transliterator t = WRITERS.computeIfAbsent(variant.code(), c -> variant.newTransliterator());
        synchronized (t) {
            return t.transliterate(text);
        }
    }

    /**
     * Whether {@code text} has a character only the variant writes (運, not 运): a cheap set lookup, so callers can
     * skip {@link #convertBack} (up to a millisecond) for the texts that need no conversion.
     */
    public static boolean hasVariantOnly(Language variant, String text) {
        return text != null && writings(variant).variantOnly().containsSome(text);
    }

    /** {@code text}, written in the variant, rewritten in its base language (Hant-Hans). */
    public static String convertBack(Language variant, String text) {
        Transliterator t = READERS.computeIfAbsent(variant.code(), c -> variant.newTransliterator().getInverse());
        synchronized (t) {
            return t.transliterate(text);
        }
    }

    private static Map<String, Language> load() {
        Map<String, Language> all = new LinkedHashMap<>();
        Map<String, URL> from = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(Languages.class.getClassLoader().getResources(RESOURCE))) {
                for (Language l : read(url)) {
                    String key = l.code().toLowerCase(Locale.ROOT);
                    URL before = from.putIfAbsent(key, url);
                    if (before != null) {
                        throw new IllegalStateException("language " + l.code() + " is registered twice: " + before + " and " + url);
                    }
                    all.put(key, l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
        if (all.isEmpty()) throw new IllegalStateException("no " + RESOURCE + " on the class path");
        return Collections.unmodifiableMap(all);
    }

    private static List<Language> read(URL url) throws IOException {
        List<Language> out = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = in.readLine()) != null; ) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                // the name may hold spaces: columns are split on runs of two or more spaces or tabs
                String[] f = s.split("\\t+|\\s{2,}");
                if (f.length != 7) {
                    throw new IllegalStateException(url + " line " + n + ": expected 7 columns (code name script detect"
                            + " analyzer country from), found " + f.length);
                }
                if (UScript.getCodeFromName(f[2]) == UScript.INVALID_CODE) {
                    throw new IllegalStateException(url + " line " + n + ": '" + f[2] + "' is not an ISO 15924 script code");
                }
                out.add(new Language(f[0], f[1], f[2], dash(f[3]), dash(f[4]), f[5], dash(f[6])));
            }
        }
        return out;
    }

    private static String dash(String s) {
        return "-".equals(s) ? null : s;
    }
}
