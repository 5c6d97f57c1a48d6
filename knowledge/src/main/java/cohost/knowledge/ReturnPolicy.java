package cohost.knowledge;

import java.util.List;

/**
 * The return policy for some markets, from {@code returns.json}.
 *
 * @param markets        ISO country codes, region names, or "*" for every market
 * @param returnShipping who pays the return shipping: "free" or "buyer"
 * @param refundDays     business days from receipt of the return to the refund
 * @param notes          free text, or null
 */
public record ReturnPolicy(String id, List<String> markets, int windowDays, Localized condition,
                           String returnShipping, int refundDays, List<String> excludedCategories, Localized notes) {
    public ReturnPolicy {
        markets = List.copyOf(markets);
        excludedCategories = List.copyOf(excludedCategories);
    }

    /** Whether this policy excludes the product from returns (by its category). */
    public boolean excludes(Product product) {
        return product != null && excludedCategories.stream().anyMatch(c -> c.equalsIgnoreCase(product.category()));
    }
}
