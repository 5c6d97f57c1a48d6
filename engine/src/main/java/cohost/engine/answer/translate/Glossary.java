package cohost.engine.answer.translate;

import cohost.knowledge.Knowledge;
import cohost.knowledge.Localized;
import cohost.knowledge.PaymentMethod;
import cohost.knowledge.Product;
import cohost.knowledge.ShippingOption;
import cohost.knowledge.Variant;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a translation of a store text must keep exactly: product names (in any of the KB's languages, the
 * target language's preferred), SKUs, brands, carriers, payment brands, the store's name, and currency codes.
 * Built once per KB version from the KB's own values; immutable.
 *
 * @param kbVersion the KB version it was built from
 * @param terms     every term, each with the forms that count as keeping it
 */
record Glossary(String kbVersion, List<Term> terms) {

    /**
     * One name to keep.
     *
     * @param forms the ways of writing it that keep it (a product title in each language the KB gives)
     * @param title the product title it comes from, or null
     */
    record Term(Set<String> forms, Localized title) {
        /** How a translation into {@code lang} should write it. */
        String preferred(String lang, String found) {
            return title == null ? found : title.in(lang);
        }
    }

    /** A term found in a text, as written there. */
    record Match(Term term, String found) {
    }

    /** The terms one source text contains. */
    record Found(List<Match> matches) {
        /** The names to keep, as a translation into {@code lang} should write them (for the model's prompt). */
        Set<String> keep(String lang) {
            Set<String> out = new LinkedHashSet<>();
            for (Match m : matches) out.add(m.term().preferred(lang, m.found()));
            return out;
        }
    }

    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])");
    private static final Set<String> CURRENCIES = currencies();

    static Glossary of(Knowledge kb, String version) {
        Map<String, Term> byForm = new LinkedHashMap<>();
        for (Product p : kb.products()) {
            Term title = new Term(Set.copyOf(p.title().texts().values()), p.title());
            for (String t : title.forms()) byForm.putIfAbsent(t, title);
            name(p.sku(), byForm);
            name(p.brand(), byForm);
            for (Variant v : p.variants()) name(v.sku(), byForm);
        }
        for (ShippingOption o : kb.shippingOptions()) name(o.carrier(), byForm);
        for (PaymentMethod m : kb.paymentMethods()) {
            // a name the KB gives in one form only is a brand ("PayPal", "Pix"); "credit card" in ten languages is not
            if (m.name().texts().size() == 1) name(m.name().in(m.name().fallbackLang()), byForm);
        }
        name(kb.store().name(), byForm);
        List<Term> terms = new ArrayList<>(new LinkedHashSet<>(byForm.values()));
        return new Glossary(version, List.copyOf(terms));
    }

    private static void name(String name, Map<String, Term> into) {
        if (name == null || name.strip().length() < 2) return;
        into.putIfAbsent(name.strip(), new Term(Set.of(name.strip()), null));
    }

    /** The terms {@code text} contains, and its currency codes. */
    Found in(String text) {
        List<Match> out = new ArrayList<>();
        for (Term t : terms) {
            for (String form : t.forms()) {
                if (contains(text, form)) {
                    out.add(new Match(t, form));
                    break;
                }
            }
        }
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            if (CURRENCIES.contains(m.group())) out.add(new Match(new Term(Set.of(m.group()), null), m.group()));
        }
        return new Found(List.copyOf(out));
    }

    /**
     * Whether {@code text} contains {@code term} as a whole name: a Latin letter or digit right before or after it
     * makes it part of another word ("Pix" in "Pixel"); scripts without spaces have no such boundary.
     */
    static boolean contains(String text, String term) {
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
            int end = i + term.length();
            boolean before = i > 0 && asciiWord(text.charAt(i - 1)) && asciiWord(term.charAt(0));
            boolean after = end < text.length() && asciiWord(text.charAt(end)) && asciiWord(term.charAt(term.length() - 1));
            if (!before && !after) return true;
        }
        return false;
    }

    private static boolean asciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static Set<String> currencies() {
        Set<String> codes = new java.util.HashSet<>();
        for (Currency c : Currency.getAvailableCurrencies()) codes.add(c.getCurrencyCode());
        return Set.copyOf(codes);
    }
}
