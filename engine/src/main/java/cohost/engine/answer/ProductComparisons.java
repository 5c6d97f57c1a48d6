package cohost.engine.answer;

import cohost.knowledge.Knowledge;
import cohost.knowledge.Listings;
import cohost.knowledge.Localized;
import cohost.knowledge.Product;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Picks what to put side by side when products are compared: what the question asks about, from each product's
 * own listing ("which has better noise cancelling?": each one's noise-cancelling fact); or, when it asks about
 * nothing in particular ("S2 vs Pro 3?"), the attributes both have (by key or by topic) whose values differ, up to
 * a few, and their prices when they differ. Never a verdict: the facts say it.
 */
final class ProductComparisons {
    /** At most this many differing attributes in a general comparison. */
    private static final int MAX_ROWS = 4;

    private ProductComparisons() {
    }

    static Facts.ProductComparison compare(Knowledge knowledge, List<Product> products, String text, String lang) {
        List<List<Listings.Fact>> asked = new ArrayList<>();
        boolean any = false;
        String question = withoutNames(products, text);
        boolean priced = Listings.topics(question).contains("price");
        for (Product p : products) {
            Listings.Answer a = knowledge.listing(p, question, lang);
            boolean specific = a.outcome() == Listings.Outcome.FACTS && (a.topical() || a.whole())
                    || a.outcome() == Listings.Outcome.NOT_STATED && a.topical();
            any |= specific && a.outcome() == Listings.Outcome.FACTS;
            asked.add(specific ? a.facts().subList(0, Math.min(1, a.facts().size())) : null);
        }
        if (any && asked.stream().allMatch(Objects::nonNull)) return new Facts.ProductComparison(products, asked, priced);
        return new Facts.ProductComparison(products, differing(products, lang), priced);
    }

    /**
     * The question without the words of the compared products' names: each product's listing is ranked against
     * what is asked, and the other's name is no part of that ("cuál pesa menos, la Mag 5000 o la Mag 10000?": the
     * 10000's description mentions the Mag 5000). A number glued to a unit is dropped with the name it belongs
     * to ("the 20000mAh one" of the PowerCore 20000).
     */
    static String withoutNames(List<Product> products, String text) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Product p : products) {
            for (String t : p.title().texts().values()) names.addAll(words(t));
            if (p.brand() != null) names.addAll(words(p.brand()));
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) || isCjk(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetterOrDigit(text.charAt(j)) && !isCjk(text.charAt(j))) j++;
            String word = text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
            int digits = 0;
            while (digits < word.length() && Character.isDigit(word.charAt(digits))) digits++;
            // a title word that says what is asked ("noise", "batería") stays: it is the question
            boolean name = names.contains(word) && Listings.topics(word).isEmpty() || digits > 0
                    && digits < word.length() && names.contains(word.substring(0, digits));
            if (!name) out.append(text, i, j);
            i = j;
        }
        return out.toString();
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    /** The attributes the products share (same key, or same topic) whose values differ. */
    private static List<List<Listings.Fact>> differing(List<Product> products, String lang) {
        Map<String, List<String>> keysByRow = new LinkedHashMap<>();
        Product first = products.get(0);
        for (String key : first.attributes().keySet()) {
            List<String> keys = new ArrayList<>(List.of(key));
            for (Product other : products.subList(1, products.size())) {
                String match = sameAttribute(other, key);
                if (match == null) break;
                keys.add(match);
            }
            if (keys.size() < products.size()) continue;
            long distinct = java.util.stream.IntStream.range(0, products.size())
                    .mapToObj(i -> products.get(i).attributes().get(keys.get(i)).in(lang).strip().toLowerCase())
                    .distinct().count();
            if (distinct > 1) keysByRow.put(key, keys);
            if (keysByRow.size() >= MAX_ROWS) break;
        }
        List<List<Listings.Fact>> out = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            List<Listings.Fact> facts = new ArrayList<>();
            for (List<String> keys : keysByRow.values()) {
                Localized value = p.attributes().get(keys.get(i));
                facts.add(new Listings.Fact(Listings.Kind.ATTRIBUTE, keys.get(i), value.in(lang), lang, 1));
            }
            out.add(facts);
        }
        return out;
    }

    /** The other product's attribute that is the same as {@code key}: the same key, or a key of the same topic. */
    private static String sameAttribute(Product other, String key) {
        if (other.attributes().containsKey(key)) return key;
        String topic = Listings.topicOf(key);
        if (topic == null) return null;
        for (String k : other.attributes().keySet()) {
            if (topic.equals(Listings.topicOf(k))) return k;
        }
        return null;
    }
}
