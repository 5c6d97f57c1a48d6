package cohost.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * What the engine may know about one store: typed facts and full-text search. Answers are built from these values
 * only. Implementations are immutable snapshots or swap snapshots atomically, so every call is thread-safe.
 *
 * <p>Countries are ISO 3166-1 alpha-2 codes (upper case); use {@link #countries()} to resolve what a person typed.
 */
public interface Knowledge {

    Store store();

    /** Changes whenever the KB is reloaded; caches key on it. */
    String version();

    /** Every shipping service to the country, matched by code or by a region containing it, cheapest first. */
    List<ShippingOption> shippingTo(String countryCode);

    /** The return policy for the country: the most specific match (country, then region, then "*"). */
    Optional<ReturnPolicy> returnPolicyFor(String countryCode);

    /** Payment methods offered in the country (by code, region or "*"). */
    List<PaymentMethod> paymentMethodsFor(String countryCode);

    /**
     * Every shipping rule, in file order: what holds for any country ("7-30 days depending on the country") when the
     * asker's is not known. Empty by default for implementations that only answer per country.
     */
    default List<ShippingOption> shippingOptions() {
        return List.of();
    }

    /** Every return policy, in file order (the default "*" one included); empty by default. */
    default List<ReturnPolicy> returnPolicies() {
        return List.of();
    }

    /** Every payment method, in file order; empty by default. */
    default List<PaymentMethod> paymentMethods() {
        return List.of();
    }

    /** The operator's room rules (banned words, pinned answers, greetings); {@link RoomRules#NONE} by default. */
    default RoomRules rules() {
        return RoomRules.NONE;
    }

    Optional<Product> product(String sku);

    List<Product> products();

    Optional<FaqEntry> faq(String id);

    List<FaqEntry> faqs();

    /**
     * BM25 search over products, FAQ and policy texts, analyzed for {@code lang} with fallback to the store's default
     * language; best first.
     *
     * @param kinds restrict to these kinds ("product", "faq", "policy"); none means all
     */
    List<SearchHit> search(String query, String lang, int limit, String... kinds);

    /** Country names and codes, in every supported language. */
    Countries countries();

    /**
     * What in the product's own listing (attributes, bullets, description sentences, product FAQ) answers a
     * question asked in {@code lang}, or that the price/stock/variants are asked, or that the listing does not say
     * ({@link Listings}). This default weighs every word alike; a loaded KB weighs them by its index.
     */
    default Listings.Answer listing(Product product, String question, String lang) {
        return Listings.rank(product, question, lang, store().defaultLanguage(), Listings.Rarity.UNIFORM);
    }
}
