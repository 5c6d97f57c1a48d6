package cohost.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The knowledge of a store whose KB folder may change while it serves: {@link #reload()} builds a complete new
 * {@link KnowledgeBase} aside and swaps it in atomically. Readers keep using the snapshot in service until the swap,
 * so they never see a half-built index; a folder that fails to load leaves the snapshot in service untouched.
 *
 * <p>A caller that needs several facts from one version should take {@link #current()} once and read from it.
 */
public final class LiveKnowledge implements Knowledge {
    private final Path dir;
    private final AtomicReference<KnowledgeBase> current;

    /** Loads the folder; throws when its first load fails, since there is nothing to serve yet. */
    public LiveKnowledge(Path dir) throws KbException {
        this.dir = dir;
        this.current = new AtomicReference<>(KnowledgeBase.load(dir));
    }

    /**
     * Reloads the folder and puts the new snapshot in service.
     *
     * @return the snapshot now in service
     * @throws KbException with every problem of the folder; the previous snapshot stays in service
     */
    public synchronized KnowledgeBase reload() throws KbException {
        KnowledgeBase next = KnowledgeBase.load(dir);
        current.set(next);
        return next;
    }

    /** The snapshot in service now. */
    public KnowledgeBase current() {
        return current.get();
    }

    public Path folder() {
        return dir;
    }

    @Override
    public Store store() {
        return current.get().store();
    }

    @Override
    public String version() {
        return current.get().version();
    }

    @Override
    public List<ShippingOption> shippingTo(String countryCode) {
        return current.get().shippingTo(countryCode);
    }

    @Override
    public Optional<ReturnPolicy> returnPolicyFor(String countryCode) {
        return current.get().returnPolicyFor(countryCode);
    }

    @Override
    public List<PaymentMethod> paymentMethodsFor(String countryCode) {
        return current.get().paymentMethodsFor(countryCode);
    }

    @Override
    public List<ShippingOption> shippingOptions() {
        return current().shippingOptions();
    }

    @Override
    public List<ReturnPolicy> returnPolicies() {
        return current().returnPolicies();
    }

    @Override
    public List<PaymentMethod> paymentMethods() {
        return current().paymentMethods();
    }

    @Override
    public Optional<Product> product(String sku) {
        return current.get().product(sku);
    }

    /** The variant with this SKU, from the snapshot in service. */
    public Optional<Variant> variant(String sku) {
        return current.get().variant(sku);
    }

    @Override
    public List<Product> products() {
        return current.get().products();
    }

    @Override
    public Optional<FaqEntry> faq(String id) {
        return current.get().faq(id);
    }

    @Override
    public List<FaqEntry> faqs() {
        return current.get().faqs();
    }

    /** The rules of the snapshot in service: a reload swaps them with the facts (rules stream, small edit). */
    @Override
    public RoomRules rules() {
        return current.get().rules();
    }

    @Override
    public List<SearchHit> search(String query, String lang, int limit, String... kinds) {
        return current.get().search(query, lang, limit, kinds);
    }

    @Override
    public Countries countries() {
        return current.get().countries();
    }

    @Override
    public Listings.Answer listing(Product product, String question, String lang) {
        return current().listing(product, question, lang);
    }
}
