package cohost.engine.answer;

import cohost.engine.Understanding;
import cohost.knowledge.Knowledge;
import cohost.knowledge.Languages;
import cohost.knowledge.Money;
import cohost.knowledge.PaymentMethod;
import cohost.knowledge.Product;
import cohost.knowledge.ReturnPolicy;
import cohost.knowledge.ShippingOption;
import cohost.knowledge.Variant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The embedded composer: renders {@link Facts} with the localized templates of {@code templates_<lang>.properties}.
 * Every number it writes comes from a fact; product names, attribute values and FAQ answers come from the KB's own
 * localized texts (falling back to the store's default language, never to a guess). Thread-safe and stateless.
 */
public final class Templates {

    private final Knowledge knowledge;

    public Templates(Knowledge knowledge) {
        this.knowledge = knowledge;
        Phrases.of("en"); // loads and warms every language's templates now, not inside the first reply
    }

    /** The languages with templates: every registered one ({@link Languages}), written variants included. */
    public static List<String> languages() {
        return Languages.codes();
    }

    public static boolean supports(String lang) {
        return Phrases.supports(lang);
    }

    /** The answer in {@code lang}, addressed to {@code names} ("@Ana @Bo ...") when there are any. */
    public String render(Facts facts, String lang, List<String> names) {
        Phrases p = Phrases.of(lang);
        return mention(names) + body(facts, p);
    }

    /** "@Ana @Bo " for the names given (blank ones skipped), or "". */
    public static String mention(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            if (n != null && !n.isBlank()) b.append('@').append(n.strip().replace(' ', '_')).append(' ');
        }
        return b.toString();
    }

    private String body(Facts facts, Phrases p) {
        return switch (facts) {
            case Facts.Shipping s -> shipping(s, p);
            case Facts.NoShipping n -> p.fill("noShipping", "countryTo", country(n.country(), "to", p));
            case Facts.AskCountry a -> p.get(a.intent() == cohost.engine.Intent.SHIPPING ? "askShipCountry" : "askCountry");
            case Facts.Returns r -> returns(r, p);
            case Facts.Payment pay -> payment(pay, p);
            case Facts.ProductInfo pi -> ProductReplies.overview(pi, p);
            case Facts.AskProduct a -> p.get("askProduct");
            case Facts.Faq f -> f.entry().answer().in(p.lang);
            case Facts.OrderStatus o -> o.orderId() == null ? p.get("orderNoId") : p.fill("orderWithId", "order", o.orderId());
            case Facts.Greeting g -> p.get("greeting");
            case Facts.HumanHandoff h -> p.get("handoff");
            case Facts.OutOfScope o -> p.get("outOfScope");
            case Facts.Chatter c -> p.get("chatter");
            case Facts.NoAnswer n -> p.get("noAnswer");
        };
    }

    private String shipping(Facts.Shipping s, Phrases p) {
        List<String> options = new ArrayList<>();
        for (ShippingOption o : s.options()) {
            List<String> parts = new ArrayList<>();
            parts.add(p.fill("shipOption", "service", o.service(), "carrier", o.carrier(),
                    "min", o.minDays(), "max", o.maxDays(),
                    "price", o.price().isZero() ? p.get("free") : p.fill("shipPrice", "amount", money(o.price(), p))));
            if (o.freeOver() != null) parts.add(p.fill("freeOver", "amount", money(o.freeOver(), p)));
            if (o.duties() != null) parts.add(p.get(o.duties() == cohost.knowledge.Duties.DDP ? "ddp" : "ddu"));
            options.add(String.join(p.get("comma"), parts));
        }
        return p.fill("shipIntro", "countryTo", country(s.country(), "to", p)) + sepAfterColon(p)
                + String.join(p.get("optionSep"), options) + p.stop();
    }

    private String returns(Facts.Returns r, Phrases p) {
        ReturnPolicy policy = r.policy();
        List<String> parts = new ArrayList<>();
        if (policy.excludes(r.product())) {
            parts.add(p.fill("excluded", "product", title(r.product(), p)));
        }
        parts.add(p.fill("returnsWindow", "days", policy.windowDays()));
        if (policy.condition() != null) parts.add(p.fill("returnsCondition", "condition", trimStop(policy.condition().in(p.lang))));
        parts.add(p.get("free".equalsIgnoreCase(policy.returnShipping()) ? "returnFree" : "returnBuyer"));
        parts.add(p.fill("refund", "days", policy.refundDays()));
        return p.sentences(parts);
    }

    private String payment(Facts.Payment pay, Phrases p) {
        String country = country(pay.country(), "in", p);
        String methods = p.list(pay.methods().stream().map(m -> m.name().in(p.lang)).toList());
        if (pay.asked() == null) return p.fill("paymentList", "countryIn", country, "methods", methods);
        if (pay.accepted()) {
            String name = pay.methods().stream().filter(m -> m.id().equals(pay.asked()))
                    .map(PaymentMethod::name).map(n -> n.in(p.lang)).findFirst().orElse(pay.asked());
            return p.fill("paymentYes", "method", name, "countryIn", country);
        }
        return p.fill("paymentNo", "method", pay.asked(), "countryIn", country, "methods", methods);
    }

    static Set<String> optionNames(Product product) {
        Set<String> names = new LinkedHashSet<>();
        product.variants().forEach(v -> names.addAll(v.options().keySet()));
        return names;
    }

    static List<String> optionValues(Product product, String name) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (Variant v : product.variants()) {
            v.options().forEach((k, val) -> {
                if (k.equalsIgnoreCase(name)) seen.putIfAbsent(val.toLowerCase(Locale.ROOT), val);
            });
        }
        return List.copyOf(seen.values());
    }

    /** A color word in the asker's language when we know it ("black" -> "preto"), else the KB's own word. */
    static String optionValue(String value, Phrases p) {
        String key = value.toLowerCase(Locale.ROOT).replace("grey", "gray");
        String t = p.find("color." + key);
        return t != null ? t : value;
    }

    /** The label of an attribute or option: the language's word for {@code key}, else the KB's name capitalised. */
    static String label(String key, String name, Phrases p) {
        String t = p.find("label." + key.toLowerCase(Locale.ROOT));
        return t != null ? t : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The product's name as the KB writes it in this language (its glossary): never machine-translated. */
    static String title(Product product, Phrases p) {
        return product.title().in(p.lang);
    }

    /** A country's (or store region's) name in the language, as ICU names it ("Schweiz"). */
    String country(String code, Phrases p) {
        return p.countryName(code, knowledge.store().regions().containsKey(code));
    }

    /** A country as a sentence of the language needs it after "to" or "in" ("in die Schweiz", "aux États-Unis"). */
    private String country(String code, String form, Phrases p) {
        return p.country(code, form, knowledge.store().regions().containsKey(code));
    }

    /** Money as the asker's language writes it: "US$ 12,50" in pt, "12,50 $" in de, "$12.50" in en. */
    static String money(Money m, Phrases p) {
        return p.money(m);
    }

    private static String sepAfterColon(Phrases p) {
        return p.get("sentenceSep").isEmpty() ? "" : " ";
    }

    static String trimStop(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".。!！".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        return t;
    }

    /** A short gist of a question in {@code hostLang}, e.g. "[运费 → 巴西]" or "[商品: 蓝牙耳机 · 黑色]". */
    public String gist(Understanding u, String hostLang) {
        Phrases p = Phrases.of(hostLang);
        StringBuilder b = new StringBuilder("[").append(p.get("gist." + u.intent().wireName()));
        String sku = u.slots().sku();
        var product = sku == null ? java.util.Optional.<Product>empty() : knowledge.product(sku);
        if (product.isPresent()) {
            b.append(": ").append(title(product.get(), p));
            u.slots().options().values().forEach(v -> b.append(" · ").append(optionValue(v, p)));
        } else if (!u.slots().options().isEmpty()) {
            u.slots().options().values().forEach(v -> b.append(" · ").append(optionValue(v, p)));
        }
        if (u.slots().country() != null) b.append(" → ").append(country(u.slots().country(), p));
        if (u.slots().orderId() != null) b.append(" #").append(u.slots().orderId());
        return b.append(']').toString();
    }
}
