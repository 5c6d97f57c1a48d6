package cohost.knowledge;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;

import java.util.Locale;

/**
 * One language Cohost understands and answers in: a line of {@code cohost/languages.tsv}, read by {@link Languages}.
 * What only the engine needs (reply templates, lexicon, country phrasing) is found by convention from
 * {@link #code()}, e.g. {@code templates_<code>.properties}.
 *
 * @param code           the code on the wire, in suites and in KB texts: ISO 639-1 ("pt"), or language-Script for a
 *                       written variant ("zh-Hant")
 * @param name           English name, e.g. "Traditional Chinese"
 * @param script         ISO 15924 script code, e.g. "Latn", "Hans", "Arab"
 * @param detector       Lingua's {@code Language} constant, e.g. "PORTUGUESE", or null for a written variant
 * @param analyzer       Lucene analyzer class for the language's texts, or null for the standard analyzer
 * @param country        where a viewer of this language is assumed to live when nothing says (ISO 3166-1)
 * @param transliterator for a written variant, the ICU transliterator that writes its base language's texts in it
 *                       ("Hans-Hant"); null for a language with templates and lexicon of its own
 */
public record Language(String code, String name, String script, String detector, String analyzer, String country,
                       String transliterator) {

    /** The language a variant is written from ("zh" for "zh-Hant"), or this language's own code. */
    public String base() {
        return locale().getLanguage();
    }

    /** Whether this is a written variant of another language, converted from it (Traditional Chinese). */
    public boolean isVariant() {
        return transliterator != null;
    }

    /** Whether it is written in Latin letters: short texts in these are told apart by statistics and lexicon votes. */
    public boolean latin() {
        return "Latn".equals(script);
    }

    /** Whether its script runs right to left (ICU's script data). */
    public boolean rightToLeft() {
        return UScript.isRightToLeft(UScript.getCodeFromName(script));
    }

    /** The ICU locale for names, plurals, lists and money in this language ("zh-Hant" gets Traditional data). */
    public ULocale locale() {
        return ULocale.forLanguageTag(code);
    }

    /** The JDK locale, for APIs that take one. */
    public Locale javaLocale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * A new transliterator from the base language's writing to this variant's; ICU transliterators are not
     * thread-safe, so each user keeps its own.
     */
    public Transliterator newTransliterator() {
        if (transliterator == null) throw new IllegalStateException(code + " is not a written variant");
        return Transliterator.getInstance(transliterator);
    }
}
