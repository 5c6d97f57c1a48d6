package cohost.knowledge;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The knowledge of a store whose KB folder may change while it serves: {@link #reload()} builds a complete new
 * {@link KnowledgeBase} aside and swaps it in atomically. Readers keep using the snapshot in service until the swap,
 * so they never see a half-built index; a folder that fails to load leaves the snapshot in service untouched, and
 * {@link #status()} says which version serves, since when, and what the last failed attempt found wrong.
 *
 * <p>A caller that needs several facts from one version should take {@link #current()} once and read from it.
 */
public final class LiveKnowledge implements Knowledge {

    /**
     * What serves and what the last reload said.
     *
     * @param version     the version in service ({@link KnowledgeBase#version()})
     * @param loadedAt    when that version was put in service
     * @param lastFailure the last attempt that failed after it, or null: the folder as it is now does not load
     */
    public record Status(String version, Instant loadedAt, Failure lastFailure) {
    }

    /** A reload that did not happen: when, and every problem of the folder (file, line or path, message). */
    public record Failure(Instant at, List<KbProblem> problems) {
        public Failure {
            problems = List.copyOf(problems);
        }
    }

    private final Path dir;
    private final Clock clock;
    private final AtomicReference<KnowledgeBase> current;
    private volatile Status status;

    /** Loads the folder; throws when its first load fails, since there is nothing to serve yet. */
    public LiveKnowledge(Path dir) throws KbException {
        this(dir, Clock.systemUTC());
    }

    /** As {@link #LiveKnowledge(Path)}, stamping loads and failures with {@code clock}. */
    public LiveKnowledge(Path dir, Clock clock) throws KbException {
        this.dir = dir;
        this.clock = clock;
        KnowledgeBase first = KnowledgeBase.load(dir);
        this.current = new AtomicReference<>(first);
        this.status = new Status(first.version(), clock.instant(), null);
    }

    /**
     * Reloads the folder and puts the new snapshot in service.
     *
     * @return the snapshot now in service
     * @throws KbException with every problem of the folder; the previous snapshot stays in service
     */
    public KnowledgeBase reload() throws KbException {
        return reload(next -> { });
    }

    /**
     * Reloads the folder; {@code putInService} gets the new snapshot before it becomes {@link #current()}, so whoever
     * builds on the KB (an engine's understanding of product names) can swap in step with it. Reloads of one folder
     * run one at a time, so at most two snapshots are alive: the one serving and the one being built, which shares
     * the serving one's unchanged index segments ({@link KnowledgeBase#load(Path, KnowledgeBase)}).
     *
     * @throws KbException with every problem of the folder (or why the new snapshot could not be put in service);
     *                     the previous snapshot stays in service and {@link #status()} records the failure
     */
    public synchronized KnowledgeBase reload(Consumer<? super KnowledgeBase> putInService) throws KbException {
        KnowledgeBase next;
        try {
            // only what changed is indexed again; the index in service is left as it was and keeps answering
            next = KnowledgeBase.load(dir, current.get());
            putInService.accept(next);
        } catch (KbException e) {
            failed(e.problems());
            throw e;
        } catch (RuntimeException e) {
            KbException wrapped = new KbException(List.of(new KbProblem(dir.toString(), "",
                    "loaded, but could not be put in service: " + e)));
            failed(wrapped.problems());
            throw wrapped;
        }
        current.set(next);
        status = new Status(next.version(), clock.instant(), null);
        return next;
    }

    private void failed(List<KbProblem> problems) {
        Status before = status;
        status = new Status(before.version(), before.loadedAt(), new Failure(clock.instant(), problems));
    }

    /** Which version serves, since when, and the last failed reload after it (if any). */
    public Status status() {
        return status;
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
