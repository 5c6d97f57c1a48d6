package cohost.knowledge;

import java.util.Map;

/**
 * One buyable variant of a product.
 *
 * @param options option name to value, lower-case names, e.g. {"color": "black", "size": "M"}
 * @param price   the variant's own price, or null when it costs the product's price
 * @param stock   units in stock, or null when the KB does not say
 */
public record Variant(String sku, Map<String, String> options, Money price, Integer stock) {
    public Variant {
        options = Map.copyOf(options);
    }

    public boolean inStock() {
        return stock == null || stock > 0;
    }
}
