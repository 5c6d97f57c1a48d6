package cohost.knowledge;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One loaded KB folder: an immutable snapshot of the store's facts with its search index. Lookups by country and SKU
 * are answered from maps computed at load time; only {@link #search} touches Lucene. Thread-safe.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.load(Path.of("my-store"));   // throws KbException listing every problem
 * kb.shippingTo(kb.countries().resolve("Brasil").orElseThrow()); // every service to BR, cheapest first
 * kb.search("fones sem fio", "pt", 5);                           // BM25, Portuguese analyzer
 * }</pre>
 */
public final class KnowledgeBase implements Knowledge {
    /** The bundled demo store's folder on the classpath. */
    public static final String DEMO_FOLDER = "cohost/demo-store/";

    private static final AtomicLong LOADS = new AtomicLong();
    private static KnowledgeBase demo;

    private final Store store;
    private final String version;
    private final List<Product> products;
    private final List<ShippingOption> shipping;
    private final List<ReturnPolicy> returns;
    private final List<PaymentMethod> payments;
    private final List<FaqEntry> faqs;
    private final RoomRules rules;
    private final Map<String, Product> productsBySku;
    private final Map<String, Variant> variantsBySku;
    private final Map<String, FaqEntry> faqsById;
    private final Map<String, List<ShippingOption>> shippingByCountry;
    private final Map<String, ReturnPolicy> returnsByCountry;
    private final Map<String, List<PaymentMethod>> paymentsByCountry;
    private final JdkCountries countries;
    private final SearchIndex index;
    /** The index's rarity of words, one instance: {@link Listings#rank} keeps its last answer per instance. */
    private final Listings.Rarity rarity;
    /** What the folder's lines read as: the next reload parses only the lines that differ ({@link KbReader.Lines}). */
    private final KbReader.Lines lines;

    private KnowledgeBase(KbContent kb, KnowledgeBase previous) {
        this.store = kb.store();
        this.version = kb.fingerprint() + "-" + LOADS.incrementAndGet();
        this.products = List.copyOf(kb.products());
        this.shipping = List.copyOf(kb.shipping());
        this.returns = List.copyOf(kb.returns());
        this.payments = List.copyOf(kb.payments());
        this.faqs = List.copyOf(kb.faqs());
        this.rules = kb.rules();
        this.lines = kb.lines();
        // The index is most of a load and needs nothing computed below, so it is built beside the lookups: in the
        // caller's fork-join pool when it runs in one (a reload bounded to its own threads), else on a thread of its own
        Callable<SearchIndex> build = () -> previous == null ? SearchIndex.build(kb) : previous.index.update(kb);
        Future<SearchIndex> indexing;
        if (ForkJoinTask.inForkJoinPool()) {
            indexing = ForkJoinTask.adapt(build).fork();
        } else {
            FutureTask<SearchIndex> task = new FutureTask<>(build);
            Thread.ofPlatform().name("kb-index").start(task);
            indexing = task;
        }

        Map<String, Product> bySku = HashMap.newHashMap(products.size() * 4);
        Map<String, Variant> variants = HashMap.newHashMap(products.size() * 3);
        for (Product p : products) {
            bySku.put(key(p.sku()), p);
            for (Variant v : p.variants()) {
                bySku.put(key(v.sku()), p);
                variants.put(key(v.sku()), v);
            }
        }
        // wrapped, not copied: Map.copyOf would hash every SKU of a big catalogue a second time
        this.productsBySku = Collections.unmodifiableMap(bySku);
        this.variantsBySku = Collections.unmodifiableMap(variants);
        Map<String, FaqEntry> faqIds = new HashMap<>();
        faqs.forEach(f -> faqIds.put(f.id(), f));
        this.faqsById = Map.copyOf(faqIds);

        Markets markets = new Markets(store.regions());
        Comparator<ShippingOption> cheapestFirst = Comparator.comparing((ShippingOption s) -> s.price().amount())
                .thenComparingInt(ShippingOption::minDays).thenComparing(ShippingOption::id);
        Map<String, List<ShippingOption>> ship = new HashMap<>();
        Map<String, ReturnPolicy> ret = new HashMap<>();
        Map<String, List<PaymentMethod>> pay = new HashMap<>();
        for (String country : JsonFields.COUNTRIES) {
            List<ShippingOption> s = shipping.stream().filter(o -> markets.covers(o.destinations(), country))
                    .sorted(cheapestFirst).toList();
            if (!s.isEmpty()) ship.put(country, s);
            returns.stream().filter(r -> markets.covers(r.markets(), country))
                    .min(Comparator.comparingInt(r -> markets.specificity(r.markets(), country)))
                    .ifPresent(r -> ret.put(country, r));
            List<PaymentMethod> m = payments.stream().filter(p -> markets.covers(p.markets(), country)).toList();
            if (!m.isEmpty()) pay.put(country, m);
        }
        this.shippingByCountry = Map.copyOf(ship);
        this.returnsByCountry = Map.copyOf(ret);
        this.paymentsByCountry = Map.copyOf(pay);
        // country names in every language of the store: as before when its languages and regions are (a reload)
        this.countries = previous != null && previous.store.languages().equals(store.languages())
                && previous.store.regions().keySet().equals(store.regions().keySet())
                ? previous.countries : new JdkCountries(store.languages(), store.regions().keySet());
        this.index = await(indexing);
        this.rarity = index::idf;
    }

    private static SearchIndex await(Future<SearchIndex> indexing) {
        // joined, not waited for: a pool's thread runs the forked build itself when no other thread has taken it
        if (indexing instanceof ForkJoinTask<SearchIndex> forked) return forked.join();
        try {
            return indexing.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            indexing.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the search index", e);
        }
    }

    /** Loads and indexes a KB folder, or throws with every problem found in it; nothing is half-loaded. */
    public static KnowledgeBase load(Path dir) throws KbException {
        return new KnowledgeBase(KbReader.read(dir), null);
    }

    /**
     * Loads a new version of the folder {@code previous} was loaded from (a reload): as {@link #load(Path)}, but the
     * search index is {@code previous}'s updated with only the entries that changed (a price edit in a 100,000-product
     * catalogue analyzes one product, not all), sharing what did not change; {@code previous} is left as it was and
     * keeps answering. Falls back to a full build when an update does not fit (README, "Reloading the KB"). Lines of
     * the JSON Lines files whose bytes did not change are not parsed again: they read as they did for {@code previous}.
     */
    public static KnowledgeBase load(Path dir, KnowledgeBase previous) throws KbException {
        return new KnowledgeBase(KbReader.read(dir, previous == null ? KbReader.Lines.NONE : previous.lines), previous);
    }

    /**
     * Loads a KB folder bundled on the classpath, such as {@link #DEMO_FOLDER}, whether the classes run from a folder
     * (target/classes) or from inside a jar.
     */
    public static KnowledgeBase loadResource(String folder) throws KbException {
        String dir = folder.endsWith("/") ? folder : folder + "/";
        URL url = KnowledgeBase.class.getClassLoader().getResource(dir + KbReader.STORE);
        if (url == null) {
            throw new KbException(List.of(new KbProblem(dir + KbReader.STORE, "", "not found on the classpath")));
        }
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) return load(Path.of(uri).getParent());
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return load(jar.getPath("/" + dir));
            } catch (FileSystemAlreadyExistsException openElsewhere) {
                return load(FileSystems.getFileSystem(uri).getPath("/" + dir));
            }
        } catch (URISyntaxException | IOException e) {
            throw new KbException(List.of(new KbProblem(dir, "", "cannot be read from the classpath: " + e)));
        }
    }

    /** The bundled demo store, loaded once; it is immutable, so every caller can share it. */
    public static synchronized KnowledgeBase demo() {
        if (demo == null) {
            try {
                demo = loadResource(DEMO_FOLDER);
            } catch (KbException e) {
                throw new IllegalStateException("the bundled demo store is invalid:\n" + e.getMessage(), e);
            }
        }
        return demo;
    }

    /** The search index's segment names (tests). */
    List<String> indexSegments() {
        return index.segments();
    }

    private static String key(String sku) {
        return sku.toUpperCase(Locale.ROOT);
    }

    @Override
    public Store store() {
        return store;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<ShippingOption> shippingTo(String countryCode) {
        return countryCode == null ? List.of() : shippingByCountry.getOrDefault(key(countryCode), List.of());
    }

    @Override
    public Optional<ReturnPolicy> returnPolicyFor(String countryCode) {
        return countryCode == null ? Optional.empty() : Optional.ofNullable(returnsByCountry.get(key(countryCode)));
    }

    @Override
    public List<PaymentMethod> paymentMethodsFor(String countryCode) {
        return countryCode == null ? List.of() : paymentsByCountry.getOrDefault(key(countryCode), List.of());
    }

    /** The product with this SKU, or the product of the variant with this SKU; SKUs ignore case. */
    @Override
    public Optional<Product> product(String sku) {
        return sku == null ? Optional.empty() : Optional.ofNullable(productsBySku.get(key(sku.strip())));
    }

    /** The variant with this SKU; its product is {@code product(sku)}. */
    public Optional<Variant> variant(String sku) {
        return sku == null ? Optional.empty() : Optional.ofNullable(variantsBySku.get(key(sku.strip())));
    }

    @Override
    public List<Product> products() {
        return products;
    }

    /** Every shipping rule, in file order. */
    @Override
    public List<ShippingOption> shippingOptions() {
        return shipping;
    }

    /** Every return policy, in file order. */
    @Override
    public List<ReturnPolicy> returnPolicies() {
        return returns;
    }

    /** Every payment method, in file order. */
    @Override
    public List<PaymentMethod> paymentMethods() {
        return payments;
    }

    /** The ISO codes of the countries some shipping rule reaches. */
    public Set<String> shippingCountries() {
        return shippingByCountry.keySet();
    }

    @Override
    public Optional<FaqEntry> faq(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(faqsById.get(id));
    }

    @Override
    public List<FaqEntry> faqs() {
        return faqs;
    }

    @Override
    public RoomRules rules() {
        return rules;
    }

    @Override
    public List<SearchHit> search(String query, String lang, int limit, String... kinds) {
        return index.search(query, lang, limit, Set.copyOf(Arrays.asList(kinds)));
    }

    @Override
    public Countries countries() {
        return countries;
    }

    @Override
    public Listings.Answer listing(Product product, String question, String lang) {
        return Listings.rank(product, question, lang, store.defaultLanguage(), rarity);
    }
}
