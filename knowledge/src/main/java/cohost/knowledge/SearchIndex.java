package cohost.knowledge;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    private static final String ID = "id";
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
     * Analyzed, unstored, with term frequencies and norms for BM25 but no positions: every query is a bag of terms
     * (no phrase queries), and skipping positions is a measurable part of the index build.
     */
    private static final FieldType TERMS = termsOnly();

    private final IndexSearcher searcher;
    private final String defaultLanguage;
    private final QueryBuilder queries = new QueryBuilder(LanguageAnalyzer.INSTANCE);

    private SearchIndex(IndexSearcher searcher, String defaultLanguage) {
        this.searcher = searcher;
        this.defaultLanguage = defaultLanguage;
    }

    static SearchIndex build(KbContent kb) {
        String lang = kb.store().defaultLanguage();
        Directory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(LanguageAnalyzer.INSTANCE)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            // IndexWriter is thread-safe: analyzing products on every core is most of the build time
            kb.products().parallelStream().forEach(p -> {
                try {
                    writer.addDocument(productDoc(p, lang));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (FaqEntry f : kb.faqs()) writer.addDocument(faqDoc(f, lang));
            for (ShippingOption s : kb.shipping()) {
                Document d = doc(POLICY, s.id());
                plain(d, TITLE, lang, s.service(), s.carrier());
                localized(d, BODY, s.notes());
                writer.addDocument(d);
            }
            for (ReturnPolicy r : kb.returns()) {
                Document d = doc(POLICY, r.id());
                localized(d, BODY, r.condition());
                localized(d, BODY, r.notes());
                plain(d, TEXT, lang, r.excludedCategories().toArray(String[]::new));
                writer.addDocument(d);
            }
            for (PaymentMethod m : kb.payments()) {
                Document d = doc(POLICY, m.id());
                localized(d, TITLE, m.name());
                writer.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("building the search index in memory", e);
        }
        try {
            return new SearchIndex(new IndexSearcher(DirectoryReader.open(dir)), lang);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the search index", e);
        }
    }

    private static Document productDoc(Product p, String lang) {
        Document d = doc(PRODUCT, p.sku());
        d.add(new StringField(SKU, skuKey(p.sku()), Field.Store.NO));
        localized(d, TITLE, p.title());
        localized(d, BODY, p.description());
        plain(d, TEXT, lang, p.brand(), p.category());
        plain(d, TEXT, lang, p.tags().toArray(String[]::new));
        plain(d, TEXT, lang, p.certifications().toArray(String[]::new));
        for (Map.Entry<String, Localized> a : p.attributes().entrySet()) localized(d, TEXT, a.getValue());
        for (Variant v : p.variants()) {
            d.add(new StringField(SKU, skuKey(v.sku()), Field.Store.NO));
            plain(d, TEXT, lang, v.options().values().toArray(String[]::new));
        }
        return d;
    }

    private static Document faqDoc(FaqEntry f, String lang) {
        Document d = doc(FAQ, f.id());
        localized(d, TITLE, f.question());
        localized(d, BODY, f.answer());
        plain(d, TEXT, lang, f.tags().toArray(String[]::new));
        return d;
    }

    private static Document doc(String kind, String id) {
        Document d = new Document();
        d.add(new StringField(KIND, kind, Field.Store.YES));
        d.add(new StoredField(ID, id));
        return d;
    }

    private static void localized(Document d, String kind, Localized text) {
        if (text == null) return;
        text.texts().forEach((lang, t) -> d.add(new Field(LanguageAnalyzer.field(kind, lang), t, TERMS)));
    }

    private static void plain(Document d, String kind, String lang, String... texts) {
        for (String t : texts) {
            if (t != null) d.add(new Field(LanguageAnalyzer.field(kind, lang), t, TERMS));
        }
    }

    private static FieldType termsOnly() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    private static String skuKey(String sku) {
        return sku.toUpperCase(Locale.ROOT);
    }

    /** Best hits first; {@code kinds} restricts to "product", "faq", "policy" (empty: all). */
    List<SearchHit> search(String text, String lang, int limit, Set<String> kinds) {
        if (text == null || text.isBlank() || limit <= 0) return List.of();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Set<String> langs = new LinkedHashSet<>();
        if (lang != null && !lang.isBlank()) langs.add(lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0]);
        langs.add(defaultLanguage);
        boolean primary = true;
        for (String l : langs) {
            for (Map.Entry<String, Float> field : BOOSTS.entrySet()) {
                Query q = queries.createBooleanQuery(LanguageAnalyzer.field(field.getKey(), l), text);
                if (q != null) any.add(new BoostQuery(q, field.getValue() * (primary ? 1f : FALLBACK_BOOST)),
                        BooleanClause.Occur.SHOULD);
            }
            primary = false;
        }
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(skuKey(text.strip()));
        for (String token : text.strip().split("[\\s,;?!]+")) tokens.add(skuKey(token));
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
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc sd : docs) {
                Document d = stored.document(sd.doc);
                hits.add(new SearchHit(d.get(KIND), d.get(ID), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index", e);
        }
    }
}
