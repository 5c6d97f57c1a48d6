package cohost.knowledge;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount in an ISO 4217 currency, as the KB states it: {@code {"amount": 12.5, "currency": "USD"}}. */
public record Money(BigDecimal amount, String currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }
}
