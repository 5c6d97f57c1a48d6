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
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.TieredMergePolicy;
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
import java.util.Collections;
import java.util.HashMap;
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
    /** The KB entry's unique key ("p:" and the SKU, "f:" and the FAQ id...), by which an update replaces it. */
    private static final String KEY = "key";
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
    /**
     * What each document is, by its {@link #ORD}: reading this beats decompressing stored fields per hit. An update
     * appends the sources of the documents it adds; those of replaced documents stay, unread, until a full build.
     */
    private final List<Source> sources;
    /** The writer this index was committed from, kept for the next KB's update; see {@link #update}. */
    private final Writer writer;
    /** Each indexed KB entry by its {@link #KEY}, as it was indexed: what the next KB is compared with. */
    private final Map<String, Object> entries;

    /** The KB entry a document was made from. */
    private record Source(String kind, String id) {
    }

    /** A KB entry to index: its unique key, its kind and id for hits, and the value it is built from. */
    private record Entry(String key, String kind, String id, Object value) {
    }

    /**
     * An index writer kept open across reloads of one store, and the index last committed from it: only that index
     * may be updated (an update of any other, such as the one serving while a newer one failed to be put in service,
     * would diff against the wrong documents), so such an update builds anew instead.
     */
    private static final class Writer {
        final IndexWriter writer;
        final String defaultLanguage;
        volatile SearchIndex latest;

        Writer(IndexWriter writer, String defaultLanguage) {
            this.writer = writer;
            this.defaultLanguage = defaultLanguage;
        }
    }

    private SearchIndex(IndexSearcher searcher, String defaultLanguage, List<Source> sources, Writer writer,
                        Map<String, Object> entries) {
        this.searcher = searcher;
        this.defaultLanguage = defaultLanguage;
        this.sources = sources;
        this.writer = writer;
        this.entries = entries;
    }

    /** Indexes the KB from scratch; products are analyzed on every core of the pool the caller runs in. */
    static SearchIndex build(KbContent kb) {
        String lang = kb.store().defaultLanguage();
        List<Entry> all = entries(kb);
        Directory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(LanguageAnalyzer.INSTANCE)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                // merges of later updates run on the thread that commits them (the reload's), not on threads of their own
                .setMergeScheduler(new SerialMergeScheduler())
                .setMergePolicy(new UpdateMerges());
        try {
            Writer w = new Writer(new IndexWriter(dir, config), lang);
            List<Source> sources = new ArrayList<>(all.size());
            all.forEach(e -> sources.add(new Source(e.kind(), e.id())));
            // IndexWriter is thread-safe: analyzing products on every core is most of the build time
            IntStream.range(0, all.size()).parallel().forEach(i -> add(w.writer, all.get(i), lang, i));
            SearchIndex index = commit(w, null, sources, all);
            ((UpdateMerges) config.getMergePolicy()).updating = true;
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("building the search index in memory", e);
        }
    }

    /**
     * Lucene's tiered merges, but once the index is built, large segments (an eighth of the documents or more: the
     * build's) are left out of merges until a fifth of their documents have been replaced. Left to Lucene, every few
     * reloads merged the build's segments with the one-document segments updates add (all are under its 16 MB floor
     * at 100,000 products), rewriting most of the index on the reload's thread: 4-7 s of CPU instead of under one
     * (BENCHMARKS.md, "KB reload under load"). Replaced documents still count in the term statistics until their
     * segment is merged, as in any Lucene index with deletions: ranks may differ from a fresh load's among near ties.
     */
    private static final class UpdateMerges extends FilterMergePolicy {
        private static final int LARGE = 8;
        private static final double RECLAIMED_AT = 0.2;
        /** Set once the build is committed: the build's own merges are Lucene's. */
        private volatile boolean updating;

        UpdateMerges() {
            super(new TieredMergePolicy());
        }

        @Override
        public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
                throws IOException {
            SegmentInfos mergeable = mergeable(infos, context);
            return mergeable.size() == 0 ? null : super.findMerges(trigger, mergeable, context);
        }

        /** Lucene 10 also merges small segments when a commit flushes; the same segments are left out. */
        @Override
        public MergeSpecification findFullFlushMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
                throws IOException {
            SegmentInfos mergeable = mergeable(infos, context);
            return mergeable.size() == 0 ? null : super.findFullFlushMerges(trigger, mergeable, context);
        }

        private SegmentInfos mergeable(SegmentInfos infos, MergeContext context) throws IOException {
            if (!updating) return infos;
            long documents = 0;
            for (SegmentCommitInfo segment : infos) documents += segment.info.maxDoc();
            SegmentInfos mergeable = new SegmentInfos(infos.getIndexCreatedVersionMajor());
            for (SegmentCommitInfo segment : infos) {
                int size = segment.info.maxDoc();
                if ((long) size * LARGE < documents || context.numDeletesToMerge(segment) > size * RECLAIMED_AT) {
                    mergeable.add(segment);
                }
            }
            return mergeable;
        }
    }

    /**
     * The index of {@code kb}, a reload of the KB this index was built for: only the entries that differ from this
     * index's (a product whose price changed, a new FAQ entry) are analyzed and indexed again, and entries gone are
     * deleted, on the writer this index was committed from; the segments that did not change are shared with this
     * index, which keeps serving unchanged (a Lucene reader is a point-in-time view). Builds anew when that cannot be
     * done (the default language changed, this is not the writer's latest index, most entries changed, or replaced
     * documents have come to outnumber live ones).
     */
    SearchIndex update(KbContent kb) {
        String lang = kb.store().defaultLanguage();
        synchronized (writer) {
            if (writer.latest != this || !lang.equals(writer.defaultLanguage)) return build(kb);
            List<Entry> all = entries(kb);
            List<Entry> changed = new ArrayList<>();
            Set<String> keys = new java.util.HashSet<>(all.size() * 2);
            for (Entry e : all) {
                keys.add(e.key());
                if (!e.value().equals(entries.get(e.key()))) changed.add(e);
            }
            List<String> gone = entries.keySet().stream().filter(k -> !keys.contains(k)).toList();
            if (changed.size() > all.size() / 2 || sources.size() + changed.size() > 2L * all.size() + 1024) {
                return build(kb);
            }
            try {
                List<Source> next = new ArrayList<>(sources.size() + changed.size());
                next.addAll(sources);
                int first = next.size();
                changed.forEach(e -> next.add(new Source(e.kind(), e.id())));
                for (String key : gone) writer.writer.deleteDocuments(new Term(KEY, key));
                IntStream.range(0, changed.size()).parallel().forEach(i -> {
                    Entry e = changed.get(i);
                    try {
                        writer.writer.updateDocument(new Term(KEY, e.key()), document(e, lang, first + i));
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                });
                return commit(writer, (DirectoryReader) searcher.getIndexReader(), next, all);
            } catch (IOException e) {
                throw new UncheckedIOException("updating the search index in memory", e);
            }
        }
    }

    /** Commits the writer and opens the committed index (sharing unchanged segments with {@code before}). */
    private static SearchIndex commit(Writer w, DirectoryReader before, List<Source> sources, List<Entry> all)
            throws IOException {
        w.writer.commit();
        DirectoryReader reader = before == null ? null : DirectoryReader.openIfChanged(before);
        if (reader == null) reader = before != null ? before : DirectoryReader.open(w.writer.getDirectory());
        Map<String, Object> byKey = HashMap.newHashMap(all.size());
        all.forEach(e -> byKey.put(e.key(), e.value()));
        SearchIndex index = new SearchIndex(new IndexSearcher(reader), w.defaultLanguage, List.copyOf(sources), w,
                Collections.unmodifiableMap(byKey));
        w.latest = index;
        return index;
    }

    /** The names of the index's segments, oldest first (tests: which ones a reload rewrote). */
    List<String> segments() {
        return searcher.getIndexReader().leaves().stream()
                .map(leaf -> ((SegmentReader) leaf.reader()).getSegmentName()).toList();
    }

    /** Every KB entry that is indexed, products first. */
    private static List<Entry> entries(KbContent kb) {
        List<Entry> all = new ArrayList<>(kb.products().size() + kb.faqs().size() + 64);
        for (Product p : kb.products()) all.add(new Entry("p:" + p.sku(), PRODUCT, p.sku(), p));
        for (FaqEntry f : kb.faqs()) all.add(new Entry("f:" + f.id(), FAQ, f.id(), f));
        for (ShippingOption o : kb.shipping()) all.add(new Entry("s:" + o.id(), POLICY, o.id(), o));
        for (ReturnPolicy r : kb.returns()) all.add(new Entry("r:" + r.id(), POLICY, r.id(), r));
        for (PaymentMethod m : kb.payments()) all.add(new Entry("m:" + m.id(), POLICY, m.id(), m));
        return all;
    }

    private static void add(IndexWriter writer, Entry e, String lang, int ord) {
        try {
            writer.addDocument(document(e, lang, ord));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static Document document(Entry e, String lang, int ord) {
        Document d = switch (e.value()) {
            case Product p -> productDoc(p, lang, ord);
            case FaqEntry f -> {
                Document doc = doc(FAQ, ord);
                localized(doc, TITLE, f.question());
                localized(doc, BODY, f.answer());
                plain(doc, TEXT, lang, f.tags().toArray(String[]::new));
                yield doc;
            }
            case ShippingOption s -> {
                Document doc = doc(POLICY, ord);
                plain(doc, TITLE, lang, s.service(), s.carrier());
                localized(doc, BODY, s.notes());
                yield doc;
            }
            case ReturnPolicy r -> {
                Document doc = doc(POLICY, ord);
                localized(doc, BODY, r.condition());
                localized(doc, BODY, r.notes());
                plain(doc, TEXT, lang, r.excludedCategories().toArray(String[]::new));
                yield doc;
            }
            case PaymentMethod m -> {
                Document doc = doc(POLICY, ord);
                localized(doc, TITLE, m.name());
                yield doc;
            }
            default -> throw new IllegalArgumentException("not an indexed KB entry: " + e.value());
        };
        d.add(new StringField(KEY, e.key(), Field.Store.NO));
        return d;
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
