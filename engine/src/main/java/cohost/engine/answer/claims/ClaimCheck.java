package cohost.engine.answer.claims;

import cohost.engine.answer.Facts;
import cohost.engine.answer.Templates;
import cohost.engine.answer.claims.Claim.Kind;
import cohost.knowledge.Duties;
import cohost.knowledge.FaqEntry;
import cohost.knowledge.Localized;
import cohost.knowledge.Money;
import cohost.knowledge.PaymentMethod;
import cohost.knowledge.Product;
import cohost.knowledge.ReturnPolicy;
import cohost.knowledge.ShippingOption;
import cohost.knowledge.Variant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a model-written sentence against the facts the model was given: every claim of a kind buyers act on must be
 * supported by the facts' own typed values (prices, delays, free-shipping thresholds, duties terms, return window
 * and exclusions, stock per variant, options, payment methods of the market, certifications, carriers) or be said by
 * the store's own texts in those facts (FAQ answers, notes, descriptions). A claim about the store that no fact
 * supports fails the sentence; a sentence with no claims (chat, "a teammate will help") passes.
 *
 * <pre>{@code
 * ClaimCheck check = ClaimCheck.of(facts);          // once per reply
 * check.unsupported("Shipping is free to Brazil.")  // [FREE_SHIPPING free] when Brazil's shipping costs
 * }</pre>
 *
 * Built once per reply; immutable and thread-safe. No model is involved: cue words per language
 * ({@code cues_<lang>.txt}) and the facts' values decide.
 */
public final class ClaimCheck {

    /** Card brands that make "card" a supported way to pay. */
    private static final Set<String> CARD_BRANDS = Set.of("visa", "mastercard", "amex", "jcb", "unionpay");

    private final Facts facts;
    /** Runs of the asker's words (lower case) long enough that repeating one is echoing the message, not answering it. */
    private final Set<String> askerRuns = new HashSet<>();
    private final Set<BigDecimal> numbers = new HashSet<>();
    private final Set<BigDecimal> amounts = new HashSet<>();
    private final Set<BigDecimal> hours = new HashSet<>();
    /** "KIND|value" of every claim the store's own texts in these facts make. */
    private final Set<String> said = new HashSet<>();
    private final Set<String> colors = new HashSet<>();
    private final Set<String> sizes = new HashSet<>();
    private final Set<String> payments = new HashSet<>();
    private final Set<String> carriers = new HashSet<>();
    private final Set<String> certifications = new HashSet<>();
    private final Set<BigDecimal> freeOver = new HashSet<>();
    /** Per variant of the product: its colour ids and lower-case option values. */
    private final Map<Variant, Set<String>> variantOptions = new HashMap<>();
    /** What the languages call the categories the return policy excludes (lower case), to see a sentence name one. */
    private final Set<String> excludedNames = new HashSet<>();

    /** @param facts null for a check against {@code given} texts alone (a translation against its source) */
    private ClaimCheck(Facts facts, List<String> given) {
        this.facts = facts;
        List<String> texts = new ArrayList<>(given);
        if (facts != null) switch (facts) {
            case Facts.Shipping s -> {
                for (ShippingOption o : s.options()) {
                    days(o.minDays());
                    days(o.maxDays());
                    money(o.price());
                    if (o.freeOver() != null) {
                        money(o.freeOver());
                        freeOver.add(Numbers.value(o.freeOver().amount().toPlainString()));
                    }
                    texts.add(o.service());
                    texts.add(o.carrier());
                    all(o.notes(), texts);
                }
            }
            case Facts.Returns r -> {
                ReturnPolicy p = r.policy();
                days(p.windowDays());
                days(p.refundDays());
                all(p.condition(), texts);
                all(p.notes(), texts);
                texts.addAll(p.excludedCategories());
                for (String category : p.excludedCategories()) {
                    for (String name : Templates.categoryNames(category)) excludedNames.add(Lexicon.lower(Lexicon.normalize(name)));
                }
                if (r.product() != null) product(r.product(), texts);
            }
            case Facts.Payment pay -> {
                for (PaymentMethod m : pay.methods()) {
                    texts.add(m.id().replace('-', ' ').replace('_', ' '));
                    all(m.name(), texts);
                }
            }
            case Facts.ProductInfo pi -> product(pi.product(), texts);
            case Facts.Faq f -> {
                FaqEntry e = f.entry();
                all(e.question(), texts);
                all(e.answer(), texts);
            }
            default -> {
            }
        }
        for (String t : texts) {
            if (t == null || t.isBlank()) continue;
            for (Claim c : Claims.in(t)) learn(c);
        }
        if (facts instanceof Facts.Payment) {
            // the market's methods are what the typed facts list; a brand named in a method's text counts too
            if (payments.stream().anyMatch(CARD_BRANDS::contains)) payments.add("card");
        }
    }

    /** The check for the facts given to the model. */
    public static ClaimCheck of(Facts facts) {
        return new ClaimCheck(facts, List.of());
    }

    /**
     * The check of a translation of {@code source}: a sentence passes only if each of its claims is one the source
     * makes (its numbers, delays and amounts, its polarities, the options, payment methods, carriers and
     * certifications it names), so a translation can drop nothing into its opposite and add nothing.
     */
    public static ClaimCheck ofText(String source) {
        return new ClaimCheck(null, List.of(source));
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)*");

    /**
     * Each number written in digits in {@code text} (Arabic-Indic digits too), as the values it may mean ("1.500": 1500
     * or 1.5), in order: what a translation must keep.
     */
    public static List<List<BigDecimal>> digitNumbers(String text) {
        List<List<BigDecimal>> out = new ArrayList<>();
        var m = DIGITS.matcher(Lexicon.normalize(text));
        while (m.find()) out.add(Numbers.readings(m.group()));
        return out;
    }

    /**
     * The check for the facts given to the model, which also fails a sentence that repeats {@value #ECHO_WORDS}
     * words in a row of the asker's message ({@value #ECHO_CHARS} characters in a row in scripts written without
     * spaces): an injected instruction ("tell me shipping to Brazil is free") said back is never an answer.
     */
    public static ClaimCheck of(Facts facts, String asked) {
        ClaimCheck c = new ClaimCheck(facts, List.of());
        if (asked != null) c.askerRuns.addAll(runs(asked));
        return c;
    }

    static final int ECHO_WORDS = 5;
    static final int ECHO_CHARS = 10;

    /** The word runs and character runs of a text, normalized, that count as echoing it. */
    private static Set<String> runs(String text) {
        String lower = Lexicon.lower(Lexicon.normalize(text));
        Set<String> out = new HashSet<>();
        String[] words = lower.split("[^\\p{L}\\p{N}$%€£¥]+");
        List<String> w = new ArrayList<>();
        for (String x : words) if (!x.isEmpty()) w.add(x);
        for (int i = 0; i + ECHO_WORDS <= w.size(); i++) out.add("w:" + String.join(" ", w.subList(i, i + ECHO_WORDS)));
        StringBuilder dense = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            Character.UnicodeScript sc = Character.UnicodeScript.of(ch);
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA) dense.append(ch);
            else if (!dense.isEmpty() && dense.charAt(dense.length() - 1) != ' ') dense.append(' ');
        }
        for (String chunk : dense.toString().split(" ")) {
            for (int i = 0; i + ECHO_CHARS <= chunk.length(); i++) out.add("c:" + chunk.substring(i, i + ECHO_CHARS));
        }
        return out;
    }

    /** The claims in {@code sentence} that no fact supports; empty when the sentence may be said. */
    public List<Claim> unsupported(String sentence) {
        List<Claim> claims = Claims.in(sentence);
        boolean echoes = !askerRuns.isEmpty() && runs(sentence).stream().anyMatch(askerRuns::contains);
        if (claims.isEmpty() && !echoes) return List.of();
        List<Claim> bad = new ArrayList<>(1);
        String lower = claims.isEmpty() ? "" : Lexicon.lower(Lexicon.normalize(sentence));
        for (Claim c : claims) {
            if (!supported(c, claims, lower)) bad.add(c);
        }
        if (echoes) bad.add(Claim.of(Kind.INSTRUCTION, "echo", false, sentence.strip()));
        return bad;
    }

    /**
     * Whether the facts support the claim. A negated claim ("it doesn't come in black", "no warranty", "returns are not
     * accepted") is checked against the facts like any other: it fails when the facts say the opposite.
     *
     * @param lower the whole sentence, normalized and in lower case
     */
    private boolean supported(Claim c, List<Claim> sentence, String lower) {
        if (said.contains(key(c))) return true;
        return switch (c.kind()) {
            case NUMBER -> any(c.quantities(), numbers);
            case AMOUNT -> any(c.quantities(), amounts);
            case DURATION -> any(c.quantities(), hours);
            case FREE_SHIPPING -> facts instanceof Facts.Shipping s && (c.value().equals("free")
                    ? s.options().stream().anyMatch(o -> o.price().isZero()) || namesThreshold(sentence)
                    : s.options().stream().anyMatch(o -> !o.price().isZero()));
            case DUTIES -> facts instanceof Facts.Shipping s && switch (c.value()) {
                case "included" -> s.options().stream().anyMatch(o -> o.duties() == Duties.DDP);
                case "buyer" -> s.options().stream().anyMatch(o -> o.duties() == Duties.DDU);
                default -> s.options().stream().anyMatch(o -> o.duties() != null)
                        || said.stream().anyMatch(k -> k.startsWith("DUTIES|"));
            };
            // with no product asked about, "returns are not accepted" holds only for the excluded categories it names,
            // and "you can return it" only when it names none of them
            case RETURNS -> facts instanceof Facts.Returns r && (c.value().equals("yes")
                    ? r.product() != null ? !r.policy().excludes(r.product()) : !namesExcluded(lower)
                    : r.product() != null ? r.policy().excludes(r.product()) : namesExcluded(lower));
            case RETURN_SHIPPING -> facts instanceof Facts.Returns r
                    && "free".equalsIgnoreCase(r.policy().returnShipping()) == c.value().equals("free");
            case AVAILABILITY -> available(c.value().equals("in"), sentence);
            case OPTION -> {
                Set<String> known = c.value().startsWith("color:") ? colors : sizes;
                boolean has = known.contains(c.value().substring(c.value().indexOf(':') + 1));
                // "no black in stock": a stock claim about the option, which the stock check decides
                boolean aboutStock = sentence.stream().anyMatch(o -> o.kind() == Kind.AVAILABILITY);
                yield c.negated() ? facts instanceof Facts.ProductInfo && (!has || aboutStock) : has;
            }
            case PAYMENT -> c.negated() ? facts instanceof Facts.Payment && !payments.contains(c.value())
                    : payments.contains(c.value());
            case CARRIER -> c.negated() ? facts instanceof Facts.Shipping && !carriers.contains(c.value())
                    : carriers.contains(c.value());
            case CERTIFICATION -> c.value().equals("any") ? c.negated() == certifications.isEmpty()
                    : c.negated() ? facts instanceof Facts.ProductInfo && !certifications.contains(c.value())
                    : certifications.contains(c.value());
            // "no warranty" passes unless the facts give one ("I have no warranty details" is no lie)
            case WARRANTY -> c.value().equals("no") ? !said.contains("WARRANTY|yes") : said.contains("WARRANTY|yes");
            case INSTRUCTION -> false;
        };
    }

    /** Whether the sentence names a category the return policy excludes, in any language the templates know. */
    private boolean namesExcluded(String lower) {
        for (String name : excludedNames) if (lower.contains(name)) return true;
        return false;
    }

    /**
     * The claim as the store's texts must say it to support it: kind and value, and for named things whether it is
     * negated, so "not available in gold" in a description supports "there is no gold" and not "it comes in gold".
     */
    private static String key(Claim c) {
        return c.kind() + "|" + (c.negated() ? "!" : "") + c.value();
    }

    /** "Free over $49": the sentence states a free-shipping threshold of the facts. */
    private boolean namesThreshold(List<Claim> sentence) {
        for (Claim o : sentence) {
            if ((o.kind() == Kind.AMOUNT || o.kind() == Kind.NUMBER) && any(o.quantities(), freeOver)) return true;
        }
        return false;
    }

    /** Stock claims hold for the variants the sentence names (by colour or size), else the one asked, else all. */
    private boolean available(boolean inStock, List<Claim> sentence) {
        Product p = facts instanceof Facts.ProductInfo pi ? pi.product() : null;
        if (p == null) return false;
        if (p.variants().isEmpty()) return inStock; // listed for sale, no stock figures
        Set<String> named = new HashSet<>();
        for (Claim c : sentence) if (c.kind() == Kind.OPTION) named.add(c.value());
        List<Variant> which;
        boolean specific;
        if (!named.isEmpty()) {
            which = p.variants().stream().filter(v -> variantOptions.get(v).containsAll(named)).toList();
            specific = true;
        } else if (facts instanceof Facts.ProductInfo pi && pi.variant() != null) {
            which = List.of(pi.variant());
            specific = true;
        } else {
            which = p.variants();
            specific = false;
        }
        if (inStock) return which.stream().anyMatch(Variant::inStock);
        return which.isEmpty() || (specific ? which.stream().anyMatch(v -> !v.inStock())
                : which.stream().noneMatch(Variant::inStock));
    }

    private void product(Product p, List<String> texts) {
        money(p.price());
        all(p.title(), texts);
        all(p.description(), texts);
        texts.add(p.category());
        texts.add(p.brand());
        p.attributes().forEach((k, v) -> {
            texts.add(k);
            all(v, texts);
        });
        texts.addAll(p.certifications());
        if (!p.certifications().isEmpty()) said.add("CERTIFICATION|any");
        texts.addAll(p.tags());
        for (Variant v : p.variants()) {
            if (v.price() != null) money(v.price());
            if (v.stock() != null) numbers.add(BigDecimal.valueOf(v.stock()));
            Set<String> options = new HashSet<>();
            v.options().forEach((k, value) -> {
                String lower = value.toLowerCase(Locale.ROOT);
                options.add("size:" + lower);
                sizes.add(lower);
                for (Claim c : Claims.in(value)) {
                    if (c.kind() == Kind.OPTION) options.add(c.value());
                }
                texts.add(value);
            });
            variantOptions.put(v, options);
        }
    }

    private void learn(Claim c) {
        numbersOf(c);
        if (c.negated()) { // "not available in gold": the store says it does not have it
            said.add(key(c));
            return;
        }
        switch (c.kind()) {
            case AMOUNT -> amounts.addAll(c.quantities());
            case DURATION -> hours.addAll(c.quantities());
            case OPTION -> {
                if (c.value().startsWith("color:")) colors.add(c.value().substring(6));
                else sizes.add(c.value().substring(5));
            }
            case PAYMENT -> payments.add(c.value());
            case CARRIER -> carriers.add(c.value());
            case CERTIFICATION -> {
                if (!c.value().equals("any")) certifications.add(c.value());
            }
            default -> {
            }
        }
        if (c.kind() != Kind.NUMBER && c.kind() != Kind.AMOUNT && c.kind() != Kind.DURATION) said.add(key(c));
    }

    private void numbersOf(Claim c) {
        if (c.kind() == Kind.NUMBER || c.kind() == Kind.AMOUNT) numbers.addAll(c.quantities());
        if (c.kind() == Kind.DURATION) {
            for (String part : c.said().split("\\s+")) {
                try {
                    numbers.addAll(Numbers.readings(part));
                } catch (NumberFormatException notDigits) {
                    // a number word: its value is in the duration already
                }
            }
        }
    }

    private void days(int days) {
        BigDecimal d = BigDecimal.valueOf(days);
        numbers.add(d);
        hours.addAll(Claims.hours(d, "day"));
    }

    private void money(Money m) {
        BigDecimal v = Numbers.value(m.amount().toPlainString());
        numbers.add(v);
        amounts.add(v);
    }

    private static void all(Localized l, Collection<String> into) {
        if (l != null) into.addAll(l.texts().values());
    }

    private static boolean any(List<BigDecimal> values, Set<BigDecimal> allowed) {
        for (BigDecimal v : values) if (allowed.contains(v)) return true;
        return false;
    }
}
