package cohost.engine.answer;

import cohost.engine.understand.Variants;
import cohost.knowledge.Listings;
import cohost.knowledge.Localized;
import cohost.knowledge.Money;
import cohost.knowledge.Product;
import cohost.knowledge.Variant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Product answers in the asker's language: the product's price (one price, or "from" the lowest when variants cost
 * different amounts, with each variant's price), its stock, and the asked variant's own price and stock. A price and
 * a stock in one sentence always belong to the same variant; a former (compare-at) price is said as such.
 */
final class ProductReplies {
    /** More variants than this and the overview says "from" without listing each variant's price. */
    private static final int MAX_LISTED = 8;

    private ProductReplies() {
    }

    static String overview(Facts.ProductInfo pi, Phrases p) {
        Product product = pi.product();
        String title = Templates.title(product, p);
        if (!pi.wanted().isEmpty()) return variant(pi, p);
        List<String> parts = new ArrayList<>();
        parts.add(p.fill("productPrice", "title", title, "price", priceOf(product, product.variants(), p)));
        String each = eachPrice(product, p);
        if (each != null) parts.add(each);
        String stock = stock(product, p);
        if (stock != null) parts.add(stock);
        for (String name : Templates.optionNames(product)) {
            if (each != null && varies(product, name)) continue; // already said with each variant's price
            List<String> values = Templates.optionValues(product, name).stream()
                    .map(v -> Templates.optionValue(v, p)).toList();
            parts.add(p.fill("attribute", "label", Templates.label(Variants.canonicalName(name), name, p),
                    "value", p.list(values)));
        }
        product.attributes().forEach((name, value) -> parts.add(p.fill("attribute",
                "label", capitalized(attributeLabel(product, name, p)), "value", attributeValue(value.in(p.lang), p))));
        if (!product.certifications().isEmpty()) parts.add(p.fill("certified", "list", p.list(product.certifications())));
        return p.sentences(parts);
    }

    /** The asked variant: whether it exists, its own price and whether it can be bought now. */
    private static String variant(Facts.ProductInfo pi, Phrases p) {
        Product product = pi.product();
        String title = Templates.title(product, p);
        String option = p.list(pi.wanted().values().stream().map(v -> Templates.optionValue(v, p)).toList());
        List<Variant> matching = Variants.matching(product, pi.wanted());
        if (matching.isEmpty()) {
            Set<String> available = new LinkedHashSet<>();
            for (String asked : pi.wanted().keySet()) {
                List<String> names = Variants.optionNames(product, asked);
                for (String name : names.isEmpty() ? List.copyOf(Templates.optionNames(product)) : names) {
                    Templates.optionValues(product, name).forEach(x -> available.add(Templates.optionValue(x, p)));
                }
            }
            if (available.isEmpty()) return p.fill("variantOnly", "title", title, "option", option);
            return p.fill("variantNo", "title", title, "option", option, "values", p.list(List.copyOf(available)));
        }
        option = p.list(shopValues(product, pi.wanted(), matching).stream().map(v -> Templates.optionValue(v, p)).toList());
        List<Variant> buyable = matching.stream().filter(Variant::available).toList();
        if (buyable.isEmpty()) return p.fill("variantOut", "title", title, "option", option);
        String price = priceOf(product, buyable, p);
        if (buyable.stream().noneMatch(Variant::inStock)) {
            return p.fill("variantBackorder", "title", title, "option", option, "price", price);
        }
        return p.fill("variantYes", "title", title, "option", option, "price", price);
    }

    /**
     * The asked options as the shop names them on the matching variants ("blue" -> "slate blue", "230x220" -> "Queen
     * 230x220 cm"), an asked value kept as asked when the variants hold several.
     */
    private static List<String> shopValues(Product product, Map<String, String> wanted, List<Variant> matching) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> w : wanted.entrySet()) {
            List<String> names = Variants.optionNames(product, w.getKey());
            Set<String> values = new LinkedHashSet<>();
            for (Variant v : matching) {
                v.options().forEach((name, value) -> {
                    if (names.isEmpty() ? Variants.looselySame(value, w.getValue()) : names.contains(name)) values.add(value);
                });
            }
            out.add(values.size() == 1 ? values.iterator().next() : w.getValue());
        }
        return out;
    }

    /**
     * The price of these variants: one price (with its former price when all were reduced from the same one), or
     * "from" the lowest; the product's price when it has no variants.
     */
    static String priceOf(Product product, List<Variant> variants, Phrases p) {
        if (variants.isEmpty()) return p.money(product.price());
        Set<BigDecimal> amounts = new java.util.TreeSet<>();
        variants.forEach(v -> amounts.add(v.priceOr(product.price()).amount().stripTrailingZeros()));
        Money lowest = variants.stream().map(v -> v.priceOr(product.price()))
                .min(Comparator.comparing(Money::amount)).orElseThrow();
        if (amounts.size() > 1) return p.fill("fromPrice", "price", p.money(lowest));
        Set<Money> former = new LinkedHashSet<>();
        variants.forEach(v -> former.add(v.compareAt()));
        Money was = former.size() == 1 ? former.iterator().next() : null;
        return was == null ? p.money(lowest) : p.fill("priceWas", "price", p.money(lowest), "old", p.money(was));
    }

    /** "S: 49 €, M: 89 € and L: 159 €" when the variants' prices differ (and are few enough to say). */
    private static String eachPrice(Product product, Phrases p) {
        List<Variant> vs = product.variants();
        if (vs.size() < 2 || vs.size() > MAX_LISTED) return null;
        if (vs.stream().map(v -> v.priceOr(product.price()).amount().stripTrailingZeros()).distinct().count() < 2) {
            return null;
        }
        Map<String, String> items = new LinkedHashMap<>();
        for (Variant v : vs) {
            String name = name(product, v, p);
            Money price = v.priceOr(product.price());
            String said = v.compareAt() == null ? p.money(price)
                    : p.fill("priceWas", "price", p.money(price), "old", p.money(v.compareAt()));
            items.putIfAbsent(name, p.fill("variantPrice", "option", name, "price", said));
        }
        return p.fill("eachPrice", "list", p.list(List.copyOf(items.values())));
    }

    /** A variant named by the values of the options that differ between variants ("L", "Black L"). */
    private static String name(Product product, Variant v, Phrases p) {
        List<String> values = new ArrayList<>();
        v.options().forEach((k, val) -> {
            if (varies(product, k)) values.add(Templates.optionValue(val, p));
        });
        if (values.isEmpty()) v.options().values().forEach(val -> values.add(Templates.optionValue(val, p)));
        return values.isEmpty() ? v.sku() : String.join(" ", values);
    }

    private static boolean varies(Product product, String option) {
        return product.variants().stream().map(v -> v.options().get(option)).filter(Objects::nonNull)
                .map(s -> s.toLowerCase(Locale.ROOT)).distinct().count() > 1;
    }

    /**
     * A stock sentence when the KB tracks stock: in stock (or how few are left), out of stock, or which variants are
     * out. Untracked variants and those sold on backorder are on sale; nothing is said when no variant is tracked.
     */
    static String stock(Product product, Phrases p) {
        List<Variant> vs = product.variants();
        if (vs.stream().allMatch(v -> v.stock() == null)) return null;
        List<Variant> out = vs.stream().filter(v -> !v.available()).toList();
        if (out.size() == vs.size()) return p.get("outOfStock");
        if (!out.isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            out.forEach(v -> names.add(name(product, v, p)));
            return p.fill("outOfStockSome", "values", p.list(List.copyOf(names)));
        }
        if (vs.stream().allMatch(v -> v.stock() != null && v.stock() > 0 && !v.backorder())) {
            int total = vs.stream().mapToInt(Variant::stock).sum();
            if (total <= 5) return p.fill("lowStock", "n", total);
        }
        if (vs.stream().noneMatch(Variant::inStock)) return p.get("backorder");
        return p.get("inStock");
    }

    /** The listing's own facts that answer the question, quoted in a sentence; yes or no first when it says so. */
    static String facts(Facts.ProductFacts pf, Phrases p) {
        String title = Templates.title(pf.product(), p);
        List<String> parts = new ArrayList<>();
        for (Listings.Fact f : pf.facts()) parts.add(sentence(pf.product(), f, title, p));
        if (pf.affirmed() != null) parts.set(0, p.fill(pf.affirmed() ? "factYes" : "factNo", "fact", parts.get(0)));
        if (pf.priced()) {
            parts.add(0, p.fill("productPrice", "title", title, "price",
                    priceOf(pf.product(), pf.product().variants(), p)));
        }
        return p.sentences(parts);
    }

    private static String sentence(Product product, Listings.Fact f, String title, Phrases p) {
        return switch (f.kind()) {
            case ATTRIBUTE -> p.fill("factAttribute", "title", title, "label", attributeLabel(product, f.key(), p),
                    "value", attributeValue(f.text(), p));
            case FAQ -> f.text();
            case BULLET, DESCRIPTION -> p.fill("factListing", "title", title, "text", Templates.trimStop(f.text()));
        };
    }

    /**
     * An attribute's name in the asker's language: the KB's own label in that language, else the built-in
     * dictionary's word for its topic ("WaterResistance" -> "résistance à l'eau"), else the KB's label in its
     * default language, else the key made readable ("item_weight" -> "Item weight"); never the raw key.
     */
    static String attributeLabel(Product product, String key, Phrases p) {
        Localized own = product.labels().get(key);
        if (own != null && (own.has(p.lang) || p.language.isVariant() && own.has(p.language.base()))) {
            return own.in(p.lang);
        }
        String topic = Listings.topicOf(key);
        if (topic == null && own != null) topic = Listings.topicOf(own.in(own.fallbackLang()));
        String word = topic == null ? null : p.find("attr." + topic);
        if (word != null) return word;
        if (own != null) return own.in(p.lang);
        String readable = Listings.humanize(key).toLowerCase(Locale.ROOT);
        return Character.toUpperCase(readable.charAt(0)) + readable.substring(1);
    }

    /** An attribute's value as said: yes/no and colour words in the asker's language, else as the KB writes it. */
    static String attributeValue(String value, Phrases p) {
        Boolean truth = Listings.truth(value);
        if (truth != null) return p.get(truth ? "value.yes" : "value.no");
        String color = Variants.color(value);
        String word = color == null ? null : p.find("color." + color.replace("grey", "gray"));
        return word != null ? word : Templates.trimStop(value);
    }

    /** A label that starts a sentence: "water resistance" -> "Water resistance" (scripts without case unchanged). */
    private static String capitalized(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    /**
     * Products side by side, one sentence each: "Sonaro Air S2 — noise cancelling: no. Sonaro Air Pro 3 — noise
     * cancelling: active, -35 dB." With their prices when no fact differs; "the listing doesn't say" for a product
     * whose listing is silent. No verdict.
     */
    static String comparison(Facts.ProductComparison c, Phrases p) {
        List<String> parts = new ArrayList<>();
        boolean noFacts = c.facts().stream().allMatch(List::isEmpty);
        for (int i = 0; i < c.products().size(); i++) {
            Product product = c.products().get(i);
            String title = Templates.title(product, p);
            List<Listings.Fact> facts = c.facts().get(i);
            if (noFacts) {
                parts.add(p.fill("productPrice", "title", title, "price", priceOf(product, product.variants(), p)));
            } else if (facts.isEmpty()) {
                parts.add(p.fill("compareNotStated", "title", title));
            } else {
                List<String> said = new ArrayList<>();
                if (c.priced()) said.add(priceOf(product, product.variants(), p));
                for (Listings.Fact f : facts) {
                    said.add(f.kind() == Listings.Kind.ATTRIBUTE
                            ? p.fill("compareFact", "label", attributeLabel(product, f.key(), p),
                            "value", attributeValue(f.text(), p))
                            : Templates.trimStop(f.text()));
                }
                parts.add(p.fill("compareItem", "title", title, "facts", String.join(p.get("optionSep"), said)));
            }
        }
        return p.sentences(parts);
    }
}
