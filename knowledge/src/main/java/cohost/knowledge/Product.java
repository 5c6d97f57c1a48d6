package cohost.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A product of the store's catalog, from {@code products.jsonl} or a Shopify {@code products.csv}. */
public record Product(String sku, Localized title, Localized description, String category, String brand,
                      Money price, Map<String, Localized> attributes, List<Variant> variants,
                      List<String> certifications, List<String> tags) {
    public Product {
        attributes = Map.copyOf(attributes);
        variants = List.copyOf(variants);
        certifications = List.copyOf(certifications);
        tags = List.copyOf(tags);
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
