package cohost.engine.answer;

import cohost.knowledge.Localized;
import cohost.knowledge.Money;
import cohost.knowledge.PaymentMethod;
import cohost.knowledge.Product;
import cohost.knowledge.ReturnPolicy;
import cohost.knowledge.ShippingOption;
import cohost.knowledge.Variant;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Facts written out as plain typed lines for a model's prompt. This text is all the model knows about the store,
 * and the number guardrail allows exactly the numbers in it.
 */
final class FactSheet {

    private FactSheet() {
    }

    static String describe(Facts facts, String lang, Templates templates) {
        StringBuilder b = new StringBuilder();
        switch (facts) {
            case Facts.Shipping s -> {
                b.append("Shipping to ").append(s.country()).append(" (").append(templates.country(s.country(), Phrases.of(lang)))
                        .append("). Days are business days.\n");
                for (ShippingOption o : s.options()) {
                    b.append("- service: ").append(o.service()).append("; carrier: ").append(o.carrier())
                            .append("; delivery: ").append(o.minDays()).append(" to ").append(o.maxDays())
                            .append(" business days; price: ").append(o.price().isZero() ? "free" : money(o.price()));
                    if (o.freeOver() != null) b.append("; free for orders over ").append(money(o.freeOver()));
                    if (o.duties() != null) b.append("; duties: ").append(switch (o.duties()) {
                        case DDP -> "DDP, import taxes included in the price";
                        case DDU -> "DDU, the buyer pays import taxes on delivery";
                    });
                    if (o.notes() != null) b.append("; notes: ").append(text(o.notes(), lang));
                    b.append('\n');
                }
            }
            case Facts.Returns r -> {
                ReturnPolicy p = r.policy();
                b.append("Return policy for ").append(r.country()).append(":\n- return window: ").append(p.windowDays())
                        .append(" days from delivery\n");
                if (p.condition() != null) b.append("- condition: ").append(text(p.condition(), lang)).append('\n');
                b.append("- return shipping: ").append("free".equalsIgnoreCase(p.returnShipping())
                        ? "free for the buyer" : "paid by the buyer").append('\n');
                b.append("- refund: within ").append(p.refundDays()).append(" business days of receiving the return\n");
                if (!p.excludedCategories().isEmpty()) {
                    b.append("- categories that cannot be returned: ").append(String.join(", ", p.excludedCategories())).append('\n');
                }
                if (p.notes() != null) b.append("- notes: ").append(text(p.notes(), lang)).append('\n');
                if (r.product() != null) {
                    b.append("- the product asked about: ").append(text(r.product().title(), lang)).append(", category ")
                            .append(r.product().category()).append(p.excludes(r.product()) ? ", which CANNOT be returned"
                                    : ", which can be returned").append('\n');
                }
            }
            case Facts.Payment pay -> {
                b.append("Payment methods accepted for ").append(pay.country()).append(": ")
                        .append(pay.methods().stream().map(PaymentMethod::name).map(n -> text(n, lang))
                                .collect(Collectors.joining(", "))).append('\n');
                if (pay.asked() != null) {
                    b.append("The customer asked about ").append(pay.asked()).append(": ")
                            .append(pay.accepted() ? "accepted" : "NOT accepted").append('\n');
                }
            }
            case Facts.ProductInfo pi -> {
                Product p = pi.product();
                b.append("Product: ").append(text(p.title(), lang)).append(" (SKU ").append(p.sku()).append(")\n")
                        .append("- price: ").append(money(p.price())).append('\n');
                if (p.brand() != null) b.append("- brand: ").append(p.brand()).append('\n');
                if (p.description() != null) b.append("- description: ").append(text(p.description(), lang)).append('\n');
                p.attributes().forEach((k, v) -> b.append("- ").append(k).append(": ").append(text(v, lang)).append('\n'));
                if (!p.certifications().isEmpty()) {
                    b.append("- certifications: ").append(String.join(", ", p.certifications())).append('\n');
                }
                for (Variant v : p.variants()) {
                    b.append("- variant ").append(v.sku()).append(": ").append(v.options()).append(", price ")
                            .append(money(v.price() != null ? v.price() : p.price()))
                            .append(v.compareAt() == null ? "" : " (reduced from " + money(v.compareAt()) + ")")
                            .append(", ")
                            .append(v.stock() == null ? "on sale (stock not tracked)" : v.stock() > 0
                                    ? v.stock() + " in stock" : v.backorder() ? "out of stock but can still be ordered"
                                    : "out of stock")
                            .append('\n');
                }
                if (!pi.wanted().isEmpty()) {
                    b.append("The customer asked for ").append(pi.wanted()).append(": ")
                            .append(pi.variant() == null ? "no such variant" : "variant " + pi.variant().sku()
                                    + (pi.variant().available() ? ", on sale" : ", out of stock")).append('\n');
                }
            }
            case Facts.Faq f -> b.append("Store FAQ\n- question: ").append(text(f.entry().question(), lang))
                    .append("\n- answer: ").append(text(f.entry().answer(), lang)).append('\n');
            default -> b.append("No store facts answer this message.\n");
        }
        return b.toString();
    }

    /** The product names to keep exactly as written, in the asker's language. */
    static List<String> glossary(Facts facts, String lang) {
        return switch (facts) {
            case Facts.ProductInfo pi -> List.of(text(pi.product().title(), lang));
            case Facts.Returns r when r.product() != null -> List.of(text(r.product().title(), lang));
            default -> List.of();
        };
    }

    private static String text(Localized l, String lang) {
        return l.in(lang);
    }

    private static String money(Money m) {
        return m.amount().toPlainString() + " " + m.currency();
    }
}
