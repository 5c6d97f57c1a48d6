package cohost.knowledge;

import java.util.List;

/** A way to pay, and the markets (ISO codes, region names or "*") where it is offered. */
public record PaymentMethod(String id, Localized name, List<String> markets) {
    public PaymentMethod {
        markets = List.copyOf(markets);
    }
}
