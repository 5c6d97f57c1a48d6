package cohost.engine.understand;

import cohost.knowledge.Listings;
import cohost.knowledge.Product;
import cohost.knowledge.ProductKinds;
import cohost.knowledge.Variant;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the product a message names: by SKU (of the product or one of its variants), or by the words of its title
 * in any language the KB gives it. Title words are weighted by how rare they are in the catalog, so "jacket" in a
 * store of jackets says little and "trail" says a lot; a product is named when its rare words add up to enough and
 * no other product scores as high. CJK and Hangul titles are compared by character pairs, as they have no spaces.
 *
 * <p>One title word alone is weak evidence: "car" in "do you sell car tires?" names the car charger only by accident.
 * So a product named by a single word is not named when that word stands next to a word the catalog and the lexicons
 * do not know (it is then part of the name of something the store does not sell). Hyphenated title words are kept
 * whole: "tire-bouchon" (corkscrew) is not a "tire".
 */
final class ProductFinder {

    /** What a message named: the product SKU, and the options of the variant when a variant SKU was typed. */
    record Found(String sku, Map<String, String> variantOptions) {
    }

    private static final Pattern SKU_LIKE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_./-]*[\\p{L}\\p{N}]");
    /** A title term must weigh at least this much (in idf units) to name a product alone. */
    private static final double MIN_SCORE = 1.6;
    /** The longest Hangul title word looked for inside a question's words. */
    private static final int MAX_HANGUL_WORD = 8;

    private static final ProductKinds KINDS = ProductKinds.builtIn();

    private final Map<String, Found> bySku = new HashMap<>();
    /** Title term (folded word, or CJK character pair) to the products whose titles hold it. */
    private final Map<String, Set<String>> productsByTerm = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();
    /** Every single-word title term, sorted, to tell a word that begins one ("palm" of "palmier"). */
    private final java.util.TreeSet<String> titleWords = new java.util.TreeSet<>();
    /**
     * Every word of 3+ letters of the titles, keywords included ("sac" of "Sac banane" is a Portuguese keyword too):
     * a word the store's own product names use is no typo, nor another language's keyword, in a message.
     */
    private final Set<String> namesWords = new HashSet<>();
    /** Words that must not name a product: intent keywords, colours and other ordinary words of the lexicon. */
    private final Set<String> ignored;
    /** Folded words that mean something though they are in no title: keywords, country names. */
    private final Predicate<String> ordinary;

    /** Title words and model names ("air s2", "air pro 3"), misspelt or run together, found within one edit. */
    private final FuzzyNames fuzzy;

    ProductFinder(List<Product> products, Set<String> ignored, Predicate<String> ordinary) {
        Set<String> fuzzyKeys = new HashSet<>();
        this.ignored = ignored;
        this.ordinary = ordinary;
        for (Product p : products) {
            bySku.put(p.sku().toUpperCase(Locale.ROOT), new Found(p.sku(), Map.of()));
            for (Variant v : p.variants()) {
                if (v.sku() != null) bySku.putIfAbsent(v.sku().toUpperCase(Locale.ROOT), new Found(p.sku(), v.options()));
            }
            Set<String> terms = new HashSet<>();
            Map<String, Integer> inTitles = new HashMap<>();
            for (String title : p.title().texts().values()) {
                terms.addAll(titleTerms(title));
                for (String w : new HashSet<>(Text.of(title).words)) {
                    inTitles.merge(singular(w), 1, Integer::sum);
                    if (w.length() >= 3 && !hasDigit(w)) namesWords.add(singular(w));
                }
            }
            // a word the title keeps in every translation is a name (Sonaro, Sweep, PowerCore); a translated one
            // ("place" of "2 places", "chargeur") is an ordinary word, and a typo of another ordinary word ("plage",
            // "plane") must not find it. A title in one language gives every word.
            int languages = p.title().texts().size();
            for (String title : p.title().texts().values()) {
                fuzzyKeys(Text.of(title).words, w -> languages < 2 || inTitles.getOrDefault(w, 0) >= 2, fuzzyKeys);
            }
            if (p.brand() != null) terms.addAll(terms(Text.of(p.brand()), true));
            // a title in one language only (a Shopify export's): what shoppers call its kind in theirs ("rizador",
            // "고데기" for a Curling Iron) names it too (shopify stream, #11 item 4)
            if (languages < 2) {
                for (String name : KINDS.namesOf(p)) terms.addAll(titleTerms(name));
            }
            for (String t : terms) productsByTerm.computeIfAbsent(t, k -> new HashSet<>()).add(p.sku());
        }
        productsByTerm.keySet().forEach(t -> {
            if (t.indexOf(' ') < 0) titleWords.add(t);
        });
        int n = Math.max(products.size(), 1);
        productsByTerm.forEach((term, skus) -> idf.put(term, Math.log(1.0 + (double) n / skus.size())));
        this.fuzzy = new FuzzyNames(fuzzyKeys);
    }

    /**
     * What one message names, read once for a turn: the understanding, the comparison check and the listing's reroute
     * each ask about the same message, and its terms and best-scored products are worked out the first time only.
     * One turn's, on one thread; not shared.
     */
    final class Reading {
        final Text text;
        private Set<String> terms;
        private List<Candidate> ranked;

        private Reading(Text text) {
            this.text = text;
        }

        /** The text's terms, and those of the names it misspells. */
        Set<String> terms() {
            if (terms == null) terms = matchTerms(text);
            return terms;
        }

        /** The best-scored products, enough of them for {@link #findAll} of {@value #MAX_NAMED} products. */
        List<Candidate> ranked() {
            if (ranked == null) ranked = ProductFinder.this.ranked(terms(), RANKED_PER_PRODUCT * MAX_NAMED);
            return ranked;
        }

        /**
         * The best-scored product and every one that ties with it: what ranking for one product gives, as the ones
         * ranked after the first few are met on the way to them.
         */
        List<Candidate> best() {
            List<Candidate> all = ranked();
            int n = 0;
            while (n < all.size() && all.get(n).score() == all.get(0).score()) n++;
            return all.subList(0, n);
        }
    }

    /** The message, to be asked about by the methods below. */
    Reading read(Text text) {
        return new Reading(text);
    }

    /** The product named in the text, or null. */
    Found find(Text text) {
        return find(read(text));
    }

    /** The product named in the message, or null. */
    Found find(Reading reading) {
        Text text = reading.text;
        Matcher m = SKU_LIKE.matcher(text.original);
        while (m.find()) {
            Found f = bySku.get(m.group().toUpperCase(Locale.ROOT));
            if (f != null) return f;
        }
        List<Candidate> ranked = reading.best();
        if (ranked.isEmpty()) return null;
        Candidate top = ranked.get(0);
        String best = top.sku();
        double bestScore = top.score(), second = ranked.size() > 1 ? ranked.get(1).score() : 0;
        if (bestScore < MIN_SCORE || bestScore <= second) return null;
        Set<String> words = contentWords(top.matched());
        if (words.size() == 1 && nextToAnUnknownWord(text, words.iterator().next())) return null;
        return new Found(best, Map.of());
    }

    /**
     * Every product the text names, best first (at most {@code max}): each scores enough on its own, and matched
     * at least one term the better ones did not ("Air S2 vs Air Pro 3": "s2" and "pro 3"; "Sonaro" alone names
     * neither over the other). With {@code byModel}, each must be named by a model: two title words side by side or
     * a model code ("Air S1 and Air S2 battery?"), as a message without a comparing word names a second product
     * only that clearly ("suction power of the Sweep S5" names no power bank).
     */
    java.util.List<String> findAll(Text text, int max, boolean byModel) {
        return findAll(read(text), max, byModel);
    }

    /** {@link #findAll(Text, int, boolean)} of a message already read. */
    java.util.List<String> findAll(Reading reading, int max, boolean byModel) {
        java.util.List<Candidate> ranked = max == MAX_NAMED ? reading.ranked()
                : ranked(reading.terms(), RANKED_PER_PRODUCT * max);
        java.util.List<String> out = new java.util.ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Boolean> naming = new HashMap<>();
        for (Candidate c : ranked) {
            if (out.size() >= max) break;
            if (c.score() < MIN_SCORE) break;
            String sku = c.sku();
            Set<String> own = new HashSet<>(c.matched());
            own.removeIf(t -> !naming.computeIfAbsent(t, ProductFinder::names));
            own.removeAll(seen);
            // a word of its own, or a pair of words ("air pro", "pro 3": the model's name, even of ordinary words)
            if (own.isEmpty() || contentWords(own).isEmpty() && own.stream().noneMatch(t -> t.indexOf(' ') > 0)) continue;
            if (byModel && own.stream().noneMatch(t -> isModelCode(t) && !isMeasure(t) || t.indexOf(' ') > 0 && newName(t, seen))) {
                continue;
            }
            out.add(sku);
            seen.addAll(c.matched());
        }
        return out;
    }

    /** A product the text's title terms point at: the sum of their idf weights, and the terms it holds. */
    private record Candidate(String sku, double score, Set<String> matched) {
    }

    /** How many of the best-scored products {@link #findAll} looks through, per product it may return. */
    private static final int RANKED_PER_PRODUCT = 2;
    /** The most products {@link #findAll} returns from a {@link Reading}'s one ranking (a comparison's three). */
    static final int MAX_NAMED = 3;

    /**
     * The products that hold at least one of the terms that can name a product ({@link #names}), best-scored first
     * (ties by SKU): the {@code keep} best and every product that ties with the last of them, with exact scores. MaxScore-style, so that a catalogue of 100,000 products costs what its rare terms cost: the naming
     * terms are walked rarest first, and the walk stops once a product not yet seen (one holding only the terms
     * left, at most their summed weight) could no longer reach the {@code keep}-th best score or
     * {@link #MIN_SCORE}; each product met is scored on every term by set lookups. ("is the Waterproof umbrella
     * M419 waterproof?" meets the few "umbrella m419" products, not the thousands of waterproof ones.)
     */
    private List<Candidate> ranked(Set<String> textTerms, int keep) {
        List<String> terms = new java.util.ArrayList<>();
        for (String t : textTerms) {
            if (productsByTerm.containsKey(t)) terms.add(t);
        }
        if (terms.isEmpty()) return List.of();
        terms.sort(java.util.Comparator.comparingInt((String t) -> productsByTerm.get(t).size()).thenComparing(t -> t));
        int k = terms.size();
        boolean[] naming = new boolean[k];
        double[] weight = new double[k];
        double otherWeight = 0;
        for (int i = 0; i < k; i++) {
            naming[i] = names(terms.get(i));
            weight[i] = idf.get(terms.get(i));
            if (!naming[i]) otherWeight += weight[i];
        }
        // reach[i]: the most a product not met before naming term i can score (naming terms i.., any other term)
        double[] reach = new double[k + 1];
        reach[k] = otherWeight;
        for (int i = k - 1; i >= 0; i--) reach[i] = reach[i + 1] + (naming[i] ? weight[i] : 0);
        Set<String> met = new HashSet<>();
        List<String> skus = new java.util.ArrayList<>();
        double[] scores = new double[16];
        java.util.PriorityQueue<Double> best = new java.util.PriorityQueue<>();
        for (int i = 0; i < k; i++) {
            if (!naming[i]) continue;
            double bar = best.size() < keep ? MIN_SCORE : Math.max(MIN_SCORE, best.peek());
            if (reach[i] < bar) break;
            for (String sku : productsByTerm.get(terms.get(i))) {
                if (!met.add(sku)) continue;
                double score = 0;
                for (int j = 0; j < k; j++) {
                    if (j == i || productsByTerm.get(terms.get(j)).contains(sku)) score += weight[j];
                }
                if (skus.size() == scores.length) scores = java.util.Arrays.copyOf(scores, scores.length * 2);
                scores[skus.size()] = score;
                skus.add(sku);
                best.add(score);
                if (best.size() > keep) best.poll();
            }
        }
        // only those that reach the keep-th best score (all of them when fewer were met); their matched terms now
        double cut = best.size() < keep ? Double.NEGATIVE_INFINITY : best.peek();
        List<Candidate> out = new java.util.ArrayList<>();
        for (int c = 0; c < skus.size(); c++) {
            if (scores[c] < cut) continue;
            Set<String> matched = new HashSet<>();
            for (String t : terms) {
                if (productsByTerm.get(t).contains(skus.get(c))) matched.add(t);
            }
            out.add(new Candidate(skus.get(c), scores[c], matched));
        }
        out.sort(java.util.Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::sku));
        return out;
    }

    /**
     * Whether a pair of words names a model beyond the words better products matched: one of its words is new and
     * no bare number or letter ("Bag 20", "20 L" after "dry bag" in "dry bag 20L" are the bag's 20 litres, not the
     * "Chill 20 Soft Cooler Bag 20 L").
     */
    private static boolean newName(String pair, Set<String> seen) {
        Set<String> seenWords = new HashSet<>();
        for (String t : seen) seenWords.addAll(List.of(t.split(" ")));
        for (String w : pair.split(" ")) {
            if (!seenWords.contains(w) && (w.length() >= 3 && !hasDigit(w) || isModelCode(w) && !isMeasure(w))) return true;
        }
        return false;
    }

    /**
     * Whether a matched term can name a product: all but single words that say what a listing states ("power",
     * "inch", "taille", "jam": a question about the watts of the product on screen names no power bank, and the
     * "taille" of "Legging taille haute" names no legging). A pair of words ("power bank") or a model code still does.
     */
    private static boolean names(String term) {
        return term.indexOf(' ') > 0 || isModelCode(term) || !Character.isLetter(term.charAt(0))
                || Listings.topics(term).isEmpty();
    }

    /** The text's terms, and those of the names it misspells ("sonaro ar s2", "airpro3", "kettel"). */
    private Set<String> matchTerms(Text text) {
        Set<String> out = terms(text);
        List<String> words = text.words;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (unknownWord(w) && (w.length() >= 5 || isModelCode(w) && w.length() >= 4)) {
                fuzzy.near(w).forEach(key -> addKey(key, out));
            }
            if (i + 1 < words.size()) {
                String next = words.get(i + 1);
                String joined = w + next;
                boolean loose = unknownWord(w) || unknownWord(next) || w.length() < 3 || next.length() < 3;
                if (loose && letters(joined) >= 3 && hasDigit(joined) && !productsByTerm.containsKey(w + ' ' + next)) {
                    fuzzy.near(joined).forEach(key -> addKey(key, out));
                }
            }
        }
        return out;
    }

    private static long letters(String w) {
        return w.chars().filter(Character::isLetter).count();
    }

    /**
     * Whether the text names the product by a model or brand (two title words, a model code, a misspelt model
     * name), not only by words of its kind ("降噪耳机", noise-cancelling earbuds, names no one pair of earbuds).
     */
    boolean namedByModel(Reading reading, String sku) {
        for (String t : reading.terms()) {
            Set<String> skus = productsByTerm.get(t);
            if (skus != null && skus.contains(sku) && (t.indexOf(' ') > 0 || isModelCode(t) && !isMeasure(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text names that product only by words for things products work with ("スマホ" of "スマホ対応手袋",
     * "phone" of "Car Phone Mount"): with another product on screen, "does it work with my スマホ?" asks about it.
     */
    boolean namedOnlyByAThing(Reading reading, String sku) {
        return reading.best().stream().filter(c -> c.sku().equals(sku)).findFirst()
                .map(c -> c.matched().stream().allMatch(t -> java.util.Arrays.stream(t.split(" "))
                        .allMatch(Listings::namesAThing))).orElse(false);
    }

    /**
     * Whether a product the text seems to name gives way to the one on screen: it is named only by things products
     * work with or are made of ("スマホ", "硅胶"), or the text also names the one on screen by a word of its title
     * ("ist die Hülle aus Leder?" with the leather-free case on screen: "Hülle" is the case, "Leder" no card holder)
     * and does not name the other by its model.
     */
    boolean givesWayToScreen(Reading reading, String named, String showing) {
        if (showing == null || named.equals(showing)) return false;
        if (namedOnlyByAThing(reading, named)) return true;
        Set<String> terms = reading.terms();
        for (String t : terms) {
            Set<String> skus = productsByTerm.get(t);
            // its model ("air s2", "c40", "card holder"); "aus leder" is a material, not a model
            if (skus != null && skus.contains(named) && (t.indexOf(' ') > 0 && java.util.Arrays.stream(t.split(" "))
                    .noneMatch(Listings::namesAThing) || isModelCode(t) && !isMeasure(t))) {
                return false;
            }
        }
        for (String term : terms) {
            Set<String> skus = productsByTerm.get(term);
            if (skus != null && skus.contains(showing) && names(term)) return true;
        }
        return false;
    }

    /** A word no lexicon, country, title or listing topic knows: maybe a misspelt name. */
    private boolean unknownWord(String w) {
        return !ignored.contains(w) && !ordinary.test(w) && !productsByTerm.containsKey(singular(w))
                && !isSku(w) && (hasDigit(w) || Listings.topics(w).isEmpty()) && !w.chars().allMatch(Character::isDigit);
    }

    /** A fuzzy key's own terms: "air pro 3" is "air pro" and "pro 3" (and its words), "kettle" itself. */
    private void addKey(String key, Set<String> out) {
        String[] ws = key.split(" ");
        for (int i = 0; i < ws.length; i++) {
            if (productsByTerm.containsKey(ws[i])) out.add(ws[i]);
            if (i + 1 < ws.length && productsByTerm.containsKey(ws[i] + ' ' + ws[i + 1])) out.add(ws[i] + ' ' + ws[i + 1]);
        }
    }

    /**
     * The keys a title gives the fuzzy index: its words of 5+ letters, and its model names (two or three
     * neighbouring words, one with a digit: "air s2", "air pro 3", "mag 5000").
     */
    private static void fuzzyKeys(List<String> words, Predicate<String> name, Set<String> out) {
        for (int i = 0; i < words.size(); i++) {
            String w = singular(words.get(i));
            if (w.length() >= 5 && !hasDigit(w) && name.test(w)) out.add(w);
            if (isModelCode(w) && w.length() >= 4) out.add(w);
            for (int len = 2; len <= 3 && i + len <= words.size(); len++) {
                List<String> run = words.subList(i, i + len);
                if (run.stream().anyMatch(ProductFinder::hasDigit)) {
                    out.add(String.join(" ", run.stream().map(ProductFinder::singular).toList()));
                }
            }
        }
    }

    /** The title words behind matched terms: "de voiture" and "voiture" are one word, "voiture". */
    private Set<String> contentWords(Set<String> terms) {
        Set<String> out = new HashSet<>();
        for (String term : terms) {
            for (String w : term.split(" ")) {
                if (isTerm(w) || isModelCode(w) || isCjk(w.charAt(0))) out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether the one title word that matched stands next to a word nobody knows ("car tires", "pneus de voiture":
     * short words such as "de" in between are skipped).
     */
    private boolean nextToAnUnknownWord(Text text, String term) {
        List<String> words = text.words;
        for (int i = 0; i < words.size(); i++) {
            if (!singular(words.get(i)).equals(term)) continue;
            if (unknown(words, i, -1) || unknown(words, i, +1)) return true;
        }
        return false;
    }

    /** Whether the nearest word of 3+ letters before (step -1) or after (+1) index i is unknown. */
    private boolean unknown(List<String> words, int i, int step) {
        for (int j = i + step; j >= 0 && j < words.size(); j += step) {
            String w = words.get(j);
            if (w.length() < 3) continue;
            return !ignored.contains(w) && !ordinary.test(w) && !productsByTerm.containsKey(singular(w))
                    && !hasDigit(w) && !isSku(w) && !startsATitleWord(w);
        }
        return false;
    }

    /** "palm" of "Palmier Kentia", "olive" of "Olivier": a word of 4+ letters that begins a title word is no stranger. */
    private boolean startsATitleWord(String w) {
        if (w.length() < 4) return false;
        String next = titleWords.ceiling(w);
        return next != null && next.startsWith(w);
    }

    /**
     * A title's terms, with hyphenated words kept whole ("tire-bouchon" is "tirebouchon" and "tire bouchon"). One
     * pass over the title, no regex: a catalogue's title can be megabytes of letters, and a pattern that retries
     * from every letter costs the square of that.
     */
    private Set<String> titleTerms(String title) {
        Set<String> out = new HashSet<>();
        StringBuilder joined = null;
        int copied = 0, n = title.length(), i = 0;
        while (i < n) {
            if (!Character.isLetter(title.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(title.charAt(i))) i++;
            int end = i;
            if (end - start < 2 || i + 2 >= n || title.charAt(i) != '-' || !Character.isLetter(title.charAt(i + 1))) continue;
            int second = i + 1, j = second;
            while (j < n && Character.isLetter(title.charAt(j))) j++;
            if (j - second < 2) continue;
            Text pair = Text.of(title.substring(start, end) + " " + title.substring(second, j));
            if (pair.words.size() == 2) out.add(singular(pair.words.get(0)) + ' ' + singular(pair.words.get(1)));
            if (joined == null) joined = new StringBuilder(n);
            joined.append(title, copied, end).append(title, second, j);
            copied = j;
            i = j;
        }
        String whole = joined == null ? title : joined.append(title, copied, n).toString();
        out.addAll(terms(Text.of(whole), true));
        return out;
    }

    /**
     * Whether the i-th word is part of a product's name with a neighbour ("Mag 10000", "PowerCore 20000") or a title
     * term itself ("20000mah"): a number there is a model, not an order number.
     */
    boolean partOfName(List<String> words, int i) {
        String w = singular(words.get(i));
        if (isModelCode(w) && productsByTerm.containsKey(w)) return true;
        if (i > 0 && productsByTerm.containsKey(singular(words.get(i - 1)) + ' ' + w)) return true;
        if (i > 0 && letters(words.get(i - 1)) >= 3 && !fuzzy.near(words.get(i - 1) + w).isEmpty()) return true; // "powercor 20000"
        return i + 1 < words.size() && productsByTerm.containsKey(w + ' ' + singular(words.get(i + 1)));
    }

    /** Whether a folded word is a word of some product's title or brand ("sac" of "Sac banane", "iphone"). */
    boolean isTitleWord(String word) {
        return namesWords.contains(singular(word)) || titleWords.contains(word);
    }

    boolean isSku(String word) {
        return bySku.containsKey(word.toUpperCase(Locale.ROOT));
    }

    /**
     * Folded words of 3+ letters (plural "s" dropped), model codes such as "s1" or "c9", pairs of neighbouring words
     * ("pro 3", "air pro": a model number names a product only next to its name, never alone as in "3 days"), and
     * character pairs of CJK and Hangul runs.
     */
    private Set<String> terms(Text text) {
        return terms(text, false);
    }

    private Set<String> terms(Text text, boolean title) {
        Set<String> out = new HashSet<>();
        List<String> words = text.words;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (isTerm(w) || isModelCode(w)) out.add(singular(w));
            if (!title) {
                // "the 20000mAh one": the number of "PowerCore 20000", its unit glued on
                int d = 0;
                while (d < w.length() && Character.isDigit(w.charAt(d))) d++;
                if (d >= 3 && d < w.length()) out.add(w.substring(0, d));
            }
            if (i + 1 < words.size()) {
                String next = words.get(i + 1);
                // "air s2", "pro 3", "camara exterior"; not "camara de", whose "de" is in every other title
                if ((isTerm(w) || isTerm(next) || hasDigit(w) || hasDigit(next)) && longOrNumbered(w)
                        && longOrNumbered(next)) {
                    out.add(singular(w) + ' ' + singular(next));
                }
            }
        }
        if (text.han + text.kana + text.hangul == 0) return out;
        cjkTerms(text.folded, title, out);
        return out;
    }

    /**
     * Terms of the CJK, kana and Hangul runs of a folded text. Chinese characters by pairs ("茶壶", "降噪"), as
     * Chinese and Japanese write no spaces. Katakana by whole runs: a loanword is one word, and its pairs are no
     * names ("リットル" shares "リッ" with "ドリップ", "インチ" shares "ンチ" with "ポンチョ"); hiragana is grammar and
     * names nothing. Hangul: a title's words whole, found inside the question's words, which carry particles
     * ("스피커가" holds "스피커"; "차이가", difference, does not hold "차이나").
     */
    private void cjkTerms(String f, boolean title, Set<String> out) {
        int n = f.length();
        for (int i = 0; i < n; ) {
            Text.Script s = cjkScript(f.charAt(i));
            if (s == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && cjkScript(f.charAt(j)) == s) j++;
            if (j - i >= 2) {
                String run = f.substring(i, j);
                switch (s) {
                    case HAN -> {
                        for (int k = 0; k + 1 < run.length(); k++) out.add(run.substring(k, k + 2));
                    }
                    case KANA -> {
                        if (isKatakana(run)) out.add(run);
                    }
                    case HANGUL -> {
                        if (title) {
                            out.add(run);
                        } else {
                            for (int a = 0; a < run.length(); a++) {
                                for (int b = a + 2; b <= Math.min(run.length(), a + MAX_HANGUL_WORD); b++) {
                                    String sub = run.substring(a, b);
                                    if (productsByTerm.containsKey(sub)) out.add(sub);
                                }
                            }
                        }
                    }
                    default -> { }
                }
            }
            i = j;
        }
    }

    /**
     * The script of a Chinese character, katakana ("ー", the long vowel mark, too: KANA) or Hangul letter; null for
     * anything else, hiragana included, which ends a katakana word ("スーツケースの").
     */
    private static Text.Script cjkScript(char c) {
        if (c == '\u30FC') return Text.Script.KANA;
        Text.Script s = Text.script(c);
        if (s == Text.Script.KANA) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA ? s : null;
        }
        return s == Text.Script.HAN || s == Text.Script.HANGUL ? s : null;
    }

    private static boolean isKatakana(String run) {
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c != '\u30FC' && Character.UnicodeScript.of(c) != Character.UnicodeScript.KATAKANA) return false;
        }
        return true;
    }

    /**
     * Which of the text's words belong to a product title or brand, alone or with a neighbour ("Sonaro Air Pro 3"):
     * the message's language is told from the other words, as names say nothing about it.
     */
    boolean[] nameWords(Text text) {
        List<String> words = text.words;
        boolean[] out = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if ((isTerm(w) || isModelCode(w)) && productsByTerm.containsKey(singular(w))) out[i] = true;
            if (i + 1 < words.size()
                    && productsByTerm.containsKey(singular(w) + ' ' + singular(words.get(i + 1)))) {
                out[i] = out[i + 1] = true;
            }
        }
        return out;
    }

    private boolean isTerm(String w) {
        return w.length() >= 3 && !ignored.contains(w);
    }

    private static boolean isModelCode(String w) {
        return hasDigit(w) && w.chars().anyMatch(Character::isLetter);
    }

    private static boolean longOrNumbered(String w) {
        return w.length() >= 3 || hasDigit(w);
    }

    /** "20l", "65w", "4k", "1080p": a number and its unit, a quantity of the product, not the name of a model. */
    private static boolean isMeasure(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) && w.indexOf(' ') < 0;
    }

    private static boolean hasDigit(String w) {
        return w.chars().anyMatch(Character::isDigit);
    }

    private static String singular(String w) {
        return w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    private static boolean isCjk(char c) {
        Text.Script s = Text.script(c);
        return s == Text.Script.HAN || s == Text.Script.KANA || s == Text.Script.HANGUL;
    }
}
