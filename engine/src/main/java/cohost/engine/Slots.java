package cohost.engine;

import java.util.Map;

/**
 * What a message is about.
 *
 * @param country ISO 3166-1 alpha-2 destination, or null
 * @param sku     the product (by name, SKU, or "this one" = the product being shown), or null
 * @param options variant options asked for, e.g. {"color": "black"}; lower-case names
 * @param orderId an order number, or null
 */
public record Slots(String country, String sku, Map<String, String> options, String orderId) {
    public static final Slots NONE = new Slots(null, null, Map.of(), null);

    public Slots {
        options = Map.copyOf(options);
    }
}
