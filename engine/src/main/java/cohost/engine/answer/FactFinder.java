package cohost.engine.answer;

import cohost.engine.Intent;
import cohost.engine.Understanding;
import cohost.knowledge.FaqEntry;
import cohost.knowledge.Knowledge;
import cohost.knowledge.PaymentMethod;
import cohost.knowledge.Product;
import cohost.knowledge.SearchHit;
import cohost.knowledge.ShippingOption;
import cohost.knowledge.Variant;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
    private static final List<String> KNOWN_METHODS = List.of("PayPal", "Visa", "Mastercard", "American Express",
            "Amex", "Apple Pay", "Google Pay", "Pix", "Boleto", "Mercado Pago", "OXXO", "Klarna", "iDEAL", "SEPA",
            "Bancontact", "Alipay", "WeChat Pay", "UnionPay", "GoPay", "OVO", "DANA", "ShopeePay", "PayPay",
            "Konbini", "KakaoPay", "Naver Pay", "Toss", "Mada", "STC Pay", "Bitcoin", "Crypto");

    private final Knowledge knowledge;

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
        return switch (u.intent()) {
            case SHIPPING -> shipping(country, text, u.lang());
            case RETURNS -> country == null ? new Facts.AskCountry(Intent.RETURNS)
                    : knowledge.returnPolicyFor(country).<Facts>map(p -> new Facts.Returns(country, p, product))
                    .orElseGet(() -> faqOr(text, u.lang(), Intent.RETURNS, new Facts.NoAnswer(Intent.RETURNS)));
            case PAYMENT -> payment(country, text);
            case PRODUCT -> product != null ? productInfo(product, u)
                    : u.unlistedProduct() ? unlisted(text, u.lang())
                    : faqOr(text, u.lang(), Intent.PRODUCT, new Facts.AskProduct());
            case ORDER_STATUS -> new Facts.OrderStatus(u.slots().orderId());
            case GREETING -> new Facts.Greeting();
            case HANDOFF -> new Facts.HumanHandoff();
            case OUT_OF_SCOPE -> faqOr(text, u.lang(), Intent.OUT_OF_SCOPE, new Facts.OutOfScope());
            case CHATTER -> new Facts.Chatter();
        };
    }

    private Facts shipping(String country, String text, String lang) {
        if (country == null) return faqOr(text, lang, Intent.SHIPPING, new Facts.AskCountry(Intent.SHIPPING));
        List<ShippingOption> options = knowledge.shippingTo(country);
        return options.isEmpty() ? new Facts.NoShipping(country) : new Facts.Shipping(country, options);
    }

    private Facts payment(String country, String text) {
        if (country == null) return new Facts.AskCountry(Intent.PAYMENT);
        List<PaymentMethod> methods = knowledge.paymentMethodsFor(country);
        if (methods.isEmpty()) return new Facts.NoAnswer(Intent.PAYMENT);
        String folded = fold(text);
        for (PaymentMethod m : methods) {
            if (mentions(folded, m.id()) || m.name().texts().values().stream().anyMatch(n -> mentions(folded, n))) {
                return new Facts.Payment(country, methods, m.id(), true);
            }
        }
        for (String known : KNOWN_METHODS) {
            if (mentions(folded, known)) return new Facts.Payment(country, methods, known, false);
        }
        return new Facts.Payment(country, methods, null, false);
    }

    private static Facts productInfo(Product product, Understanding u) {
        var wanted = u.slots().options();
        // the shop's own option names and values: "taille L" finds Taille=L, "黑色" finds Couleur=Noir
        Variant variant = wanted.isEmpty() ? null : cohost.engine.understand.Variants.best(product, wanted);
        return new Facts.ProductInfo(product, wanted, variant);
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
     * question's significant words (or CJK character pairs) appear in the FAQ entry's question; more than half when
     * {@code strict}.
     */
    Optional<FaqEntry> faqFor(String text, String lang, boolean strict) {
        if (text == null || text.isBlank()) return Optional.empty();
        List<SearchHit> hits = knowledge.search(text, lang, 3, "faq");
        Set<String> asked = terms(text);
        if (asked.isEmpty()) return Optional.empty();
        for (SearchHit hit : hits) {
            Optional<FaqEntry> entry = knowledge.faq(hit.id());
            if (entry.isEmpty()) continue;
            Set<String> known = new HashSet<>();
            entry.get().question().texts().values().forEach(q -> known.addAll(terms(q)));
            long shared = asked.stream().filter(known::contains).count();
            if (strict ? shared * 2 > asked.size() : shared * 2 >= asked.size()) return entry;
        }
        return Optional.empty();
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
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** Whether the folded text names {@code name} as a whole word; CJK and Hangul names match anywhere. */
    private static boolean mentions(String foldedText, String name) {
        String n = fold(name);
        if (n.codePoints().anyMatch(c -> c >= 0x2E80 && Character.isLetterOrDigit(c))) return foldedText.contains(n);
        int at = foldedText.indexOf(n);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(foldedText.charAt(at - 1));
            int end = at + n.length();
            boolean endOk = end == foldedText.length() || !Character.isLetterOrDigit(foldedText.charAt(end));
            if (startOk && endOk) return true;
            at = foldedText.indexOf(n, at + 1);
        }
        return false;
    }
}
