package cohost.engine.answer;

import cohost.engine.Understanding;
import cohost.engine.answer.translate.Translator;
import cohost.knowledge.Knowledge;
import cohost.knowledge.Languages;
import cohost.knowledge.Localized;
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
import java.util.Objects;
import java.util.Set;

/**
 * The embedded composer: renders {@link Facts} with the localized templates of {@code templates_<lang>.properties}.
 * Every number it writes comes from a fact; product names, attribute values and FAQ answers come from the KB's own
 * localized texts (falling back to the store's default language, never to a guess). Thread-safe and stateless.
 *
 * <p>Store texts (FAQ answers, return conditions, shipping notes) the KB does not have in the asker's language are
 * said in the model's checked translation when one is ready ({@link Translator#ready}), else in the language the KB
 * has them in, followed by a note in the asker's language ("(in English)"): never silently untranslated.
 */
public final class Templates {

    private final Knowledge knowledge;
    /** The model's checked translations of store texts, or null without a model. */
    private final Translator translator;

    public Templates(Knowledge knowledge) {
        this(knowledge, null);
    }

    /** Templates that say store texts in the translations {@code translator} has ready (null: none). */
    public Templates(Knowledge knowledge, Translator translator) {
        this.knowledge = knowledge;
        this.translator = translator;
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
            String plain = n == null ? "" : plainName(n);
            if (!plain.isBlank()) b.append('@').append(plain.strip().replace(' ', '_')).append(' ');
        }
        return b.toString();
    }

    /**
     * A name as it may appear in a reply (hardening, #13): no control or format characters (bidi overrides), at most
     * 64 characters; the wire already delivers names so, this keeps every other caller to the same rule.
     */
    private static String plainName(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().filter(c -> c == 0x200C || c == 0x200D
                        || Character.getType(c) != Character.CONTROL && Character.getType(c) != Character.FORMAT)
                .limit(64).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private String body(Facts facts, Phrases p) {
        return switch (facts) {
            case Facts.Shipping s -> shipping(s, p);
            case Facts.NoShipping n -> p.fill("noShipping", "countryTo", country(n.country(), "to", p));
            case Facts.AskCountry a -> p.get(a.intent() == cohost.engine.Intent.SHIPPING ? "askShipCountry" : "askCountry");
            case Facts.Returns r -> returns(r, p);
            case Facts.ReturnsAnywhere r -> returnsAnywhere(r, p);
            case Facts.PaymentAnywhere pay -> paymentAnywhere(pay, p);
            case Facts.ShippingAnywhere s -> s.lowestPrice() == null || s.lowestPrice().isZero()
                    ? p.fill("shipAnywhereDays", "min", s.minDays(), "max", s.maxDays())
                    : p.fill("shipAnywhere", "min", s.minDays(), "max", s.maxDays(), "price", money(s.lowestPrice(), p));
            case Facts.Payment pay -> payment(pay, p);
            case Facts.Duties d -> duties(d, p);
            case Facts.DutiesAnywhere d -> dutiesAnywhere(d, p);
            case Facts.Several several -> p.sentences(several.parts().stream().map(part -> body(part, p)).toList());
            case Facts.ProductInfo pi -> ProductReplies.overview(pi, p);
            case Facts.ProductFacts pf -> ProductReplies.facts(pf, p);
            case Facts.ProductComparison c -> ProductReplies.comparison(c, p);
            case Facts.NotInListing n -> p.fill("notInListing", "title", title(n.product(), p));
            case Facts.AskProduct a -> p.get("askProduct");
            case Facts.Faq f -> storeText(f.entry().answer(), p);
            case Facts.OrderStatus o -> o.orderId() == null ? p.get("orderNoId") : p.fill("orderWithId", "order", o.orderId());
            case Facts.Greeting g -> p.get("greeting");
            case Facts.HumanHandoff h -> p.get("handoff");
            case Facts.OutOfScope o -> p.get("outOfScope");
            case Facts.Chatter c -> p.get("chatter");
            case Facts.NoAnswer n -> p.get("noAnswer");
            case Facts.Pinned pin -> pinned(pin, p);
        };
    }

    /**
     * The pinned text as the operator wrote it: in the asker's language (or its written variant, converted), else in
     * the store's language after a short note saying so, never translated.
     */
    private String pinned(Facts.Pinned pin, Phrases p) {
        cohost.knowledge.Localized answer = pin.answer();
        if (answer.has(p.lang) || (p.language.isVariant() && answer.has(p.language.base()))) return answer.in(p.lang);
        String fallback = answer.fallbackLang();
        String written = answer.has(fallback) ? fallback : answer.texts().keySet().iterator().next();
        String language = com.ibm.icu.util.ULocale.forLanguageTag(written).getDisplayLanguage(p.language.locale());
        return p.fill("pinnedNote", "language", language) + p.get("sentenceSep") + answer.in(written);
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
            // the category decides: no window, condition or refund time for something that cannot come back
            return excluded(r.product(), p);
        }
        parts.add(p.fill("returnsWindow", "days", policy.windowDays()));
        if (policy.condition() != null) parts.add(p.fill("returnsCondition", "condition", trimStop(storeText(policy.condition(), p))));
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

    /** At most this many markets are named in a live reply; the rest are counted ("and 12 more"). */
    private static final int MAX_PLACES = 6;
    /** Methods named as examples of those that depend on the country. */
    private static final int MAX_EXAMPLES = 3;

    /**
     * "15 days in most countries; 30 days in the EU, the UK...; 7 days in Brazil. Tell me your country": the default
     * policy and the windows that differ, in one sentence. With a product: whether it can be returned anywhere.
     */
    private String returnsAnywhere(Facts.ReturnsAnywhere r, Phrases p) {
        Product product = r.product();
        List<ReturnPolicy> all = new ArrayList<>();
        if (r.fallback() != null) all.add(r.fallback());
        all.addAll(r.others());
        List<ReturnPolicy> allowing = all.stream().filter(x -> !x.excludes(product)).toList();
        if (allowing.isEmpty()) return excluded(product, p);
        List<String> parts = new ArrayList<>();
        boolean fallbackAllows = r.fallback() != null && !r.fallback().excludes(product);
        if (product != null && !fallbackAllows) {
            // excluded by default, returnable where a market's law or policy says so (e.g. Brazil's 7 days)
            parts.add(p.fill("excludedMost", "product", title(product, p)));
            parts.addAll(windows(allowing, p));
            return String.join(p.get("optionSep"), parts) + p.stop() + sepAfterColon(p) + p.get("tellCountry");
        }
        if (r.fallback() == null) {
            int min = all.stream().mapToInt(ReturnPolicy::windowDays).min().orElseThrow();
            int max = all.stream().mapToInt(ReturnPolicy::windowDays).max().orElseThrow();
            return p.fill("returnsRange", "min", min, "max", max) + sepAfterColon(p) + p.get("tellCountry");
        }
        parts.add(p.fill("returnsMost", "days", r.fallback().windowDays()));
        parts.addAll(windows(r.others().stream().filter(x -> !x.excludes(product)
                && x.windowDays() != r.fallback().windowDays()).toList(), p));
        String text = String.join(p.get("optionSep"), parts) + p.stop();
        List<String> excludedIn = new ArrayList<>();
        if (product != null) r.others().stream().filter(x -> x.excludes(product)).forEach(x -> excludedIn.addAll(x.markets()));
        if (!excludedIn.isEmpty()) {
            text += sepAfterColon(p) + p.fill("excludedIn", "product", title(product, p), "where", places(excludedIn, p));
        }
        return text + sepAfterColon(p) + p.get("tellCountry");
    }

    /**
     * Whether duties to the country are prepaid or paid on delivery, then the notes of its cheapest service, which
     * say what is collected and by whom, and the tax ID customs ask for (CPF, RUT...).
     */
    private String duties(Facts.Duties d, Phrases p) {
        ShippingOption first = d.options().getFirst();
        List<String> parts = new ArrayList<>();
        String to = country(d.country(), "to", p);
        if (first.duties() != null) {
            parts.add(p.fill(first.duties() == cohost.knowledge.Duties.DDP ? "dutiesIncluded" : "dutiesOnDelivery", "countryTo", to));
        }
        String notes = d.options().stream().map(ShippingOption::notes).filter(Objects::nonNull).findFirst()
                .map(n -> storeText(n, p).strip()).orElse(null);
        if (notes != null && !notes.isEmpty()) parts.add(notes);
        if (parts.isEmpty()) return p.fill("noShipping", "countryTo", to);
        return p.sentences(parts);
    }

    /** "Included in the US, the EU...; paid on delivery in Brazil, Canada... Tell me your country." */
    private String dutiesAnywhere(Facts.DutiesAnywhere d, Phrases p) {
        String text;
        if (d.onArrival().isEmpty()) text = p.get("dutiesIncludedEverywhere");
        else if (d.prepaid().isEmpty()) text = p.get("dutiesOnDeliveryEverywhere");
        else text = p.fill("dutiesAnywhere", "prepaid", places(d.prepaid(), p), "onArrival", places(d.onArrival(), p));
        return text + sepAfterColon(p) + p.get("tellCountry");
    }

    /**
     * A store text in the asker's language: the KB's own (a written variant converted from its base), else the
     * model's checked translation if ready, else the KB's text with a note saying its language.
     */
    private String storeText(Localized text, Phrases p) {
        String from = Translator.writtenIn(text, p.lang);
        if (from == null) return text.in(p.lang);
        String original = text.in(from);
        String translated = translator == null ? null : translator.ready(original, from, p.lang);
        if (translated != null) return translated;
        // the note goes after the text's own full stop, if any, so "condition (in English)" reads as one clause
        return original.strip() + (p.get("sentenceSep").isEmpty() ? "" : " ") + p.inLanguage(from);
    }

    /** "No, X can't be returned (beauty tools)." */
    private static String excluded(Product product, Phrases p) {
        return p.fill("excluded", "product", title(product, p), "category", category(product.category(), p));
    }

    /** A product category as the language names it ("category.beauty-tools"), else as the KB writes it. */
    static String category(String slug, Phrases p) {
        if (slug == null) return "";
        String t = p.find("category." + slug.toLowerCase(Locale.ROOT));
        return t != null ? t : slug.replace('-', ' ').replace('_', ' ');
    }

    /**
     * What the templates' languages call a product category ("category.beauty-tools"), and the KB's slug as words,
     * in lower case: how a sentence may name it.
     */
    public static Set<String> categoryNames(String slug) {
        Set<String> names = new LinkedHashSet<>();
        names.add(slug.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT));
        for (String lang : languages()) {
            String t = Phrases.of(lang).find("category." + slug.toLowerCase(Locale.ROOT));
            if (t != null && !t.isBlank()) names.add(t.toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** "30 days in the EU and the UK", one item per window, longest first, markets of equal windows together. */
    private List<String> windows(List<ReturnPolicy> policies, Phrases p) {
        Map<Integer, List<String>> byWindow = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (ReturnPolicy x : policies) {
            if (x.markets().contains("*")) continue;
            byWindow.computeIfAbsent(x.windowDays(), k -> new ArrayList<>()).addAll(x.markets());
        }
        List<String> out = new ArrayList<>();
        byWindow.forEach((days, markets) -> out.add(p.fill("returnsIn", "days", days, "where", places(markets, p))));
        return out;
    }

    /**
     * Payment with no country: "Visa, Mastercard... everywhere; others such as PayPal depend on the country", or
     * where a named method applies ("Pix: in Brazil").
     */
    private String paymentAnywhere(Facts.PaymentAnywhere pay, Phrases p) {
        String everywhere = p.list(pay.everywhere().stream().map(m -> m.name().in(p.lang)).toList());
        if (pay.asked() != null) {
            String name = pay.asked().name().in(p.lang);
            if (pay.asked().markets().contains("*")) return p.fill("payYesEverywhere", "method", name);
            return p.fill("payYesIn", "method", name, "where", places(pay.asked().markets(), p));
        }
        if (pay.unlisted() != null) {
            return pay.everywhere().isEmpty() ? p.fill("payUnlisted", "method", pay.unlisted()) + sepAfterColon(p) + p.get("askCountry")
                    : p.fill("payUnlistedButEverywhere", "method", pay.unlisted(), "methods", everywhere);
        }
        List<String> examples = pay.elsewhere().stream().limit(MAX_EXAMPLES).map(m -> m.name().in(p.lang)).toList();
        if (pay.everywhere().isEmpty()) return p.fill("payDependsOnly", "methods", p.list(examples));
        String text = p.fill("payEverywhere", "methods", everywhere);
        if (!examples.isEmpty()) text += sepAfterColon(p) + p.fill("payDepends", "methods", p.list(examples));
        return text;
    }

    /**
     * Markets as a sentence names them after "in": countries by name ("Brazil", "in der Schweiz"), small store
     * regions by their countries, large ones by their own name; past {@link #MAX_PLACES}, "and N more".
     */
    private String places(List<String> markets, Phrases p) {
        Map<String, Set<String>> regions = knowledge.store().regions();
        List<String> codes = new ArrayList<>();
        for (String m : markets) {
            Set<String> region = regions.get(m);
            if (region != null && region.size() <= 4 && markets.size() + region.size() <= MAX_PLACES + 1) {
                region.forEach(c -> { if (!codes.contains(c)) codes.add(c); });
            } else if (!codes.contains(m)) {
                codes.add(m);
            }
        }
        List<String> names = new ArrayList<>();
        int shown = codes.size() > MAX_PLACES ? MAX_PLACES - 1 : codes.size();
        for (int i = 0; i < shown; i++) {
            String code = codes.get(i);
            boolean region = regions.containsKey(code);
            names.add(region ? regionName(code, p) : country(code, "in", p));
        }
        if (shown < codes.size()) names.add(p.fill("morePlaces", "n", codes.size() - shown));
        return p.list(names);
    }

    /** A store region as a reply names it: "EU", "GCC"; "ANDEAN_SOUTHERN_CONE" reads "Andean Southern Cone". */
    private static String regionName(String code, Phrases p) {
        String r = p.country(code, "in", true);
        if (code.length() <= 4) return r;
        StringBuilder b = new StringBuilder();
        for (String w : code.split("_")) {
            if (w.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return r.replace(code, b.toString());
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
        if (t == null) {
            // a shop writing its colours in its own language ("Noir", "Schwarz"): the asker's word for the colour
            String color = cohost.engine.understand.Variants.color(value);
            if (color != null) t = p.find("color." + color.replace("grey", "gray"));
        }
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
