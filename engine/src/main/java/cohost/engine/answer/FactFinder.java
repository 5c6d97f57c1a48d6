package cohost.engine.answer;

import cohost.engine.Intent;
import cohost.engine.Topic;
import cohost.engine.Understanding;
import cohost.knowledge.FaqEntry;
import cohost.knowledge.Knowledge;
import cohost.knowledge.Listings;
import cohost.knowledge.PaymentMethod;
import cohost.knowledge.Product;
import cohost.knowledge.ReturnPolicy;
import cohost.knowledge.SearchHit;
import cohost.knowledge.ShippingOption;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Looks up the facts that answer one understood question. The destination country is the one asked about, else the
 * asker's declared country, else we ask for it. When the KB has nothing, the result says so ({@link Facts.NoAnswer}).
 */
public final class FactFinder {

    /**
     * Payment methods people ask for by name. A method the KB lists for the country answers "yes"; one of these that
     * it does not list answers "no, but you can pay with ...".
     */
    public static final List<String> KNOWN_METHODS = List.of("PayPal", "Visa", "Mastercard", "American Express",
            "Amex", "Apple Pay", "Google Pay", "Pix", "Boleto", "Mercado Pago", "OXXO", "Klarna", "iDEAL", "SEPA",
            "Bancontact", "Alipay", "WeChat Pay", "UnionPay", "GoPay", "OVO", "DANA", "ShopeePay", "PayPay",
            "Konbini", "KakaoPay", "Naver Pay", "Toss", "Mada", "STC Pay", "Bitcoin", "Crypto",
            // wallets and transfers people name in their own market, which a store may not take (none of them a word)
            "Bizum", "Nequi", "Daviplata", "Yape", "Venmo", "Zelle", "Cash App", "MB WAY", "MBWay", "Multibanco", "PicPay",
            "SPEI", "Sofort", "Giropay", "Twint", "Satispay", "Paysafecard", "Sezzle", "Atome", "Kredivo", "Akulaku",
            "LinkAja", "LINE Pay", "Rakuten Pay", "au PAY", "d払い", "Samsung Pay", "Payco", "토스페이",
            "JKOPay", "街口支付", "花呗", "花唄", "Fawry", "InstaPay", "Vodafone Cash", "فودافون كاش", "KNET",
            "USDT");

    private final Knowledge knowledge;
    private volatile PaymentNames paymentNames;

    private record PaymentNames(String version, Map<String, List<String>> byId) {
    }

    public FactFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * @param text           the message as typed or transcribed (for FAQ search and payment method names)
     * @param speakerCountry the asker's declared country, or null
     */
    public Facts find(Understanding u, String text, String speakerCountry) {
        String country = u.slots().country() != null ? u.slots().country() : speakerCountry;
        Product product = u.slots().sku() == null ? null : knowledge.product(u.slots().sku()).orElse(null);
        if (!u.topics().isEmpty()) {
            List<Facts> parts = new ArrayList<>();
            for (Topic topic : u.topics()) {
                Facts f = switch (topic) {
                    case SHIPPING -> shipping(country, text, u.lang(), u.topics().size() == 1);
                    case DUTIES -> duties(country);
                    case RETURNS -> returns(country, product, text, u.lang());
                    case PAYMENT -> payment(country, text, u.lang());
                };
                if (!parts.contains(f)) parts.add(f);
            }
            // one "which country?" is enough, and a part that answers beats a question
            if (parts.size() > 1) parts.removeIf(f -> f instanceof Facts.AskCountry);
            return parts.size() == 1 ? parts.getFirst() : new Facts.Several(parts, u.intent());
        }
        Facts support = supportFaq(u, product, text);
        if (support != null) return support;
        return switch (u.intent()) {
            case SHIPPING -> shipping(country, text, u.lang(), true);
            case RETURNS -> returns(country, product, text, u.lang());
            case PAYMENT -> payment(country, text, u.lang());
            case PRODUCT -> product != null ? productInfo(product, u, text)
                    : u.unlistedProduct() ? unlisted(text, u.lang())
                    : faqOr(text, u.lang(), Intent.PRODUCT, new Facts.AskProduct());
            case ORDER_STATUS -> new Facts.OrderStatus(u.slots().orderId());
            case GREETING -> new Facts.Greeting();
            // a question nothing else knew: the FAQ's answer, else "I don't have that, a teammate can help"
            case HANDOFF -> u.confidence() <= Understanding.UNKNOWN_QUESTION
                    ? faqOr(text, u.lang(), Intent.HANDOFF, new Facts.NoAnswer(Intent.HANDOFF)) : new Facts.HumanHandoff();
            case OUT_OF_SCOPE -> faqOr(text, u.lang(), Intent.OUT_OF_SCOPE, new Facts.OutOfScope());
            case CHATTER -> new Facts.Chatter();
            // a follow-up to a pinned answer: pinned again only if it names a keyword itself
            case PINNED -> knowledge.rules().pinned(text, speakerCountry)
                    .<Facts>map(pin -> new Facts.Pinned(Intent.PINNED, pin.id(), pin.answer())).orElseGet(Facts.OutOfScope::new);
        };
    }

    private Facts returns(String country, Product product, String text, String lang) {
        return country == null ? returnsAnywhere(product)
                : knowledge.returnPolicyFor(country).<Facts>map(p -> new Facts.Returns(country, p, product))
                .orElseGet(() -> faqOr(text, lang, Intent.RETURNS, new Facts.NoAnswer(Intent.RETURNS)));
    }

    /**
     * Duties for the country from its shipping rules (prepaid or on delivery, and their notes); with no country, the
     * markets on each side. A country the store does not ship to has no duties to state.
     */
    private Facts duties(String country) {
        if (country != null) {
            List<ShippingOption> options = knowledge.shippingTo(country);
            return options.isEmpty() ? new Facts.NoShipping(country) : new Facts.Duties(country, options);
        }
        List<String> prepaid = new ArrayList<>(), onArrival = new ArrayList<>(), ids = new ArrayList<>();
        for (ShippingOption o : knowledge.shippingOptions()) {
            if (o.duties() == null) continue;
            List<String> side = o.duties() == cohost.knowledge.Duties.DDP ? prepaid : onArrival;
            boolean added = false;
            for (String d : o.destinations()) {
                if (!side.contains(d)) {
                    side.add(d);
                    added = true;
                }
            }
            if (added) ids.add(o.id());
        }
        if (prepaid.isEmpty() && onArrival.isEmpty()) return new Facts.AskCountry(Intent.SHIPPING);
        return new Facts.DutiesAnywhere(prepaid, onArrival, ids);
    }

    /** @param faqFirst whether a matching FAQ entry answers a question with no country (not when it is one of several) */
    private Facts shipping(String country, String text, String lang, boolean faqFirst) {
        if (country == null) return faqFirst ? faqOr(text, lang, Intent.SHIPPING, shippingAnywhere()) : shippingAnywhere();
        List<ShippingOption> options = knowledge.shippingTo(country);
        return options.isEmpty() ? new Facts.NoShipping(country) : new Facts.Shipping(country, options);
    }

    /** The range of days and the lowest price over every service, or "which country?" when the store lists none. */
    private Facts shippingAnywhere() {
        List<ShippingOption> all = knowledge.shippingOptions();
        if (all.isEmpty()) return new Facts.AskCountry(Intent.SHIPPING);
        ShippingOption fastest = all.stream().min(Comparator.comparingInt(ShippingOption::minDays)).orElseThrow();
        ShippingOption slowest = all.stream().max(Comparator.comparingInt(ShippingOption::maxDays)).orElseThrow();
        // prices in one currency compare; a store quoting several currencies gets no "from" price
        boolean oneCurrency = all.stream().map(o -> o.price().currency()).distinct().count() == 1;
        ShippingOption cheapest = oneCurrency
                ? all.stream().min(Comparator.comparing(o -> o.price().amount())).orElseThrow() : null;
        Set<String> ids = new LinkedHashSet<>(List.of(fastest.id(), slowest.id()));
        if (cheapest != null) ids.add(cheapest.id());
        return new Facts.ShippingAnywhere(fastest.minDays(), slowest.maxDays(),
                cheapest == null ? null : cheapest.price(), List.copyOf(ids));
    }

    /**
     * Returns with no country: the default policy and the markets whose policy differs, or "which country?" when the
     * store lists no policy at all.
     */
    private Facts returnsAnywhere(Product product) {
        List<ReturnPolicy> all = knowledge.returnPolicies();
        if (all.isEmpty()) return new Facts.AskCountry(Intent.RETURNS);
        ReturnPolicy fallback = all.stream().filter(p -> p.markets().contains("*")).findFirst().orElse(null);
        List<ReturnPolicy> others = all.stream().filter(p -> p != fallback).toList();
        return new Facts.ReturnsAnywhere(fallback, others, product);
    }

    /** @param lang the asker's language: a method named in a "no" is named as the store names it in that language */
    private Facts payment(String country, String text, String lang) {
        String folded = fold(text);
        if (country == null) return paymentAnywhere(folded);
        List<PaymentMethod> methods = knowledge.paymentMethodsFor(country);
        if (methods.isEmpty()) return new Facts.NoAnswer(Intent.PAYMENT);
        for (PaymentMethod m : methods) {
            if (named(folded, m)) return new Facts.Payment(country, methods, m.id(), true);
        }
        for (PaymentMethod m : knowledge.paymentMethods()) {
            // a method the store takes elsewhere: "no" here, in the store's own words for it
            // by its name without the store's gloss: "Klarna", not "Klarna (pay later or in 3 instalments)", whose
            // figures belong to a method this asker cannot use
            if (named(folded, m)) return new Facts.Payment(country, methods, bareName(m.name().in(lang)), false);
        }
        for (String known : KNOWN_METHODS) {
            if (mentionsFolded(folded, fold(known))) return new Facts.Payment(country, methods, known, false);
        }
        return new Facts.Payment(country, methods, null, false);
    }

    /** A payment method's name without what the store adds in brackets: "Klarna (pay later)" is "Klarna". */
    static String bareName(String name) {
        String bare = name.replaceAll("\\s*[(（].*$", "").strip();
        return bare.isEmpty() ? name : bare;
    }

    /** Payment with no country: the methods taken everywhere, the ones that depend on the market, or a named one. */
    private Facts paymentAnywhere(String folded) {
        List<PaymentMethod> all = knowledge.paymentMethods();
        if (all.isEmpty()) return new Facts.AskCountry(Intent.PAYMENT);
        List<PaymentMethod> everywhere = all.stream().filter(m -> m.markets().contains("*")).toList();
        List<PaymentMethod> elsewhere = all.stream().filter(m -> !m.markets().contains("*"))
                .sorted(Comparator.comparingInt((PaymentMethod m) -> -countries(m.markets()))).toList();
        for (PaymentMethod m : all) {
            if (named(folded, m)) return new Facts.PaymentAnywhere(everywhere, elsewhere, m, null);
        }
        for (String known : KNOWN_METHODS) {
            if (mentionsFolded(folded, fold(known))) return new Facts.PaymentAnywhere(everywhere, elsewhere, null, known);
        }
        return new Facts.PaymentAnywhere(everywhere, elsewhere, null, null);
    }

    /** How many countries a list of markets covers (a region counts its countries), for "most widely offered". */
    private int countries(List<String> markets) {
        int n = 0;
        for (String m : markets) {
            java.util.Set<String> region = knowledge.store().regions().get(m);
            n += region != null ? region.size() : 1;
        }
        return n;
    }

    /**
     * Whether the text names the method: by id, by any of its names (or a name's head before a parenthesis,
     * "Klarna" for "Klarna (pay later)"), or by what people call it ({@link PaymentAliases}: "COD", "代引き").
     */
    private boolean named(String folded, PaymentMethod m) {
        List<String> names = paymentNames().get(m.id());
        if (names == null) names = PaymentAliases.namesOf(m); // a Knowledge that lists methods only per country
        for (String n : names) {
            if (mentionsFolded(folded, n)) return true;
        }
        return false;
    }

    /** The folded names of every payment method by id, computed once per KB version (a reload changes them). */
    private Map<String, List<String>> paymentNames() {
        PaymentNames names = paymentNames;
        if (names == null || !names.version().equals(knowledge.version())) {
            Map<String, List<String>> byId = new HashMap<>();
            knowledge.paymentMethods().forEach(m -> byId.put(m.id(), PaymentAliases.namesOf(m)));
            names = new PaymentNames(knowledge.version(), Map.copyOf(byId));
            paymentNames = names;
        }
        return names.byId();
    }

    /**
     * A question about one product: the asked variant ("in black?"), else what its listing says in answer (an
     * attribute, a bullet, a sentence), else its price/stock/variants when those are asked, else that the listing
     * does not say.
     */
    private Facts productInfo(Product product, Understanding u, String text) {
        if (!u.slots().compared().isEmpty()) {
            List<Product> products = new java.util.ArrayList<>(List.of(product));
            u.slots().compared().forEach(sku -> knowledge.product(sku).ifPresent(products::add));
            if (products.size() > 1) return ProductComparisons.compare(knowledge, products, text, u.lang());
        }
        var wanted = u.slots().options();
        if (!wanted.isEmpty() && Templates.optionNames(product).isEmpty()) {
            // "too small for a 42-inch kid?" of a product that comes in one version: its listing may answer it
            Listings.Answer a = knowledge.listing(product, text, u.lang());
            if (a.outcome() == Listings.Outcome.FACTS) return new Facts.ProductFacts(product, a.facts(), a.affirmed());
        }
        if (!wanted.isEmpty()) {
            // the shop's own option names and values: "taille L" finds Taille=L, "黑色" finds Couleur=Noir
            return new Facts.ProductInfo(product, wanted, cohost.engine.understand.Variants.best(product, wanted));
        }
        Listings.Answer a = knowledge.listing(product, text, u.lang());
        return switch (a.outcome()) {
            case OVERVIEW -> new Facts.ProductInfo(product, wanted, null);
            case FACTS -> new Facts.ProductFacts(product, a.facts(), a.affirmed(), a.priced());
            case NOT_STATED -> new Facts.NotInListing(product);
        };
    }

    /**
     * The FAQ entry for a support topic the message names ({@link FaqConcepts}: tracking, authenticity, warranty,
     * gift wrap, damaged on arrival...), which the store's structured facts do not answer; null when it names none,
     * or when the message is about something facts answer better: a product on screen or named, an order number, a
     * payment method by name, a greeting or chatter.
     */
    private Facts supportFaq(Understanding u, Product product, String text) {
        switch (u.intent()) {
            case GREETING, CHATTER -> { return null; }
            case PRODUCT -> { }
            case ORDER_STATUS -> { if (u.slots().orderId() != null) return null; }
            case PAYMENT -> {
                String folded = fold(text);
                if (knowledge.paymentMethods().stream().anyMatch(m -> named(folded, m))) return null;
            }
            default -> { }
        }
        List<FaqConcepts.Concept> topics = FaqConcepts.in(text);
        // a product's own listing answers "is it genuine?", "which size?" about that product; gift wrap it does not
        if (product != null) topics = topics.stream().filter(c -> c.intent() != Intent.PRODUCT).toList();
        if (topics.isEmpty()) return null;
        List<FaqEntry> candidates = new ArrayList<>();
        int best = 0;
        for (FaqEntry e : knowledge.faqs()) {
            int n = (int) topics.stream().filter(c -> c.answeredBy(e)).count();
            if (n > best) {
                best = n;
                candidates.clear();
            }
            if (n == best && n > 0) candidates.add(e);
        }
        if (candidates.isEmpty()) return null;
        FaqEntry chosen = candidates.getFirst();
        if (candidates.size() > 1) {
            // several entries share the topic ("warranty", "warranty-claim"): the one search ranks first
            for (SearchHit hit : knowledge.search(text, u.lang(), 10, "faq")) {
                FaqEntry e = candidates.stream().filter(c -> c.id().equals(hit.id())).findFirst().orElse(null);
                if (e != null) {
                    chosen = e;
                    break;
                }
            }
        }
        return new Facts.Faq(u.intent(), chosen);
    }

    /** The store's FAQ answer when one clearly matches the question, else {@code otherwise}. */
    private Facts faqOr(String text, String lang, Intent intent, Facts otherwise) {
        return faqFor(text, lang, false).<Facts>map(e -> new Facts.Faq(intent, e)).orElse(otherwise);
    }

    /**
     * Something to buy that the catalog does not hold: an FAQ answers it only when it shares most of its words ("do
     * you sell gift cards?"), since "Vocês vendem pneus?" shares half its words with "Vocês vendem no atacado?" and
     * is no wholesale question. Else the store has no answer and a human takes over.
     */
    private Facts unlisted(String text, String lang) {
        return faqFor(text, lang, true).<Facts>map(e -> new Facts.Faq(Intent.PRODUCT, e))
                .orElseGet(() -> new Facts.NoAnswer(Intent.PRODUCT));
    }

    /**
     * BM25 always returns something for a query with a common word, so a hit counts only when at least half of the
     * question's significant words (or CJK character pairs) appear in the FAQ entry's question, and at least two when
     * two or more were asked; more than half when {@code strict}.
     */
    Optional<FaqEntry> faqFor(String text, String lang, boolean strict) {
        if (text == null || text.isBlank()) return Optional.empty();
        FaqTerms faq = faqTerms();
        Set<String> asked = terms(text);
        // words that frame the question ("vocês fazem ...?", "do you have ...?") say nothing of what it asks
        asked.removeIf(w -> faq.common(w) || cohost.engine.understand.Backchannel.framing(w));
        if (asked.isEmpty()) return Optional.empty();
        List<SearchHit> hits = knowledge.search(text, lang, 3, "faq");
        for (SearchHit hit : hits) {
            Optional<FaqEntry> entry = knowledge.faq(hit.id());
            if (entry.isEmpty()) continue;
            Set<String> known = faq.byId().getOrDefault(hit.id(), Set.of());
            long shared = asked.stream().filter(known::contains).count();
            // and two of them when two or more were asked: "can you do a custom size?" shares only "custom" with
            // "will I pay customs?", which is half of its two words and no answer
            if (shared < Math.min(2, asked.size())) continue;
            if (strict ? shared * 2 > asked.size() : shared * 2 >= asked.size()) return entry;
        }
        return Optional.empty();
    }

    /**
     * The terms of every FAQ entry's questions (all its languages) by id, and how many entries hold each term, for a
     * KB version: a term that a quarter of the entries hold ("vous", "voces", "have", "your", "您", "ですか") is how
     * questions are put, not what they ask, and shares nothing: "vous faites de la gravure ?" is no privacy question
     * for sharing "vous faites" with "vous faites quoi de mes données ?".
     */
    private record FaqTerms(String version, Map<String, Set<String>> byId, Map<String, Integer> entriesWith) {
        boolean common(String term) {
            return entriesWith.getOrDefault(term, 0) * 4 > byId.size() && byId.size() >= 4;
        }
    }

    private volatile FaqTerms faqTerms;

    private FaqTerms faqTerms() {
        FaqTerms t = faqTerms;
        if (t == null || !t.version().equals(knowledge.version())) {
            Map<String, Set<String>> byId = new HashMap<>();
            Map<String, Integer> entriesWith = new HashMap<>();
            for (FaqEntry e : knowledge.faqs()) {
                Set<String> known = new HashSet<>();
                e.question().texts().values().forEach(q -> known.addAll(terms(q)));
                byId.put(e.id(), Set.copyOf(known));
                known.forEach(term -> entriesWith.merge(term, 1, Integer::sum));
            }
            t = new FaqTerms(knowledge.version(), Map.copyOf(byId), Map.copyOf(entriesWith));
            faqTerms = t;
        }
        return t;
    }

    /** Words of four letters or more (stems cut to six), and pairs of CJK/Hangul characters. */
    static Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        String folded = fold(text);
        StringBuilder word = new StringBuilder();
        int prevIdeo = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            boolean ideo = Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA;
            if (ideo) {
                if (prevIdeo >= 0) out.add(new String(Character.toChars(prevIdeo)) + new String(Character.toChars(cp)));
                prevIdeo = cp;
                flush(word, out);
            } else {
                prevIdeo = -1;
                if (Character.isLetterOrDigit(cp)) word.appendCodePoint(cp);
                else flush(word, out);
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, Set<String> out) {
        if (word.length() >= 4) out.add(word.length() > 6 ? word.substring(0, 6) : word.toString());
        word.setLength(0);
    }

    /** Lower case without accents, so "PIX", "pix" and "píx" compare equal. */
    public static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** Whether the folded text names {@code name} as a whole word; CJK and Hangul names match anywhere. */
    public static boolean mentions(String foldedText, String name) {
        return mentionsFolded(foldedText, fold(name));
    }

    /** {@link #mentions} for a name already folded (the hot path: names are folded once, when a KB loads). */
    public static boolean mentionsFolded(String foldedText, String n) {
        int at = foldedText.indexOf(n);
        if (at < 0 || n.isEmpty()) return false; // the usual case, decided without looking at scripts
        // CJK, kana and Hangul (whose syllables NFD folding splits into jamo) are written without spaces
        if (n.codePoints().anyMatch(c -> (c >= 0x2E80 || (c >= 0x1100 && c <= 0x11FF)) && Character.isLetterOrDigit(c))) return true;
        // a Latin name glued to CJK text is still a word of its own: "能用grabpay吗", "paypayで払える"
        while (at >= 0) {
            boolean startOk = at == 0 || !wordChar(foldedText.charAt(at - 1));
            int end = at + n.length();
            boolean endOk = end == foldedText.length() || !wordChar(foldedText.charAt(end));
            if (startOk && endOk) return true;
            at = foldedText.indexOf(n, at + 1);
        }
        return false;
    }

    /** A letter or digit that continues a word of a spaced script (not Han, kana or Hangul). */
    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) && !(c >= 0x2E80 || (c >= 0x1100 && c <= 0x11FF));
    }
}
