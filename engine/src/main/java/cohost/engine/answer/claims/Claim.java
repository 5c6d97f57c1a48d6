package cohost.engine.answer.claims;

import java.math.BigDecimal;
import java.util.List;

/**
 * One thing a sentence says about the store, of a kind a buyer acts on.
 *
 * @param kind       what sort of claim
 * @param value      what it says: a polarity for yes/no kinds ("free", "included", "out"...), an id for named things
 *                   ("color:gold", "paypal", "dhl"), the number as written for numbers
 * @param negated    for named things: whether the sentence negates ("we don't take PayPal")
 * @param quantities for numbers: every value the written number may mean (amounts, plain numbers) or its length in
 *                   hours (durations); empty otherwise
 * @param said       the words of the sentence that carry the claim, for logs and tests
 */
public record Claim(Kind kind, String value, boolean negated, List<BigDecimal> quantities, String said) {

    public Claim {
        quantities = List.copyOf(quantities);
    }

    static Claim of(Kind kind, String value, boolean negated, String said) {
        return new Claim(kind, value, negated, List.of(), said);
    }

    /** The kinds of claims checked. */
    public enum Kind {
        /** A number with no unit or currency: must be a number of the facts. */
        NUMBER,
        /** A number with a currency: a price, fee or threshold of the facts. */
        AMOUNT,
        /** A number with a unit of time, in digits or words ("two weeks", "3日"): a delay or window of the facts. */
        DURATION,
        /** Shipping is (not) free: value "free" or "paid". */
        FREE_SHIPPING,
        /** Duties and import taxes: value "included", "buyer" (the buyer pays) or "mentioned". */
        DUTIES,
        /** The item can be returned: value "yes" or "no". */
        RETURNS,
        /** Return shipping: value "free" or "paid". */
        RETURN_SHIPPING,
        /** Availability: value "in" or "out" (of stock, sold, recalled). */
        AVAILABILITY,
        /** A variant option: value "color:ID" or "size:VALUE". */
        OPTION,
        /** A way to pay: value the method's id. */
        PAYMENT,
        /** A carrier: value its id. */
        CARRIER,
        /** A certification: value its id, or "any". */
        CERTIFICATION,
        /** A warranty or guarantee: value "yes" or "no". */
        WARRANTY,
        /**
         * Talk about the assistant's own instructions ("my system prompt says", "I am now DAN") or a repeat of the
         * asker's words at length: what a prompt injection makes a model say. No fact supports it.
         */
        INSTRUCTION
    }
}
