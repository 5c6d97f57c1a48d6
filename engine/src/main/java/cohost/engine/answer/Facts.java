package cohost.engine.answer;

import cohost.engine.Intent;
import cohost.engine.Source;
import cohost.knowledge.FaqEntry;
import cohost.knowledge.Money;
import cohost.knowledge.Listings;
import cohost.knowledge.PaymentMethod;
import cohost.knowledge.Product;
import cohost.knowledge.ReturnPolicy;
import cohost.knowledge.ShippingOption;
import cohost.knowledge.Variant;

import java.util.List;
import java.util.Map;

/**
 * What an answer may say: typed values taken from the KB for one question, or the reason there are none. Every
 * composer (templates, LLM) and every translation renders the same facts, so no rendering can add a number.
 * Records compare by value, which makes them cache keys for rendered text.
 */
public sealed interface Facts {

    Intent intent();

    /** The KB entries the answer is built from. */
    List<Source> sources();

    /** Whether the answer hands the asker to a human. */
    default boolean handoff() {
        return false;
    }

    /** Every shipping service to {@code country} (ISO code), cheapest first. */
    record Shipping(String country, List<ShippingOption> options) implements Facts {
        public Intent intent() {
            return Intent.SHIPPING;
        }

        public List<Source> sources() {
            return options.stream().map(o -> new Source("shipping", o.id())).toList();
        }
    }

    /**
     * Customs duties, VAT and import IDs for a country: whether the shipping rules to it prepay them (DDP) or the buyer
     * pays on delivery (DDU), and the rules' notes (which say what is collected, by whom, and the tax ID asked for).
     */
    record Duties(String country, List<ShippingOption> options) implements Facts {
        public Duties {
            options = List.copyOf(options);
        }

        public Intent intent() {
            return Intent.SHIPPING;
        }

        public List<Source> sources() {
            return options.stream().map(o -> new Source("shipping", o.id())).toList();
        }
    }

    /**
     * Duties with no country known: the markets where they are included and those where they are paid on delivery.
     *
     * @param prepaid   destinations (codes or regions) of DDP rules
     * @param onArrival destinations of DDU rules
     */
    record DutiesAnywhere(List<String> prepaid, List<String> onArrival, List<String> ruleIds) implements Facts {
        public DutiesAnywhere {
            prepaid = List.copyOf(prepaid);
            onArrival = List.copyOf(onArrival);
            ruleIds = List.copyOf(ruleIds);
        }

        public Intent intent() {
            return Intent.SHIPPING;
        }

        public List<Source> sources() {
            return ruleIds.stream().map(id -> new Source("shipping", id)).toList();
        }
    }

    /**
     * Several questions in one message ("how much to Riyadh, and is there cash on delivery?"), answered in one reply
     * in the order asked. Its intent is what the message mostly asks ("who pays the return shipping, and how long is
     * the refund?" is a returns question, whatever word came first), else the first part's.
     */
    record Several(List<Facts> parts, Intent intent) implements Facts {
        public Several {
            parts = List.copyOf(parts);
            if (parts.size() < 2) throw new IllegalArgumentException("Several needs at least two parts");
            Intent asked = intent;
            if (asked == null || parts.stream().noneMatch(p -> p.intent() == asked)) intent = parts.getFirst().intent();
        }

        public Several(List<Facts> parts) {
            this(parts, null);
        }

        public List<Source> sources() {
            return parts.stream().flatMap(p -> p.sources().stream()).distinct().toList();
        }

        public boolean handoff() {
            return parts.stream().anyMatch(Facts::handoff);
        }
    }

    /** The KB names no shipping service to the country: we say so instead of guessing. */
    record NoShipping(String country) implements Facts {
        public Intent intent() {
            return Intent.SHIPPING;
        }

        public List<Source> sources() {
            return List.of();
        }

        public boolean handoff() {
            return true;
        }
    }

    /** The answer depends on a country nobody has told us yet. */
    record AskCountry(Intent intent) implements Facts {
        public List<Source> sources() {
            return List.of();
        }
    }

    /** @param product the product asked about, or null; its category may be excluded from returns */
    record Returns(String country, ReturnPolicy policy, Product product) implements Facts {
        public Intent intent() {
            return Intent.RETURNS;
        }

        public List<Source> sources() {
            return product == null ? List.of(new Source("returns", policy.id()))
                    : List.of(new Source("returns", policy.id()), new Source("product", product.sku()));
        }
    }

    /**
     * @param asked    the method the asker named ("do you take Pix?"), or null when they asked in general
     * @param accepted whether the asked method is among {@code methods}
     */
    record Payment(String country, List<PaymentMethod> methods, String asked, boolean accepted) implements Facts {
        public Intent intent() {
            return Intent.PAYMENT;
        }

        public List<Source> sources() {
            return methods.stream().map(m -> new Source("payment", m.id())).toList();
        }
    }

    /**
     * Payment with no country known: what holds everywhere, and what depends on the market. The reply gives the
     * common part and invites the country instead of only asking for it.
     *
     * @param everywhere methods offered in every market ("*")
     * @param elsewhere  the other methods, most widely offered first
     * @param asked      the method the asker named, when the store lists it (its markets say where it applies), else null
     * @param unlisted   a method the asker named that the store does not list ("Bitcoin?"), else null
     */
    record PaymentAnywhere(List<PaymentMethod> everywhere, List<PaymentMethod> elsewhere, PaymentMethod asked,
                           String unlisted) implements Facts {
        public PaymentAnywhere {
            everywhere = List.copyOf(everywhere);
            elsewhere = List.copyOf(elsewhere);
        }

        public Intent intent() {
            return Intent.PAYMENT;
        }

        public List<Source> sources() {
            if (asked != null) return List.of(new Source("payment", asked.id()));
            return everywhere.stream().map(m -> new Source("payment", m.id())).toList();
        }
    }

    /**
     * Returns with no country known: the default policy ("*", or null when the store has none) and the policies of
     * the markets that differ from it, so "how many days do I have?" gets "15 days; 30 in the EU..." at once.
     *
     * @param product the product asked about, or null; a category excluded everywhere is said to be so
     */
    record ReturnsAnywhere(ReturnPolicy fallback, List<ReturnPolicy> others, Product product) implements Facts {
        public ReturnsAnywhere {
            others = List.copyOf(others);
        }

        public Intent intent() {
            return Intent.RETURNS;
        }

        public List<Source> sources() {
            List<Source> s = new java.util.ArrayList<>();
            if (fallback != null) s.add(new Source("returns", fallback.id()));
            others.forEach(p -> s.add(new Source("returns", p.id())));
            if (product != null) s.add(new Source("product", product.sku()));
            return s;
        }
    }

    /**
     * Shipping with no country known: the range of delivery days and the lowest price over every service, so the
     * asker hears something true at once ("2-30 days, from $1.99, depending on the country").
     */
    record ShippingAnywhere(int minDays, int maxDays, Money lowestPrice, List<String> ruleIds) implements Facts {
        public ShippingAnywhere {
            ruleIds = List.copyOf(ruleIds);
        }

        public Intent intent() {
            return Intent.SHIPPING;
        }

        public List<Source> sources() {
            return ruleIds.stream().map(id -> new Source("shipping", id)).toList();
        }
    }

    /**
     * @param wanted  variant options asked for ("in black?"), empty for the product overview
     * @param variant the variant matching {@code wanted}, or null when none does (or none was asked)
     */
    record ProductInfo(Product product, Map<String, String> wanted, Variant variant) implements Facts {
        public ProductInfo {
            wanted = Map.copyOf(wanted);
        }

        public Intent intent() {
            return Intent.PRODUCT;
        }

        public List<Source> sources() {
            return List.of(new Source("product", product.sku()));
        }
    }

    /**
     * What the product's own listing says in answer to the question: its best facts, quoted, never a summary.
     *
     * @param facts    one or two facts of the listing, best first
     * @param affirmed yes (TRUE) or no (FALSE) when the question asks yes or no and the fact states it, else null
     * @param priced   the question asks the price too ("how much and how heavy?"): the price is said first
     */
    record ProductFacts(Product product, List<Listings.Fact> facts, Boolean affirmed, boolean priced) implements Facts {
        public ProductFacts {
            facts = List.copyOf(facts);
        }

        public ProductFacts(Product product, List<Listings.Fact> facts, Boolean affirmed) {
            this(product, facts, affirmed, false);
        }

        public Intent intent() {
            return Intent.PRODUCT;
        }

        public List<Source> sources() {
            return List.of(new Source("product", product.sku()));
        }
    }

    /**
     * Products compared side by side ("S2 vs Pro 3", "which has better noise cancelling?"): for each, the facts of
     * its own listing that the question asks about, or that differ between them; no verdict beyond the facts.
     *
     * @param facts  per product (same order), its facts; an empty list when its listing does not say
     * @param priced the question asks the prices too ("차이가 뭐예요? 가격은요?"): each product's price with its facts
     */
    record ProductComparison(List<Product> products, List<List<Listings.Fact>> facts, boolean priced) implements Facts {
        public ProductComparison {
            products = List.copyOf(products);
            facts = facts.stream().map(List::copyOf).toList();
        }

        public ProductComparison(List<Product> products, List<List<Listings.Fact>> facts) {
            this(products, facts, false);
        }

        public Intent intent() {
            return Intent.PRODUCT;
        }

        public List<Source> sources() {
            return products.stream().map(p -> new Source("product", p.sku())).toList();
        }
    }

    /** The product's listing does not answer the question: say exactly that and offer a teammate, never guess. */
    record NotInListing(Product product) implements Facts {
        public Intent intent() {
            return Intent.PRODUCT;
        }

        public List<Source> sources() {
            return List.of(new Source("product", product.sku()));
        }

        public boolean handoff() {
            return true;
        }
    }

    record AskProduct() implements Facts {
        public Intent intent() {
            return Intent.PRODUCT;
        }

        public List<Source> sources() {
            return List.of();
        }
    }

    /** A question the store has answered in its FAQ. */
    record Faq(Intent intent, FaqEntry entry) implements Facts {
        public List<Source> sources() {
            return List.of(new Source("faq", entry.id()));
        }
    }

    /** We cannot see orders here: a human checks them. @param orderId the order number given, or null */
    record OrderStatus(String orderId) implements Facts {
        public Intent intent() {
            return Intent.ORDER_STATUS;
        }

        public List<Source> sources() {
            return List.of();
        }

        public boolean handoff() {
            return true;
        }
    }

    record Greeting() implements Facts {
        public Intent intent() {
            return Intent.GREETING;
        }

        public List<Source> sources() {
            return List.of();
        }
    }

    /** The asker wants a person. */
    record HumanHandoff() implements Facts {
        public Intent intent() {
            return Intent.HANDOFF;
        }

        public List<Source> sources() {
            return List.of();
        }

        public boolean handoff() {
            return true;
        }
    }

    /** Nothing was asked ("ok thanks"): a desk acknowledges it; a live room does not answer it at all. */
    record Chatter() implements Facts {
        public Intent intent() {
            return Intent.CHATTER;
        }

        public List<Source> sources() {
            return List.of();
        }
    }

    record OutOfScope() implements Facts {
        public Intent intent() {
            return Intent.OUT_OF_SCOPE;
        }

        public List<Source> sources() {
            return List.of();
        }
    }

    /**
     * A text the operator wrote in the store's rules (rules.json): an answer pinned to a keyword for the show (intent
     * pinned), or a greeting on a room event (intent greeting). A store fact said exactly as written, in the asker's
     * language when the rule gives it, else in the store's language with a short note; never given to a model.
     *
     * @param ruleId the rule's id ("live-coupon"), or "greetings.KIND" for a greeting
     */
    record Pinned(Intent intent, String ruleId, cohost.knowledge.Localized answer) implements Facts {
        public List<Source> sources() {
            return List.of(new Source("rules", ruleId));
        }
    }

    /** The KB does not answer this question: say so and offer a human, never guess. */
    record NoAnswer(Intent intent) implements Facts {
        public List<Source> sources() {
            return List.of();
        }

        public boolean handoff() {
            return true;
        }
    }
}
