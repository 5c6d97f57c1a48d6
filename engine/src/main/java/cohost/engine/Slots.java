package cohost.engine;

import java.util.List;
import java.util.Map;

/**
 * What a message is about.
 *
 * @param country ISO 3166-1 alpha-2 destination, or null
 * @param sku     the product (by name, SKU, or "this one" = the product being shown), or null
 * @param options variant options asked for, e.g. {"color": "black"}; lower-case names
 * @param orderId an order number, or null
 * @param compared the other products a comparison names ("S2 vs Pro 3": Pro 3's SKU when sku is the S2), else empty
 */
public record Slots(String country, String sku, Map<String, String> options, String orderId, List<String> compared) {
    public static final Slots NONE = new Slots(null, null, Map.of(), null);

    public Slots {
        options = Map.copyOf(options);
        compared = compared == null ? List.of() : List.copyOf(compared);
    }

    /** Slots about at most one product. */
    public Slots(String country, String sku, Map<String, String> options, String orderId) {
        this(country, sku, options, orderId, List.of());
    }
}
