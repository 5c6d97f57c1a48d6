package cohost.knowledge;

import java.util.Map;

/**
 * One buyable variant of a product.
 *
 * @param options   option name to value, lower-case names, e.g. {"color": "black", "size": "M"}
 * @param price     the variant's own price, or null when it costs the product's price
 * @param stock     units in stock, or null when stock is not tracked (Shopify: no inventory tracker) or not stated:
 *                  either way the variant is on sale
 * @param compareAt the price it sold at before a sale (Shopify's "Compare At Price"), or null
 * @param backorder whether it stays on sale with no stock left (Shopify's inventory policy "continue")
 */
public record Variant(String sku, Map<String, String> options, Money price, Integer stock, Money compareAt,
                      boolean backorder) {
    public Variant {
        options = Map.copyOf(options);
    }

    /** A variant without a former price that is not sold beyond its stock. */
    public Variant(String sku, Map<String, String> options, Money price, Integer stock) {
        this(sku, options, price, stock, null, false);
    }

    /** Whether units are known to be in stock, or stock is not tracked. */
    public boolean inStock() {
        return stock == null || stock > 0;
    }

    /** Whether it can be bought now: in stock, untracked, or sold on backorder. */
    public boolean available() {
        return inStock() || backorder;
    }

    /** What this variant costs: its own price, else the product's. */
    public Money priceOr(Money productPrice) {
        return price != null ? price : productPrice;
    }
}
