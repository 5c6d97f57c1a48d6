package cohost.wire;

import java.math.BigDecimal;
import java.util.List;

/**
 * The product on screen as the console shows it, from the KB: its title (in the host's language), its price or the
 * range of its variants' prices, and its stock.
 *
 * @param price    the lowest and highest price over the product and its variants (equal when there is one price)
 * @param stock    the product's stock over its variants
 * @param variants each buyable variant with its own price and stock
 */
public record ProductCard(String sku, String title, String brand, Price price, Stock stock, List<VariantLine> variants) {
    public ProductCard {
        variants = List.copyOf(variants);
    }

    /** From {@code min} to {@code max} in {@code currency} (ISO 4217). */
    public record Price(BigDecimal min, BigDecimal max, String currency) {
    }

    /**
     * @param state {@code in_stock}, {@code out_of_stock}, {@code backorder} (none left, still sold) or
     *              {@code not_tracked} (on sale, the shop does not count units)
     * @param units the units counted over the variants whose stock is tracked, or null when none is
     */
    public record Stock(String state, Integer units) {
    }

    /** A variant: its options as one label ("color: black, size: M"), its own price and stock. */
    public record VariantLine(String sku, String options, BigDecimal price, Stock stock) {
    }
}
