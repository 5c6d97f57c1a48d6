package cohost.knowledge;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds what in a product's own listing answers a question: its attributes, bullets, description sentences and
 * product FAQ are ranked against the question, each analyzed by Lucene's analyzer for its language (stemming,
 * stop words, CJK segmentation), weighted BM25-style by how rare each word is in the store's index, plus the topics
 * of {@code listing-words.txt} (attribute names and units across the ten languages: "续航" and "batteryLife", "W" and
 * "watts"). The words that name the product (its title, brand) and bare question words ("how", "什么") do not count.
 *
 * <p>The outcome is one of: the price, stock or options are asked (the caller answers with the product overview or
 * the asked variant); these facts answer it (best first, with yes or no when the question is a yes/no question and
 * the fact states it); or the listing does not say. Thread-safe; nothing is kept between questions.
 */
public final class Listings {

    /** Where a fact comes from in the listing. */
    public enum Kind { ATTRIBUTE, BULLET, DESCRIPTION, FAQ }

    /**
     * One piece of the listing that answers the question.
     *
     * @param key   the attribute's key (ATTRIBUTE), else null
     * @param text  the attribute's value, the bullet, the sentence, or the FAQ answer, in {@code lang}
     * @param lang  the language the KB wrote {@code text} in (the asker's when it has one, else its default)
     * @param score how well it answers: higher is better, comparable within one question only
     */
    public record Fact(Kind kind, String key, String text, String lang, double score) {
    }

    /** What the listing can do for a question. */
    public enum Outcome {
        /** The question asks the price, stock or variants (or nothing in particular): answer with those. */
        OVERVIEW,
        /** These facts of the listing answer it. */
        FACTS,
        /** The listing does not say: say so, never guess. */
        NOT_STATED
    }

    /**
     * @param facts    the facts that answer, best first (empty unless FACTS)
     * @param affirmed for a yes/no question: TRUE when the best fact states yes (a true value, or every word
     *                 asked about is in it), FALSE when it states no (a false value); null when it does not say
     *                 either, and the fact is quoted as it is
     * @param priced   the question asks the price too ("how much and how heavy?"): say it with the facts
     */
    public record Answer(Outcome outcome, List<Fact> facts, Boolean affirmed, boolean topical, boolean whole,
                         boolean priced) {
        public Answer {
            facts = List.copyOf(facts);
        }

        public Answer(Outcome outcome, List<Fact> facts, Boolean affirmed, boolean topical, boolean whole) {
            this(outcome, facts, affirmed, topical, whole, false);
        }

        static Answer of(Outcome outcome, boolean topical) {
            return new Answer(outcome, List.of(), null, topical, false);
        }

        /** Whether the best fact holds every word the question asks with ("bpa free": "BPA-free plastic"). */
        public boolean whole() {
            return whole;
        }

        /** Whether the question names something a listing states (battery, size, material...), not price or stock. */
        public boolean topical() {
            return topical;
        }
    }

    /** How rare a term is among the store's texts in a language: an idf weight, 1 when unknown. */
    @FunctionalInterface
    public interface Rarity {
        double idf(String lang, String term);

        Rarity UNIFORM = (lang, term) -> 1.0;
    }

    private static final String RESOURCE = "/cohost/listing-words.txt";
    /** The key under which a product's certifications are a fact ("OEKO-TEX Standard 100"). */
    public static final String CERTIFICATIONS = "certifications";
    /** Topics that are answered from the product's price, stock and variants rather than from a fact. */
    private static final Set<String> OVERVIEW_TOPICS = Set.of("price", "stock", "options", "compare");
    private static final double TOPIC_WEIGHT = 2.5;
    private static final double K1 = 1.2, B = 0.5, AVG_LENGTH = 12;
    /** A fact without a shared topic must match at least this share of the question's weighted words. */
    private static final double MIN_TERM_SHARE = 0.5;
    /** The second fact is added when it scores at least this share of the best one. */
    private static final double SECOND_SHARE = 0.8;
    /** Sentences longer than this are cut at a word boundary when quoted. */
    private static final int MAX_QUOTE = 280;
    /** Letters two words must share at their start to count as the same word in two languages, and its weight. */
    private static final int COGNATE_PREFIX = 6;
    private static final double COGNATE_WEIGHT = 0.7;

    private static final Topics TOPICS = Topics.load();
    /** Languages whose yes/no questions are often a statement with a question mark. */
    private static final Set<String> INTONATION = Set.of("es", "pt", "fr", "id", "ar", "it");

    private Listings() {
    }

    /**
     * Ranks the product's listing against a question asked in {@code lang}.
     *
     * @param defaultLang the store's default language (texts the KB has not written in {@code lang} are in it)
     */
    public static Answer rank(Product product, String question, String lang, String defaultLang, Rarity rarity) {
        if (question == null || question.isBlank()) return Answer.of(Outcome.OVERVIEW, false);
        // a turn ranks the same listing for the same question twice (understanding asks whether the listing
        // answers it, then the facts are found), on one thread: the second time is the first's answer
        Ranked last = LAST.get();
        if (last != null && last.product.get() == product && last.rarity.get() == rarity
                && last.question.equals(question) && java.util.Objects.equals(last.lang, lang)
                && java.util.Objects.equals(last.defaultLang, defaultLang)) {
            return last.answer;
        }
        Answer a = ranked(product, question, lang, defaultLang, rarity);
        LAST.set(new Ranked(new WeakReference<>(product), question, lang, defaultLang, new WeakReference<>(rarity), a));
        return a;
    }

    /**
     * The last question ranked on this thread and its answer (a pure function of the rest). The product and the
     * rarity (the KB's index) are held weakly: a replaced KB must not stay in memory for a thread's sake.
     */
    private record Ranked(WeakReference<Product> product, String question, String lang, String defaultLang,
                          WeakReference<Rarity> rarity, Answer answer) {
    }

    private static final ThreadLocal<Ranked> LAST = new ThreadLocal<>();

    private static Answer ranked(Product product, String question, String lang, String defaultLang, Rarity rarity) {
        String asked = baseLanguage(lang);
        String text = question;
        Language variant = lang == null ? null : Languages.get(lang).filter(Language::isVariant).orElse(null);
        if (variant != null) text = Languages.convertBack(variant, text);

        Triggered q = TOPICS.find(text, true);
        // "ce sac est en cuir ?", "es de piel?", "bahannya kulit ga?": languages that ask yes or no by the question
        // mark alone (English and German turn the verb first, CJK and Korean end with a particle: already found)
        if (!q.yesNo && asked != null && INTONATION.contains(asked) && TOPICS.intonationQuestion(text)) {
            q = new Triggered(q.topics, q.words, true);
        }
        if (!q.topics.isEmpty() && OVERVIEW_TOPICS.containsAll(q.topics) && !q.topics.contains("options")) {
            return Answer.of(Outcome.OVERVIEW, false); // "how much?", "in stock?": nothing to rank
        }
        Query query = new Query(text, asked, product, rarity, q);
        boolean askedContent = !query.content(asked).isEmpty() || !query.content(defaultLang).isEmpty();
        if (q.topics.isEmpty() && !askedContent) return Answer.of(Outcome.OVERVIEW, false);

        List<Scored> scored = new ArrayList<>();
        // the product's price, stock and variants compete as topics: "how much?", "in stock?", "what colours?"
        Set<String> overview = new HashSet<>(OVERVIEW_TOPICS);
        for (Variant v : product.variants()) {
            for (String name : v.options().keySet()) overview.addAll(TOPICS.find(name, false).topics);
        }
        double overviewScore = TOPIC_WEIGHT * 1.2 * intersect(overview, q.topics);
        // "how much does it weigh?", "combien de pages ?": a topic beyond price, stock and options is what is asked
        boolean topical = !overview.containsAll(q.topics);
        Set<String> asksFor = minus(q.topics, overview);
        // "what size is it?" of a product sold in one size: its dimensions answer it
        if (q.topics.contains("size") && !overview.contains("size")) {
            asksFor.add("dimensions");
            topical = true;
        }

        // the words of the attributes' own names, and how many names hold each ("item" of "item weight" and
        // "item dimensions" says nothing; "suction" of "suction" says which one is asked)
        Map<String, List<String>> keyWords = new HashMap<>();
        Map<String, Integer> keysHolding = new HashMap<>();
        Set<String> namedContent = query.content(asked);
        for (Map.Entry<String, Localized> a : product.attributes().entrySet()) {
            Localized label = product.labels().get(a.getKey());
            String name = humanize(a.getKey()) + (label == null ? "" : " " + String.join(" ", label.texts().values()));
            List<String> words = namedContent.isEmpty() ? List.of() : List.copyOf(new HashSet<>(analyze(name, asked)));
            keyWords.put(a.getKey(), words);
            for (String w : words) keysHolding.merge(w, 1, Integer::sum);
        }
        for (Map.Entry<String, Localized> a : product.attributes().entrySet()) {
            Localized label = product.labels().get(a.getKey());
            String name = humanize(a.getKey()) + (label == null ? "" : " " + String.join(" ", label.texts().values()));
            String value = a.getValue().in(asked);
            String valueLang = languageOf(a.getValue(), asked);
            Set<String> keyTopics = TOPICS.find(name, false).topics;
            Set<String> valueTopics = TOPICS.find(value, false).topics;
            // "whats the suction power": the question names the attribute itself by a word only its name holds
            boolean keyNamed = keyWords.get(a.getKey()).stream()
                    .anyMatch(w -> w.length() >= 3 && namedContent.contains(w) && keysHolding.get(w) == 1);
            double s = TOPIC_WEIGHT * 1.2 * intersect(keyTopics, asksFor)
                    + TOPIC_WEIGHT * 0.5 * intersect(minus(valueTopics, keyTopics), asksFor)
                    + (keyNamed ? TOPIC_WEIGHT : 0);
            Match m = query.match(name + " " + value, valueLang);
            scored.add(new Scored(new Fact(Kind.ATTRIBUTE, a.getKey(), value, valueLang, s + m.score), m, s > 0,
                    intersect(keyTopics, asksFor) > 0 || keyNamed));
        }
        if (!product.certifications().isEmpty()) {
            // "is it OEKO-TEX certified?": the product's certifications are a fact of its listing
            String value = String.join(", ", product.certifications());
            Set<String> keyTopics = TOPICS.find(CERTIFICATIONS, false).topics;
            double s = TOPIC_WEIGHT * 1.2 * intersect(keyTopics, asksFor);
            Match m = query.match(CERTIFICATIONS + " " + value, defaultLang);
            scored.add(new Scored(new Fact(Kind.ATTRIBUTE, CERTIFICATIONS, value, defaultLang, s + m.score), m, s > 0,
                    s > 0));
        }
        for (Localized b : product.bullets()) {
            addSentence(scored, query, asksFor, Kind.BULLET, b.in(asked), languageOf(b, asked));
        }
        if (product.description() != null) {
            String d = product.description().in(asked);
            String dLang = languageOf(product.description(), asked);
            for (String sentence : sentences(d)) addSentence(scored, query, asksFor, Kind.DESCRIPTION, sentence, dLang);
        }
        for (Product.ProductFaq f : product.faq()) {
            String qa = f.question().in(asked);
            String qLang = languageOf(f.question(), asked);
            Triggered t = TOPICS.find(qa, false);
            double s = TOPIC_WEIGHT * intersect(t.topics, asksFor);
            Match m = query.match(qa, qLang);
            // a product FAQ whose question matches is answered by its answer
            scored.add(new Scored(new Fact(Kind.FAQ, null, f.answer().in(asked), languageOf(f.answer(), asked),
                    s + 1.2 * m.score), m, s > 0, false));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> s.fact.score()).reversed());
        Scored best = scored.isEmpty() ? null : scored.get(0);
        if (overviewScore > 0 && !topical) return Answer.of(Outcome.OVERVIEW, false);
        if (best == null || !accepted(best, query)) {
            // nothing specific was asked beyond the product's own name: the overview answers "and this one?"
            return q.topics.isEmpty() && !askedContent ? Answer.of(Outcome.OVERVIEW, false)
                    : Answer.of(Outcome.NOT_STATED, topical);
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(quoted(best.fact));
        if (scored.size() > 1) {
            Scored second = scored.get(1);
            if (second.fact.score() >= SECOND_SHARE * best.fact.score() && accepted(second, query)
                    && !second.fact.text().equals(best.fact.text())) {
                facts.add(quoted(second.fact));
            }
        }
        // the attribute the seller filled in for the asked topic is said too: a sentence that shares more words
        // ("防水のもみ玉で、お風呂でも…") may answer best, but "waterResistance: IPX7" is the listing's own answer
        if (!best.named) {
            for (Scored s : scored) {
                if (!s.named || !accepted(s, query)) continue;
                if (facts.stream().noneMatch(f -> f.kind() == Kind.ATTRIBUTE && f.key().equals(s.fact.key()))) {
                    if (facts.size() > 1) facts.remove(1);
                    facts.add(quoted(s.fact));
                }
                break;
            }
        }
        Set<String> content = query.content(best.fact.lang());
        boolean whole = !content.isEmpty() && best.match.matched.containsAll(content);
        // "oven safe??", "microwave ok?": asked of a true/false fact without a question word, it asks yes or no
        boolean yesNo = q.yesNo || truth(best.fact.text()) != null && TOPICS.intonationQuestion(text);
        return new Answer(Outcome.FACTS, facts, yesNo ? affirmed(best, query) : null, topical, whole,
                q.topics.contains("price"));
    }

    private static void addSentence(List<Scored> scored, Query query, Set<String> asksFor, Kind kind, String text,
                                    String lang) {
        if (text == null || text.isBlank()) return;
        Triggered t = TOPICS.find(text, false);
        double s = TOPIC_WEIGHT * 0.8 * intersect(t.topics, asksFor);
        Match m = query.match(text, lang);
        scored.add(new Scored(new Fact(kind, null, text.strip(), lang, s + m.score), m, s > 0, false));
    }

    /** A fact answers when it shares a topic with the question and some word, or most of the question's words. */
    private static boolean accepted(Scored s, Query query) {
        double mass = query.mass(s.fact.lang());
        if (s.topical) return true;
        return mass > 0 && s.match.matchedMass >= MIN_TERM_SHARE * mass;
    }

    /**
     * Yes when the fact's value is a yes-word or every content word of the question is in the fact or only names the
     * topic ("made of" in "is it made of plastic?"); no when the value is a no-word; else null.
     */
    private static Boolean affirmed(Scored best, Query query) {
        String value = fold(best.fact.text()).strip();
        Boolean truth = TOPICS.yes.contains(value) ? Boolean.TRUE : TOPICS.no.contains(value) ? Boolean.FALSE : null;
        if (truth != null) return without(best, query) ? !truth : truth;
        // "c'est en cuir ?" against "material: polyester": the material the seller filled in is another one, so
        // no; said only when both name materials the word lists know ("is it metal?" against "steel" says nothing)
        if (best.named && best.fact.kind() == Kind.ATTRIBUTE
                && TOPICS.find(humanize(best.fact.key()), false).topics.contains("material")) {
            Set<Integer> asked = TOPICS.materials(query.text);
            Set<Integer> stated = TOPICS.materials(best.fact.text());
            if (!asked.isEmpty() && !stated.isEmpty()) {
                if (stated.containsAll(asked)) return Boolean.TRUE;
                if (java.util.Collections.disjoint(stated, asked)) return Boolean.FALSE;
                return null;
            }
        }
        Set<String> content = query.content(best.fact.lang());
        Set<String> triggers = query.triggers(best.fact.lang());
        int inFact = 0;
        for (String term : content) {
            if (best.match.matched.contains(term)) inFact++;
            else if (!triggers.contains(term)) return null;
        }
        return inFact > 0 ? Boolean.TRUE : null;
    }

    /**
     * Whether the fact says the product is without what the question asks it has: "fragranceFree: true" asked "does
     * it have a scent?" (the question names fragrance, not fragrance-free), so its yes is a no.
     */
    private static boolean without(Scored best, Query query) {
        if (best.fact.kind() != Kind.ATTRIBUTE || best.fact.key() == null) return false;
        Set<String> asked = query.triggered.topics;
        for (String t : TOPICS.find(humanize(best.fact.key()), false).topics) {
            String parent = TOPICS.parents.get(t);
            if (t.endsWith("_free") && parent != null && !asked.contains(t) && asked.contains(parent)) return true;
        }
        return false;
    }

    private static Fact quoted(Fact f) {
        String t = f.text().strip();
        if (t.length() <= MAX_QUOTE) return f;
        int cut = t.lastIndexOf(' ', MAX_QUOTE);
        return new Fact(f.kind(), f.key(), t.substring(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE) + "…", f.lang(),
                f.score());
    }

    /** @param named an attribute whose own name is the topic asked ("waterResistance" for "防水？") */
    private record Scored(Fact fact, Match match, boolean topical, boolean named) {
    }

    /** The terms of one text that the question's content words matched, their score and idf mass. */
    private record Match(double score, double matchedMass, Set<String> matched) {
    }

    /** The question, analyzed once per language a fact is written in. */
    private static final class Query {
        private final String text;
        private final Product product;
        private final Rarity rarity;
        private final Triggered triggered;
        private final Map<String, Set<String>> content = new HashMap<>();
        private final Map<String, Set<String>> triggers = new HashMap<>();
        private final Map<String, Double> masses = new HashMap<>();
        private final Map<String, Double> idfs = new HashMap<>();
        private Set<String> longWords;

        Query(String text, String askedLang, Product product, Rarity rarity, Triggered triggered) {
            this.text = text;
            this.product = product;
            this.rarity = rarity == null ? Rarity.UNIFORM : rarity;
            this.triggered = triggered;
        }

        /** The question's words in this language that ask something: no stop, question or product-name words. */
        Set<String> content(String lang) {
            return content.computeIfAbsent(lang == null ? "" : lang, l -> {
                Set<String> terms = new LinkedHashSet<>(analyze(text, l));
                terms.removeAll(TOPICS.askTerms(l));
                terms.removeAll(analyze(product.title().in(l), l));
                if (product.brand() != null) terms.removeAll(analyze(product.brand(), l));
                return terms;
            });
        }

        /** The analyzed forms of the question's words that named a topic (not one thing of it, as "android"). */
        Set<String> triggers(String lang) {
            return triggers.computeIfAbsent(lang == null ? "" : lang,
                    l -> new HashSet<>(analyze(String.join(" ", triggered.words.stream()
                            .filter(w -> !TOPICS.values.contains(w)).toList()), l)));
        }

        /** How many long words of the question (not naming the product) begin like a word of the passage. */
        private int cognates(String passage) {
            if (longWords == null) {
                longWords = new HashSet<>();
                Set<String> title = new HashSet<>(Topics.tokens(fold(product.title().in(product.title().fallbackLang()))));
                for (String w : Topics.tokens(fold(text))) {
                    if (w.length() >= COGNATE_PREFIX && !title.contains(w) && !TOPICS.ask.contains(w)) {
                        longWords.add(w.substring(0, COGNATE_PREFIX));
                    }
                }
            }
            if (longWords.isEmpty()) return 0;
            Set<String> seen = new HashSet<>();
            for (String w : Topics.tokens(fold(passage))) {
                if (w.length() >= COGNATE_PREFIX && longWords.contains(w.substring(0, COGNATE_PREFIX))) {
                    seen.add(w.substring(0, COGNATE_PREFIX));
                }
            }
            return seen.size();
        }

        /** The idf mass of the question's content words in this language (asked once per fact: kept). */
        double mass(String lang) {
            return masses.computeIfAbsent(lang == null ? "" : lang, l -> {
                double m = 0;
                for (String t : content(lang)) m += idf(lang, t);
                return m;
            });
        }

        /** A term's rarity, looked up in the store's index once per question (each is a term-dictionary seek). */
        private double idf(String lang, String term) {
            return idfs.computeIfAbsent((lang == null ? "" : lang) + '\u0000' + term, k -> rarity.idf(lang, term));
        }

        Match match(String passage, String lang) {
            Set<String> asked = content(lang);
            if (asked.isEmpty()) return new Match(0, 0, Set.of());
            List<String> terms = analyze(passage, lang);
            Map<String, Integer> tf = new HashMap<>();
            for (String t : terms) tf.merge(t, 1, Integer::sum);
            double score = 0, mass = 0;
            Set<String> matched = new HashSet<>();
            double norm = K1 * (1 - B + B * terms.size() / AVG_LENGTH);
            for (String t : asked) {
                Integer f = tf.get(t);
                if (f == null) continue;
                double idf = idf(lang, t);
                score += idf * f * (K1 + 1) / (f + norm);
                mass += idf;
                matched.add(t);
            }
            if (matched.size() < asked.size()) {
                // cognates across Latin-script languages: "resolución" and "resolution" share their first six letters
                double cognates = COGNATE_WEIGHT * cognates(passage);
                score += cognates;
                mass += cognates;
            }
            return new Match(score, mass, matched);
        }
    }

    /** Terms of a text as Lucene's analyzer for the language makes them (units split from their numbers first). */
    static List<String> analyze(String text, String lang) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        String field = LanguageAnalyzer.field("body", lang == null || lang.isEmpty() ? "xx" : lang);
        try (TokenStream tokens = LanguageAnalyzer.INSTANCE.tokenStream(field, splitUnits(text))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) out.add(term.toString());
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing a listing in memory", e);
        }
        return out;
    }

    /** "65W" -> "65 W", "5000mAh" -> "5000 mAh": a number glued to its unit is two words. Linear, no regex. */
    static String splitUnits(String text) {
        StringBuilder b = null;
        for (int i = 1; i < text.length(); i++) {
            char prev = text.charAt(i - 1), c = text.charAt(i);
            if (Character.isDigit(prev) && Character.isLetter(c) && (i < 2 || !Character.isLetter(text.charAt(i - 2))
                    || startsWithDigitRun(text, i))) {
                if (b == null) b = new StringBuilder(text.length() + 8).append(text, 0, i);
                b.append(' ');
            }
            if (b != null) b.append(c);
        }
        return b == null ? text : b.toString();
    }

    /** Whether the digits before {@code i} start a word ("65W"), not end a code ("IPX5a" is left alone). */
    private static boolean startsWithDigitRun(String text, int i) {
        int j = i - 1;
        while (j >= 0 && Character.isDigit(text.charAt(j))) j--;
        return j < 0 || !Character.isLetter(text.charAt(j));
    }

    /** "WaterResistance" -> "Water Resistance", "battery_life" -> "battery life". */
    public static String humanize(String key) {
        StringBuilder b = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '_' || c == '-') {
                b.append(' ');
                continue;
            }
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(key.charAt(i - 1))) b.append(' ');
            b.append(c);
        }
        return b.toString().strip();
    }

    /**
     * The built-in topic of an attribute key or label ("WaterResistance", "Akkulaufzeit" -> "water_resistance",
     * "battery_life"), so replies can name it in any language; null when none or several fit.
     */
    public static String topicOf(String name) {
        Set<String> t = new HashSet<>(TOPICS.find(humanize(name), false).topics);
        t.removeAll(OVERVIEW_TOPICS);
        // "fragranceFree" names fragrance and fragrance_free: the narrower one is its name
        for (String child : Set.copyOf(t)) {
            for (String p = TOPICS.parents.get(child); p != null; p = TOPICS.parents.get(p)) t.remove(p);
        }
        if (t.size() == 2 && t.contains("battery") && t.contains("battery_life")) return "battery_life";
        if (t.size() == 2 && t.contains("capacity") && t.contains("battery")) return "capacity";
        return t.size() == 1 ? t.iterator().next() : null;
    }

    /** The topics of {@code listing-words.txt} a text names ("how heavy is it?" -> weight). */
    public static Set<String> topics(String text) {
        return Set.copyOf(TOPICS.find(text, false).topics);
    }

    /**
     * Whether a word names a thing products work with ("android", "スマホ", "laptop") or a material ("leather",
     * "硅胶"), not a product of its own.
     */
    public static boolean namesAThing(String word) {
        String w = fold(word);
        if (TOPICS.values.contains(w)) return true;
        for (Set<String> material : TOPICS.materials) {
            if (material.contains(w)) return true;
        }
        return false;
    }

    /** Whether a value is a yes-word ("true", "oui", "是") or a no-word; null when neither. */
    public static Boolean truth(String value) {
        String v = fold(value).strip();
        return TOPICS.yes.contains(v) ? Boolean.TRUE : TOPICS.no.contains(v) ? Boolean.FALSE : null;
    }

    /** Sentences of a description, split after . ! ? and their CJK forms (a decimal point does not split). */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean cjkStop = c == '。' || c == '！' || c == '？';
            boolean stop = (c == '.' || c == '!' || c == '?' || c == ';' || c == '•')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (cjkStop || stop || c == '\n') {
                String s = text.substring(start, i + 1).strip();
                if (s.length() > 1) out.add(s);
                start = i + 1;
            }
        }
        String rest = text.substring(start).strip();
        if (rest.length() > 1) out.add(rest);
        return out;
    }

    private static String baseLanguage(String lang) {
        if (lang == null) return null;
        Language l = Languages.get(lang).orElse(null);
        return l != null && l.isVariant() ? l.base() : lang;
    }

    /** The language the KB wrote the text that {@code in(asked)} returns. */
    private static String languageOf(Localized text, String asked) {
        if (asked != null && text.has(asked)) return asked;
        if (text.has(text.fallbackLang())) return text.fallbackLang();
        return text.texts().keySet().iterator().next();
    }

    private static int intersect(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) n++;
        }
        return n;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }

    /** Lower case, compatibility forms unified, accents dropped; Hangul and kana composed again. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < n.length() && ascii; i++) ascii = n.charAt(i) < 128;
        if (ascii) return n;
        StringBuilder b = new StringBuilder(n.length());
        String d = Normalizer.normalize(n, Normalizer.Form.NFD);
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) b.append(c);
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    /** The topics found in a text, and (for a question) the words that named them and whether it asks yes or no. */
    private record Triggered(Set<String> topics, List<String> words, boolean yesNo) {
    }

    /** The word lists of {@code listing-words.txt}. */
    private static final class Topics {
        final Map<String, Set<String>> words = new HashMap<>();
        /** A topic's broader topic ("diameter" -> "dimensions"): naming the child names the parent too. */
        final Map<String, String> parents = new HashMap<>();
        /** Prefix ("batter" of "batter*") to its topics; a token is looked up by each of its own prefixes. */
        final Map<String, Set<String>> prefixes = new HashMap<>();
        int longestPrefix;
        final List<String[]> phrases = new ArrayList<>();
        /** CJK/Hangul word to its topics, looked up by every substring of the text up to the longest word. */
        final Map<String, Set<String>> inside = new HashMap<>();
        int longestInside;
        final Set<String> ask = new HashSet<>();
        /** Question words that ask for a figure or a name, not yes or no ("how", "combien", "berapa"). */
        final Set<String> wh = new HashSet<>();

        /** A question asked by its question mark alone, with no question word ("combien pèse-t-il ?" asks a figure). */
        boolean intonationQuestion(String text) {
            String f = fold(text).strip();
            int end = f.length();
            // "es de cuero o q? 👀": emoji and the like after the question mark
            while (end > 0 && !Character.isLetterOrDigit(f.charAt(end - 1)) && f.charAt(end - 1) != '?'
                    && f.charAt(end - 1) != '؟') {
                end--;
            }
            f = f.substring(0, end);
            if (!f.endsWith("?") && !f.endsWith("؟")) return false;
            List<String> tokens = tokens(f);
            return !tokens.isEmpty() && tokens.stream().noneMatch(wh::contains);
        }

        /** One material a line ("leather, cuero, cuir, 革..."): which a text names, by line number. */
        final List<Set<String>> materials = new ArrayList<>();

        /** The materials a text names, as indexes of {@link #materials}. */
        Set<Integer> materials(String text) {
            String f = fold(text);
            Set<String> tokens = new HashSet<>();
            for (String tok : tokens(f)) {
                tokens.add(tok);
                tokens.add(withoutArabicPrefix(tok)); // "الجلد": the leather
            }
            Set<Integer> out = new HashSet<>();
            for (int i = 0; i < materials.size(); i++) {
                for (String w : materials.get(i)) {
                    if (latin(w) ? tokens.contains(w) : f.contains(w)) {
                        out.add(i);
                        break;
                    }
                }
            }
            return out;
        }

        /** Topic words that name one thing of the topic ("android"): a yes needs the fact to hold them. */
        final Set<String> values = new HashSet<>();
        final Set<String> yesNo = new HashSet<>();
        final List<String> yesNoInside = new ArrayList<>();
        final Set<String> yes = new HashSet<>();
        final Set<String> no = new HashSet<>();
        /** Analyzed question words per language; only registered analyzers' languages are ever keys. */
        private final Map<String, Set<String>> askTerms = new ConcurrentHashMap<>();

        static Topics load() {
            Topics t = new Topics();
            try (InputStream in = Listings.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    int colon = line.indexOf(':');
                    if (colon < 0) throw new IllegalStateException(RESOURCE + ": expected 'topic: word, ...' in " + line);
                    String topic = line.substring(0, colon).strip();
                    int lt = topic.indexOf('<');
                    if (lt > 0) {
                        String parent = topic.substring(lt + 1).strip();
                        topic = topic.substring(0, lt).strip();
                        t.parents.put(topic, parent);
                    }
                    if (topic.equals("same")) {
                        Set<String> group = new HashSet<>();
                        for (String raw : line.substring(colon + 1).split(",")) {
                            String w = fold(raw.strip());
                            if (!w.isEmpty()) group.add(w);
                        }
                        t.materials.add(Set.copyOf(group));
                        for (String w : group) t.add("material", w); // naming a material asks the material
                        continue;
                    }
                    for (String raw : line.substring(colon + 1).split(",")) {
                        String w = fold(raw.strip());
                        if (!w.isEmpty()) t.add(topic, w);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return t;
        }

        private void add(String topic, String w) {
            switch (topic) {
                case "ask" -> ask.add(w);
                case "value" -> values.add(w);
                case "wh" -> wh.add(w);
                case "same" -> { } // read whole lines in load()
                case "yesno" -> {
                    if (latin(w)) yesNo.add(w);
                    else yesNoInside.add(w);
                }
                case "yes" -> yes.add(w);
                case "no" -> no.add(w);
                default -> {
                    if (!latin(w)) {
                        inside.computeIfAbsent(w, k -> new HashSet<>()).add(topic);
                        longestInside = Math.max(longestInside, w.length());
                    } else if (w.endsWith("*")) {
                        String prefix = w.substring(0, w.length() - 1);
                        prefixes.computeIfAbsent(prefix, k -> new HashSet<>()).add(topic);
                        longestPrefix = Math.max(longestPrefix, prefix.length());
                    }
                    else if (tokens(w).size() > 1) phrases.add(new String[]{" " + String.join(" ", tokens(w)) + " ", topic});
                    else words.computeIfAbsent(w, k -> new HashSet<>()).add(topic);
                }
            }
        }

        Set<String> askTerms(String lang) {
            String key = lang == null ? "" : lang;
            Set<String> known = askTerms.get(key);
            if (known != null) return known;
            Set<String> terms = new HashSet<>();
            for (String w : ask) terms.addAll(analyze(w, lang));
            if (Languages.get(key).isPresent() || key.isEmpty()) askTerms.put(key, Set.copyOf(terms));
            return terms;
        }

        /** The topics a text names; with {@code question}, also the naming words and whether it asks yes or no. */
        Triggered find(String text, boolean question) {
            String f = fold(splitUnits(text));
            List<String> tokens = tokens(f);
            Set<String> topics = new HashSet<>();
            List<String> named = question ? new ArrayList<>() : List.of();
            for (String tok : tokens) {
                Set<String> ts = words.get(tok);
                if (ts == null) ts = words.get(withoutArabicPrefix(tok));
                // "bahannya", "beratnya", "ukurannya": Indonesian writes "its" (-nya) onto the word
                if (ts == null && tok.length() > 5 && tok.endsWith("nya")) ts = words.get(tok.substring(0, tok.length() - 3));
                boolean hit = ts != null;
                if (hit) topics.addAll(ts);
                for (int len = 1; len <= Math.min(longestPrefix, tok.length()); len++) {
                    Set<String> pt = prefixes.get(tok.substring(0, len));
                    if (pt != null) {
                        topics.addAll(pt);
                        hit = true;
                    }
                }
                if (hit && question) named.add(tok);
            }
            if (!phrases.isEmpty()) {
                String padded = " " + String.join(" ", tokens) + " ";
                for (String[] p : phrases) {
                    if (padded.contains(p[0])) {
                        topics.add(p[1]);
                        if (question) named.add(p[0].strip());
                    }
                }
            }
            boolean nonLatin = !latin(f);
            if (nonLatin) {
                for (int i = 0; i < f.length(); i++) {
                    for (int end = i + 1; end <= Math.min(f.length(), i + longestInside); end++) {
                        Set<String> it = inside.get(f.substring(i, end));
                        if (it != null) {
                            topics.addAll(it);
                            if (question) named.add(f.substring(i, end));
                        }
                    }
                }
            }
            for (String child : List.copyOf(topics)) {
                for (String p = parents.get(child); p != null && topics.add(p); p = parents.get(p)) {
                    // "diameter" names the dimensions too
                }
            }
            boolean yn = false;
            if (question) {
                yn = !tokens.isEmpty() && yesNo.contains(tokens.get(0));
                if (!yn && nonLatin) {
                    for (String w : yesNoInside) {
                        if (f.contains(w)) {
                            yn = true;
                            break;
                        }
                    }
                }
            }
            return new Triggered(topics, named, yn);
        }

        /** Runs of letters and digits of a folded text. */
        static List<String> tokens(String f) {
            List<String> out = new ArrayList<>();
            int start = -1;
            for (int i = 0; i <= f.length(); i++) {
                boolean word = i < f.length() && Character.isLetterOrDigit(f.charAt(i));
                if (word && start < 0) start = i;
                if (!word && start >= 0) {
                    out.add(f.substring(start, i));
                    start = -1;
                }
            }
            return out;
        }

        /**
         * Whether words of this text are separated by spaces (Latin, Arabic...), so they are matched as words; CJK,
         * kana and Hangul are matched inside the text. ("سم", cm, is no match inside "سماعات", earphones.)
         */
        private static boolean latin(String w) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c < '\u1100' || !Character.isLetter(c)) continue; // below Hangul Jamo: no CJK script
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
                    return false;
                }
            }
            return true;
        }

        /** "الوزن" -> "وزن", "بالماء" -> "ماء": Arabic writes "the", "and", "with" onto the word. */
        private static String withoutArabicPrefix(String tok) {
            if (tok.isEmpty() || tok.charAt(0) < '\u0600'
                    || Character.UnicodeScript.of(tok.charAt(0)) != Character.UnicodeScript.ARABIC) return tok;
            for (String p : new String[]{"وال", "بال", "لل", "ال", "و", "ب", "ل"}) {
                if (tok.length() > p.length() + 2 && tok.startsWith(p)) return tok.substring(p.length());
            }
            return tok;
        }
    }
}
