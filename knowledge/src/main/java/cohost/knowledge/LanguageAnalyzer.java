package cohost.knowledge;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Analyzes each text field with Lucene's analyzer for the field's language: a field is named {@code kind.lang}
 * ("title.ja"), and its language picks the analyzer (kuromoji for ja, nori for ko, smartcn for zh...). Languages
 * without their own analyzer get the standard one.
 */
final class LanguageAnalyzer extends DelegatingAnalyzerWrapper {
    /**
     * Languages with a dedicated analyzer: every registered language ({@link Languages}) with its own, then a few
     * more that stores write their catalogues in without Cohost answering in them.
     */
    private static final Map<String, Analyzer> BY_LANGUAGE = byLanguage();
    private static final Analyzer STANDARD = new StandardAnalyzer();

    static final LanguageAnalyzer INSTANCE = new LanguageAnalyzer();

    /**
     * Indexing asks once per field of every document, so the answer is kept per field name; only for the languages
     * above, so that queries in made-up languages cannot grow it.
     */
    private final Map<String, Analyzer> byField = new ConcurrentHashMap<>();

    private LanguageAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    /** The field for a kind of text in a language, e.g. ("title", "ja") -> "title.ja". */
    static String field(String kind, String lang) {
        return kind + "." + lang;
    }

    private static Map<String, Analyzer> byLanguage() {
        Map<String, Analyzer> m = new HashMap<>();
        for (Language l : Languages.all()) {
            if (l.analyzer() != null) m.put(l.code(), analyzer(l));
        }
        m.putIfAbsent("it", new ItalianAnalyzer());
        m.putIfAbsent("nl", new DutchAnalyzer());
        m.putIfAbsent("ru", new RussianAnalyzer());
        m.putIfAbsent("tr", new TurkishAnalyzer());
        m.putIfAbsent("th", new ThaiAnalyzer());
        return Map.copyOf(m);
    }

    private static Analyzer analyzer(Language l) {
        try {
            return Class.forName(l.analyzer()).asSubclass(Analyzer.class).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("language " + l.code() + ": analyzer " + l.analyzer()
                    + " is not a Lucene Analyzer with a no-argument constructor on the class path", e);
        }
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        Analyzer known = byField.get(fieldName);
        if (known != null) return known;
        int dot = fieldName.lastIndexOf('.');
        Analyzer analyzer = dot < 0 ? null : BY_LANGUAGE.get(fieldName.substring(dot + 1));
        if (analyzer == null) return STANDARD;
        byField.put(fieldName, analyzer);
        return analyzer;
    }
}
