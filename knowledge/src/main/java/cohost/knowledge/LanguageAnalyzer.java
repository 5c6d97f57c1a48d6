package cohost.knowledge;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Analyzes each text field with Lucene's analyzer for the field's language: a field is named {@code kind.lang}
 * ("title.ja"), and its language picks the analyzer (kuromoji for ja, nori for ko, smartcn for zh...). Languages
 * without their own analyzer get the standard one.
 */
final class LanguageAnalyzer extends DelegatingAnalyzerWrapper {
    /** Languages with a dedicated analyzer; the ten the product promises come first. */
    private static final Map<String, Analyzer> BY_LANGUAGE = Map.ofEntries(
            Map.entry("en", new EnglishAnalyzer()),
            Map.entry("es", new SpanishAnalyzer()),
            Map.entry("pt", new PortugueseAnalyzer()),
            Map.entry("fr", new FrenchAnalyzer()),
            Map.entry("de", new GermanAnalyzer()),
            Map.entry("id", new IndonesianAnalyzer()),
            Map.entry("ja", new JapaneseAnalyzer()),
            Map.entry("ko", new KoreanAnalyzer()),
            Map.entry("zh", new SmartChineseAnalyzer()),
            Map.entry("ar", new ArabicAnalyzer()),
            Map.entry("it", new ItalianAnalyzer()),
            Map.entry("nl", new DutchAnalyzer()),
            Map.entry("ru", new RussianAnalyzer()),
            Map.entry("tr", new TurkishAnalyzer()),
            Map.entry("th", new ThaiAnalyzer()));
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
