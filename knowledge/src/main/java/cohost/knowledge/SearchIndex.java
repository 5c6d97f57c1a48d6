package cohost.knowledge;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.IntStream;

/**
 * The full-text index of one KB snapshot: products, FAQ entries and policy texts. Each localized text goes to a field
 * of its language ("title.pt") analyzed by that language's analyzer; plain texts (brand, tags, options...) go to the
 * store's default language. Searching scores with BM25, title over tags and attributes over description.
 */
final class SearchIndex {
    static final String PRODUCT = "product";
    static final String FAQ = "faq";
    static final String POLICY = "policy";

    private static final String KIND = "kind";
    private static final String ORD = "ord";
    private static final String SKU = "sku";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String BODY = "body";
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 3f, TEXT, 2f, BODY, 1f);
    /** Matches in the asker's language rank above matches in the store's default language. */
    private static final float FALLBACK_BOOST = 0.7f;
    private static final float SKU_BOOST = 20f;
    private static final int MAX_HITS = 1000;
    /**
     * Terms of a query used per language, and SKU-like tokens: a question needs far fewer, and Lucene refuses a
     * query of more than 1,024 clauses (each term is one per field).
     */
    private static final int MAX_QUERY_TERMS = 48;
    /**
     * Analyzed, unstored, with term frequencies and norms for BM25 but no positions: every query is a bag of terms
     * (no phrase queries), and skipping positions is a measurable part of the index build.
     */
    private static final FieldType TERMS = termsOnly();

    private final IndexSearcher searcher;
    private final String defaultLanguage;
    /** What each document is, by its {@link #ORD}: reading this beats decompressing stored fields per hit. */
    private final List<Source> sources;

    /** The KB entry a document was made from. */
    private record Source(String kind, String id) {
    }

    private SearchIndex(IndexSearcher searcher, String defaultLanguage, List<Source> sources) {
        this.searcher = searcher;
        this.defaultLanguage = defaultLanguage;
        this.sources = sources;
    }

    static SearchIndex build(KbContent kb) {
        String lang = kb.store().defaultLanguage();
        List<Product> products = kb.products();
        List<Source> sources = new ArrayList<>(products.size() + kb.faqs().size() + 64);
        products.forEach(p -> sources.add(new Source(PRODUCT, p.sku())));
        List<Document> others = new ArrayList<>();
        for (FaqEntry f : kb.faqs()) {
            Document d = doc(sources, FAQ, f.id());
            localized(d, TITLE, f.question());
            localized(d, BODY, f.answer());
            plain(d, TEXT, lang, f.tags().toArray(String[]::new));
            others.add(d);
        }
        for (ShippingOption s : kb.shipping()) {
            Document d = doc(sources, POLICY, s.id());
            plain(d, TITLE, lang, s.service(), s.carrier());
            localized(d, BODY, s.notes());
            others.add(d);
        }
        for (ReturnPolicy r : kb.returns()) {
            Document d = doc(sources, POLICY, r.id());
            localized(d, BODY, r.condition());
            localized(d, BODY, r.notes());
            plain(d, TEXT, lang, r.excludedCategories().toArray(String[]::new));
            others.add(d);
        }
        for (PaymentMethod m : kb.payments()) {
            Document d = doc(sources, POLICY, m.id());
            localized(d, TITLE, m.name());
            others.add(d);
        }

        Directory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(LanguageAnalyzer.INSTANCE)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            // IndexWriter is thread-safe: analyzing products on every core is most of the build time
            IntStream.range(0, products.size()).parallel().forEach(i -> {
                try {
                    writer.addDocument(productDoc(products.get(i), lang, i));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.addDocuments(others);
        } catch (IOException e) {
            throw new UncheckedIOException("building the search index in memory", e);
        }
        try {
            return new SearchIndex(new IndexSearcher(DirectoryReader.open(dir)), lang, List.copyOf(sources));
        } catch (IOException e) {
            throw new UncheckedIOException("opening the search index", e);
        }
    }

    private static Document productDoc(Product p, String lang, int ord) {
        Document d = doc(PRODUCT, ord);
        d.add(new StringField(SKU, skuKey(p.sku()), Field.Store.NO));
        localized(d, TITLE, p.title());
        localized(d, BODY, p.description());
        for (Map.Entry<String, Localized> a : p.attributes().entrySet()) localized(d, TEXT, a.getValue());
        List<String> plain = new ArrayList<>();
        plain.add(p.brand());
        plain.add(p.category());
        plain.addAll(p.tags());
        plain.addAll(p.certifications());
        for (Variant v : p.variants()) {
            d.add(new StringField(SKU, skuKey(v.sku()), Field.Store.NO));
            plain.addAll(v.options().values());
        }
        plain(d, TEXT, lang, plain.toArray(String[]::new));
        return d;
    }

    /** A new document for a KB entry, its source appended to {@code sources}. */
    private static Document doc(List<Source> sources, String kind, String id) {
        sources.add(new Source(kind, id));
        return doc(kind, sources.size() - 1);
    }

    private static Document doc(String kind, int ord) {
        Document d = new Document();
        d.add(new StringField(KIND, kind, Field.Store.NO));
        d.add(new NumericDocValuesField(ORD, ord));
        return d;
    }

    private static void localized(Document d, String kind, Localized text) {
        if (text == null) return;
        text.texts().forEach((lang, t) -> d.add(new Field(LanguageAnalyzer.field(kind, lang), t, TERMS)));
    }

    /**
     * Texts in the store's default language, as one value: a field's values add up to the same term counts and
     * length either way (nothing is indexed with positions), and one value is analyzed in one pass.
     */
    private static void plain(Document d, String kind, String lang, String... texts) {
        StringJoiner value = new StringJoiner("\n");
        for (String t : texts) {
            if (t != null) value.add(t);
        }
        if (value.length() > 0) d.add(new Field(LanguageAnalyzer.field(kind, lang), value.toString(), TERMS));
    }

    private static FieldType termsOnly() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    /** The distinct terms of a text as the fields of a language index them. */
    private static Set<String> terms(String lang, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = LanguageAnalyzer.INSTANCE.tokenStream(LanguageAnalyzer.field(TITLE, lang), text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_QUERY_TERMS) terms.add(term.toString());
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing a query in memory", e);
        }
        return terms;
    }

    private static String skuKey(String sku) {
        return sku.toUpperCase(Locale.ROOT);
    }

    /**
     * How rare a term is among the products' and FAQ's texts of a language (BM25's idf over the description and
     * attribute fields): "the" weighs little, "ipx5" a lot.
     */
    double idf(String lang, String term) {
        if (lang == null || !JsonFields.LANGUAGES.contains(lang)) return 1.0;
        try {
            var reader = searcher.getIndexReader();
            long df = Math.max(reader.docFreq(new Term(LanguageAnalyzer.field(BODY, lang), term)),
                    reader.docFreq(new Term(LanguageAnalyzer.field(TEXT, lang), term)));
            int n = reader.numDocs();
            return Math.log(1 + (n - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException("reading term statistics of the in-memory index", e);
        }
    }

    /** Best hits first; {@code kinds} restricts to "product", "faq", "policy" (empty: all). */
    List<SearchHit> search(String text, String lang, int limit, Set<String> kinds) {
        if (text == null || text.isBlank() || limit <= 0) return List.of();
        // a question in a written variant (Traditional Chinese) is searched in its base language's writing
        Language variant = Languages.get(lang).filter(Language::isVariant).orElse(null);
        if (variant != null) text = Languages.convertBack(variant, text);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Set<String> langs = new LinkedHashSet<>();
        String asked = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        // only real language codes: each one names fields, and analyzers keep state per field name
        if (JsonFields.LANGUAGES.contains(asked)) langs.add(asked);
        langs.add(defaultLanguage);
        boolean primary = true;
        for (String l : langs) {
            for (String term : terms(l, text)) {
                float langBoost = primary ? 1f : FALLBACK_BOOST;
                BOOSTS.forEach((kind, boost) -> any.add(new BoostQuery(
                        new TermQuery(new Term(LanguageAnalyzer.field(kind, l), term)), boost * langBoost),
                        BooleanClause.Occur.SHOULD));
            }
            primary = false;
        }
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(skuKey(text.strip()));
        for (String token : text.strip().split("[\\s,;?!]+")) {
            if (tokens.size() < MAX_QUERY_TERMS) tokens.add(skuKey(token));
        }
        for (String token : tokens) {
            any.add(new BoostQuery(new TermQuery(new Term(SKU, token)), SKU_BOOST), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.MUST);
        if (!kinds.isEmpty()) {
            BooleanQuery.Builder kindFilter = new BooleanQuery.Builder();
            for (String k : kinds) kindFilter.add(new TermQuery(new Term(KIND, k)), BooleanClause.Occur.SHOULD);
            query.add(kindFilter.build(), BooleanClause.Occur.FILTER);
        }
        try {
            ScoreDoc[] docs = searcher.search(query.build(), Math.min(limit, MAX_HITS)).scoreDocs;
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<SearchHit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc sd : docs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                NumericDocValues ords = leaf.reader().getNumericDocValues(ORD);
                ords.advanceExact(sd.doc - leaf.docBase);
                Source source = sources.get((int) ords.longValue());
                hits.add(new SearchHit(source.kind(), source.id(), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index", e);
        }
    }
}
