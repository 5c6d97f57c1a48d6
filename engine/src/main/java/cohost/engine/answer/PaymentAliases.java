package cohost.engine.answer;

import cohost.knowledge.PaymentMethod;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What people type for a payment method when it is not the store's name for it ("COD", "代引き", "페이팔"), from
 * {@code payment-aliases.txt}: concepts with their aliases in the ten languages. A store's method stands for a
 * concept when its id is the concept or one of its names is an alias, so the list works for any store.
 */
public final class PaymentAliases {

    /** Concept -> folded aliases. */
    private static final Map<String, List<String>> CONCEPTS = load();

    private PaymentAliases() {
    }

    /**
     * Every folded word that names {@code m}: its id, its names in every language and their heads before a
     * parenthesis ("klarna" for "Klarna (pay later)"), and the aliases of the concept it stands for.
     */
    public static List<String> namesOf(PaymentMethod m) {
        java.util.Set<String> own = new java.util.LinkedHashSet<>();
        own.add(FactFinder.fold(m.id()));
        for (String n : m.name().texts().values()) {
            String f = FactFinder.fold(n).strip();
            own.add(f);
            int paren = f.indexOf('(') > 0 ? f.indexOf('(') : f.indexOf('（');
            if (paren > 0) own.add(f.substring(0, paren).strip());
            String stem = walletStem(paren > 0 ? f.substring(0, paren).strip() : f);
            if (stem != null) own.add(stem);
        }
        java.util.Set<String> all = new java.util.LinkedHashSet<>(own);
        for (Map.Entry<String, List<String>> c : CONCEPTS.entrySet()) {
            boolean standsFor = own.contains(FactFinder.fold(c.getKey())) || c.getValue().stream().anyMatch(own::contains);
            if (standsFor) all.addAll(c.getValue());
        }
        all.removeIf(String::isBlank);
        return List.copyOf(all);
    }

    /** What CJK and Hangul wallet names end with: "pay" and "payment" in the three scripts. */
    private static final List<String> WALLET_SUFFIXES = java.util.stream.Stream.of("支付", "페이", "ペイ", "払い", "결제",
            "钱包", "錢包").map(FactFinder::fold).toList(); // folded as the names are: Hangul as its letters (jamo)

    /**
     * The brand a CJK or Hangul wallet name starts with, as people say it for short: 토스 for 토스페이, 街口 for
     * 街口支付, 카카오 for 카카오페이; null for a Latin name ("Apple" is no way to pay) or a stem under two characters.
     */
    static String walletStem(String folded) {
        for (String suffix : WALLET_SUFFIXES) {
            if (!folded.endsWith(suffix)) continue;
            String stem = folded.substring(0, folded.length() - suffix.length()).strip();
            boolean cjk = !stem.isEmpty() && stem.codePoints().allMatch(c -> Character.isIdeographic(c)
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA);
            String composed = java.text.Normalizer.normalize(stem, java.text.Normalizer.Form.NFC); // syllables, not jamo
            return cjk && composed.codePointCount(0, composed.length()) >= 2 ? stem : null;
        }
        return null;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (var in = PaymentAliases.class.getResourceAsStream("payment-aliases.txt")) {
            if (in == null) throw new IllegalStateException("missing resource payment-aliases.txt");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                int colon = line.indexOf(':');
                if (colon <= 0) throw new IllegalStateException("payment-aliases.txt: no 'concept:' in " + line);
                List<String> aliases = new ArrayList<>();
                for (String a : line.substring(colon + 1).split(",")) {
                    if (!a.isBlank()) aliases.add(FactFinder.fold(a.strip()));
                }
                out.put(line.substring(0, colon).strip(), List.copyOf(aliases));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
