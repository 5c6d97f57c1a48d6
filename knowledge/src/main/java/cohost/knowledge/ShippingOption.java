package cohost.knowledge;

import java.util.List;

/**
 * A shipping service to some destinations, from a rule in {@code shipping.json}. Days are business days.
 *
 * @param destinations ISO country codes and region names, as written in the KB
 * @param freeOver     order value from which shipping is free, or null
 * @param notes        free text, or null
 */
public record ShippingOption(String id, List<String> destinations, String service, String carrier, int minDays,
                             int maxDays, Money price, Money freeOver, Duties duties, Localized notes) {
    public ShippingOption {
        destinations = List.copyOf(destinations);
    }
}
