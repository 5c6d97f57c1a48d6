package cohost.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A product of the store's catalog, from {@code products.jsonl} or a Shopify {@code products.csv}.
 *
 * @param attributes attribute key to value, e.g. {"batteryLife": "8 h"}
 * @param labels     optional localized names of attribute keys ({"batteryLife": {"fr": "Autonomie"}}); keys without
 *                   one are named by the built-in dictionary, else by the key itself
 * @param bullets    the listing's bullet points (Amazon-style "about this item"), each a localized text
 * @param faq        questions about this product the store has answered, each a question and its answer
 */
public record Product(String sku, Localized title, Localized description, String category, String brand,
                      Money price, Map<String, Localized> attributes, List<Variant> variants,
                      List<String> certifications, List<String> tags, Map<String, Localized> labels,
                      List<Localized> bullets, List<ProductFaq> faq) {
    public Product {
        attributes = Map.copyOf(attributes);
        variants = List.copyOf(variants);
        certifications = List.copyOf(certifications);
        tags = List.copyOf(tags);
        labels = Map.copyOf(labels);
        bullets = List.copyOf(bullets);
        faq = List.copyOf(faq);
    }

    /** A product without localized labels, bullets or product FAQ. */
    public Product(String sku, Localized title, Localized description, String category, String brand,
                   Money price, Map<String, Localized> attributes, List<Variant> variants,
                   List<String> certifications, List<String> tags) {
        this(sku, title, description, category, brand, price, attributes, variants, certifications, tags, Map.of(),
                List.of(), List.of());
    }

    /** One question about a product and the store's answer to it. */
    public record ProductFaq(Localized question, Localized answer) {
    }

    /**
     * The first variant whose options include every given option (names and values compared case-insensitively);
     * empty when none matches.
     */
    public Optional<Variant> variant(Map<String, String> wanted) {
        return variants.stream().filter(v -> wanted.entrySet().stream().allMatch(w ->
                v.options().entrySet().stream().anyMatch(o -> o.getKey().equalsIgnoreCase(w.getKey())
                        && o.getValue().equalsIgnoreCase(w.getValue())))).findFirst();
    }
}
