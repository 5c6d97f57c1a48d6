package cohost.knowledge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reads a KB folder (the format of the README's "knowledge base folder" section) and validates all of it, collecting
 * every problem before failing, so that a bad folder never half-loads.
 */
final class KbReader {
    static final String STORE = "store.json";
    static final String PRODUCTS = "products.jsonl";
    static final String PRODUCTS_CSV = "products.csv";
    static final String SHIPPING = "shipping.json";
    static final String RETURNS = "returns.json";
    static final String PAYMENTS = "payments.json";
    static final String FAQ = "faq.jsonl";
    static final String RULES = "rules.json";

    /**
     * Largest KB file: read whole into memory, so bounded before reading ({@code /dev/zero} is endless). 100,000
     * products with full listings (attributes, bullets, description, FAQ: 1-2 KB each) are 150 MB.
     */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** Longest JSON Lines line, in bytes. */
    static final int MAX_LINE_BYTES = 1024 * 1024;
    /** Most lines in a JSON Lines file (products, FAQ entries). */
    static final int MAX_LINES = 200_000;
    /** Longest number in a KB file, in characters; amounts are then bounded by value. */
    static final int MAX_NUMBER_LENGTH = 64;
    static final int MAX_DEPTH = 64;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNestingDepth(MAX_DEPTH).build())
            .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final int PARSE_BATCH = 4096;

    private final Path dir;
    private final Problems problems = new Problems();
    private final MessageDigest digest;
    private JsonFields.KbContext context = new JsonFields.KbContext("en", Set.of(), problems);
    /** What the previous read's lines read as (reused when a line's bytes are unchanged), and this read's. */
    private final Lines previous;
    private final Map<String, Map<Lines.Key, Object>> lines = new HashMap<>();

    private KbReader(Path dir, Lines previous) {
        this.dir = dir;
        this.previous = previous;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the folder, or throws with every problem found in it. */
    static KbContent read(Path dir) throws KbException {
        return read(dir, Lines.NONE);
    }

    /**
     * Reads the folder again ({@link KnowledgeBase#load(Path, KnowledgeBase)}): a JSON Lines line whose bytes are those
     * of a line of the previous read, against the same store defaults, is taken as it read then instead of being
     * parsed and checked again (a price edit in a 100,000-product catalogue reads one product); every other line, and
     * everything that spans lines (unique SKUs and ids) and every other file, is read and checked in full. Throws with
     * every problem found, as {@link #read(Path)}.
     */
    static KbContent read(Path dir, Lines previous) throws KbException {
        if (!Files.isDirectory(dir)) {
            throw new KbException(List.of(new KbProblem(dir.toString(), "", "not a folder")));
        }
        return new KbReader(dir, previous).readAll();
    }

    private KbContent readAll() throws KbException {
        Store store = readStore();
        List<Product> products = readProducts(store == null ? null : store.currency());
        List<ShippingOption> shipping = readShipping();
        List<ReturnPolicy> returns = readReturns(store);
        List<PaymentMethod> payments = readPayments();
        List<FaqEntry> faqs = readFaq();
        RoomRules rules = readRules(store);
        problems.throwIfAny();
        return new KbContent(store, products, shipping, returns, payments, faqs, rules,
                HexFormat.of().formatHex(digest.digest(), 0, 8), new Lines(Lines.Defaults.of(context), lines));
    }

    /**
     * What each line of a folder's JSON Lines files read as (a {@link Product}, a {@link FaqEntry}), by a 128-bit
     * MurmurHash3 of the line's bytes, kept with the snapshot read so that its reload parses only the lines that
     * changed. Only lines that read without a problem are kept; their values are immutable. Keyed by the store
     * defaults the lines were checked against: a line reader sees the folder only through its {@link JsonFields}'
     * context, so lines read under other defaults (store.json changed its default language or regions) are read again.
     * Two different lines hashing alike is a 2^-128 chance per pair, far below a disk's undetected error rate.
     */
    static final class Lines {
        static final Lines NONE = new Lines(null, Map.of());

        /** The hash of a line's bytes, without the spaces around it. */
        record Key(long high, long low) {
            static Key of(byte[] bytes, int from, int to) {
                long[] h = StringHelper.murmurhash3_x64_128(bytes, from, to - from, 0x636f686f);
                return new Key(h[0], h[1]);
            }
        }

        /** What a line's object is checked against besides its own bytes. */
        record Defaults(String defaultLanguage, Set<String> regions) {
            static Defaults of(JsonFields.KbContext c) {
                return new Defaults(c.defaultLanguage(), Set.copyOf(c.regions()));
            }
        }

        private final Defaults defaults;
        private final Map<String, Map<Key, Object>> byFile;

        Lines(Defaults defaults, Map<String, Map<Key, Object>> byFile) {
            this.defaults = defaults;
            this.byFile = Map.copyOf(byFile);
        }

        /** What the file's lines read as last time, by their hash; none when they were read under other defaults. */
        Map<Key, Object> of(String file, JsonFields.KbContext now) {
            Map<Key, Object> lines = byFile.get(file);
            if (lines == null || defaults == null || !defaults.defaultLanguage().equals(now.defaultLanguage())
                    || !defaults.regions().equals(now.regions())) {
                return Map.of();
            }
            return lines;
        }

        /** How many lines of the file are kept. */
        int size(String file) {
            return byFile.getOrDefault(file, Map.of()).size();
        }
    }

    // ---- store.json

    /** A name the host calls the co-host by is a word or two, never a sentence. */
    private static final int MAX_ASSISTANT_NAME = 40;

    private Store readStore() {
        JsonNode root = parseJson(STORE, true);
        if (root == null) return null;
        JsonFields f = new JsonFields(root, STORE, "", "", context);
        String id = f.text("id", true);
        String name = f.text("name", true);
        String defaultLanguage = f.language("defaultLanguage", true);
        List<String> languages = new ArrayList<>();
        if (defaultLanguage != null) languages.add(defaultLanguage);
        List<String> listed = f.strings("languages", false);
        for (int i = 0; i < listed.size(); i++) {
            String lang = listed.get(i);
            if (!JsonFields.LANGUAGES.contains(lang)) f.problem("languages[" + i + "]", JsonFields.unknownLanguage(lang));
            else if (!languages.contains(lang)) languages.add(lang);
        }
        String hostLanguage = f.language("hostLanguage", false);
        String currency = f.currency("currency", true);
        Map<String, Set<String>> regions = readRegions(f);
        List<String> assistantNames = f.strings("assistantNames", false);
        JsonNode names = f.raw("assistantNames");
        for (int i = 0; names != null && names.isArray() && i < names.size(); i++) {
            if (names.get(i).isTextual() && names.get(i).asText().strip().length() > MAX_ASSISTANT_NAME) {
                f.problem("assistantNames[" + i + "]", "must be at most " + MAX_ASSISTANT_NAME + " characters");
            }
        }
        JsonNode disclosure = f.raw("aiDisclosure");
        f.rejectUnknownFields();
        context = new JsonFields.KbContext(defaultLanguage == null ? "en" : defaultLanguage, regions.keySet(), problems);
        AiDisclosure ai = disclosure == null ? null : readAiDisclosure(disclosure);
        if (id == null || name == null || defaultLanguage == null || currency == null) return null;
        return new Store(id, name, defaultLanguage, languages, hostLanguage == null ? defaultLanguage : hostLanguage,
                currency, regions, assistantNames, ai);
    }

    /**
     * {@code "aiDisclosure": {"leadIn": {"zh": "【AI回复】", "en": "[AI] "}, "reminder": {"everyMinutes": 10, "text":
     * {...}}}}: both parts optional, but not both absent. Localized texts take the store's default language.
     */
    private AiDisclosure readAiDisclosure(JsonNode node) {
        JsonFields f = new JsonFields(node, STORE, "", "aiDisclosure", context);
        if (!node.isObject()) {
            f.problem("", "must be an object with 'leadIn' and/or 'reminder'");
            return null;
        }
        Localized leadIn = f.localized("leadIn", false);
        JsonNode reminderNode = f.raw("reminder");
        if (leadIn == null && reminderNode == null && f.raw("leadIn") == null) {
            f.problem("", "needs 'leadIn' (a label said before every AI reply) and/or 'reminder' (a periodic message)");
        }
        f.rejectUnknownFields();
        AiDisclosure.Reminder reminder = null;
        if (reminderNode != null) {
            JsonFields r = new JsonFields(reminderNode, STORE, "", "aiDisclosure.reminder", context);
            if (!reminderNode.isObject()) {
                r.problem("", "must be an object: {\"everyMinutes\": 10, \"text\": {\"en\": \"...\"}}");
            } else {
                Integer minutes = r.count("everyMinutes", true);
                Localized text = r.localized("text", true);
                r.rejectUnknownFields();
                java.time.Duration every = minutes == null ? null : java.time.Duration.ofMinutes(minutes);
                if (every != null && (every.compareTo(AiDisclosure.MIN_INTERVAL) < 0
                        || every.compareTo(AiDisclosure.MAX_INTERVAL) > 0)) {
                    r.problem("everyMinutes", "must be between " + AiDisclosure.MIN_INTERVAL.toMinutes() + " and "
                            + AiDisclosure.MAX_INTERVAL.toMinutes() + " minutes, got " + minutes);
                    every = null;
                }
                if (every != null && text != null) reminder = new AiDisclosure.Reminder(every, text);
            }
        }
        return leadIn == null && reminder == null ? null : new AiDisclosure(leadIn, reminder);
    }

    private Map<String, Set<String>> readRegions(JsonFields f) {
        Map<String, Set<String>> regions = new LinkedHashMap<>();
        JsonNode node = f.raw("regions");
        if (node == null) return regions;
        if (!node.isObject()) {
            f.problem("regions", "must be an object of region name to country codes, like {\"EU\": [\"DE\", \"FR\"]}");
            return regions;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String region = e.getKey();
            String where = "regions." + region;
            if (JsonFields.COUNTRIES.contains(region.toUpperCase(Locale.ROOT)) || region.equals("*") || region.isBlank()) {
                f.problem(where, "region name '" + region + "' is taken by a country code or \"*\"; choose another name");
                continue;
            }
            if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                f.problem(where, "must be a non-empty array of ISO 3166-1 alpha-2 country codes");
                continue;
            }
            Set<String> members = new LinkedHashSet<>();
            for (int i = 0; i < e.getValue().size(); i++) {
                String code = e.getValue().get(i).asText("").toUpperCase(Locale.ROOT);
                if (JsonFields.COUNTRIES.contains(code)) members.add(code);
                else f.problem(where + "[" + i + "]", "unknown country code '" + e.getValue().get(i).asText()
                        + "'; a region lists ISO 3166-1 alpha-2 codes such as DE");
            }
            regions.put(region, Set.copyOf(members));
        }
        return regions;
    }

    // ---- products.jsonl or products.csv

    private List<Product> readProducts(String currency) {
        boolean jsonl = present(PRODUCTS);
        boolean csv = present(PRODUCTS_CSV);
        if (jsonl && csv) {
            problems.add(PRODUCTS_CSV, "", "the folder has both products.jsonl and products.csv; keep one");
            return List.of();
        }
        List<Product> products = new ArrayList<>();
        List<String> wheres = new ArrayList<>();
        String file = csv ? PRODUCTS_CSV : PRODUCTS;
        if (csv) {
            byte[] bytes = readBytes(PRODUCTS_CSV); // valid UTF-8 from here on
            if (bytes == null) return List.of();
            ShopifyCsv.read(new String(bytes, StandardCharsets.UTF_8), context.defaultLanguage(), currency, problems,
                    (product, where) -> {
                        products.add(product);
                        wheres.add(where);
                    });
        } else {
            forEachLine(PRODUCTS, this::readProduct, (p, line) -> {
                if (p != null) {
                    products.add(p);
                    wheres.add(line);
                }
            });
        }
        checkUniqueSkus(products, wheres, file);
        return products;
    }

    private Product readProduct(JsonFields f) {
        String sku = f.text("sku", true);
        Localized title = f.localized("title", true);
        Localized description = f.longText("description", false);
        String category = f.text("category", false);
        String brand = f.text("brand", false);
        Money price = f.money("price", true);
        Map<String, Localized> attributes = f.localizedMap("attributes");
        List<Variant> variants = new ArrayList<>();
        boolean variantsOk = true;
        for (JsonFields v : f.objects("variants", false)) {
            String vsku = v.text("sku", true);
            Map<String, String> options = v.textMap("options");
            Money vprice = v.money("price", false);
            Integer stock = v.count("stock", false);
            Money compareAt = v.money("compareAtPrice", false);
            JsonNode backorder = v.raw("backorder");
            if (backorder != null && !backorder.isBoolean()) v.problem("backorder", "must be true or false");
            v.rejectUnknownFields();
            if (vsku == null) variantsOk = false;
            else variants.add(new Variant(vsku, options, vprice, stock, compareAt,
                    backorder != null && backorder.asBoolean()));
        }
        List<String> certifications = f.strings("certifications", false);
        List<String> tags = f.strings("tags", false);
        Map<String, Localized> labels = f.localizedMap("labels");
        for (String key : labels.keySet()) {
            if (!attributes.containsKey(key)) f.problem("labels." + key, "labels an attribute the product does not have");
        }
        List<Localized> bullets = new ArrayList<>();
        JsonNode rawBullets = f.raw("bullets");
        if (rawBullets != null && !rawBullets.isArray()) f.problem("bullets", "must be an array of localized texts");
        else if (rawBullets != null) {
            for (int i = 0; i < rawBullets.size(); i++) {
                Localized b = f.localizedAt("bullets", i);
                if (b != null) bullets.add(b);
            }
        }
        List<Product.ProductFaq> faq = new ArrayList<>();
        for (JsonFields q : f.objects("faq", false)) {
            Localized question = q.localized("question", true);
            Localized answer = q.localized("answer", true);
            q.rejectUnknownFields();
            if (question != null && answer != null) faq.add(new Product.ProductFaq(question, answer));
        }
        f.rejectUnknownFields();
        if (sku == null || title == null || price == null || !variantsOk) return null;
        return new Product(sku, title, description, category, brand, price, attributes, variants, certifications, tags,
                labels, bullets, faq);
    }

    /** SKUs name one thing each, across products and variants; compared case-insensitively. */
    private void checkUniqueSkus(List<Product> products, List<String> wheres, String file) {
        // sized for a product and two variants each: growing a map of 300,000 SKUs was a tenth of a 100k reload
        Map<String, String> seen = HashMap.newHashMap(products.size() * 3);
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            String where = wheres.get(i);
            uniqueSku(seen, p.sku(), where, file);
            for (Variant v : p.variants()) uniqueSku(seen, v.sku(), where, file);
        }
    }

    private void uniqueSku(Map<String, String> seen, String sku, String where, String file) {
        String first = seen.putIfAbsent(sku.toUpperCase(Locale.ROOT), where);
        if (first != null) problems.add(file, where, "duplicate SKU '" + sku + "' (first used at " + first + ")");
    }

    // ---- shipping.json

    private List<ShippingOption> readShipping() {
        List<ShippingOption> options = new ArrayList<>();
        JsonFields root = rootObject(SHIPPING);
        if (root == null) return options;
        Set<String> ids = new HashSet<>();
        for (JsonFields r : root.objects("rules", true)) {
            String id = uniqueId(r, ids);
            List<String> destinations = r.markets("destinations");
            String service = r.text("service", true);
            String carrier = r.text("carrier", false);
            Integer minDays = r.count("minDays", true);
            Integer maxDays = r.count("maxDays", true);
            if (minDays != null && maxDays != null && minDays > maxDays) {
                r.problem("minDays", "minDays " + minDays + " is greater than maxDays " + maxDays);
                minDays = null;
            }
            Money price = r.money("price", true);
            Money freeOver = r.money("freeOver", false);
            Duties duties = duties(r);
            Localized notes = r.longText("notes", false);
            r.rejectUnknownFields();
            if (id != null && !destinations.isEmpty() && service != null && minDays != null && maxDays != null
                    && price != null) {
                options.add(new ShippingOption(id, destinations, service, carrier, minDays, maxDays, price, freeOver,
                        duties, notes));
            }
        }
        root.rejectUnknownFields();
        return options;
    }

    private static Duties duties(JsonFields r) {
        String text = r.text("duties", false);
        if (text == null) return null;
        try {
            return Duties.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            r.problem("duties", "must be DDP (the seller pays duties up front) or DDU (the buyer pays on delivery), got '"
                    + text + "'");
            return null;
        }
    }

    // ---- returns.json

    private List<ReturnPolicy> readReturns(Store store) {
        List<ReturnPolicy> policies = new ArrayList<>();
        JsonFields root = rootObject(RETURNS);
        if (root == null) return policies;
        Set<String> ids = new HashSet<>();
        List<JsonFields> readers = new ArrayList<>();
        for (JsonFields p : root.objects("policies", true)) {
            String id = uniqueId(p, ids);
            List<String> markets = p.markets("markets");
            Integer windowDays = p.count("windowDays", true);
            Localized condition = p.longText("condition", false);
            String returnShipping = p.text("returnShipping", true);
            if (returnShipping != null && !returnShipping.equals("free") && !returnShipping.equals("buyer")) {
                p.problem("returnShipping", "must be \"free\" or \"buyer\", got '" + returnShipping + "'");
                returnShipping = null;
            }
            Integer refundDays = p.count("refundDays", true);
            List<String> excluded = p.strings("excludedCategories", false);
            Localized notes = p.longText("notes", false);
            p.rejectUnknownFields();
            if (id != null && !markets.isEmpty() && windowDays != null && returnShipping != null && refundDays != null) {
                policies.add(new ReturnPolicy(id, markets, windowDays, condition, returnShipping, refundDays, excluded,
                        notes));
                readers.add(p);
            }
        }
        root.rejectUnknownFields();
        if (store != null) checkOnePolicyPerCountry(policies, readers, new Markets(store.regions()));
        return policies;
    }

    /** A country must not get two return policies at the same level of specificity: which one would apply? */
    private static void checkOnePolicyPerCountry(List<ReturnPolicy> policies, List<JsonFields> readers, Markets markets) {
        Set<String> reported = new HashSet<>();
        for (String country : JsonFields.COUNTRIES) {
            int best = Markets.NONE;
            int first = -1;
            for (int i = 0; i < policies.size(); i++) {
                int s = markets.specificity(policies.get(i).markets(), country);
                if (s < best) {
                    best = s;
                    first = i;
                } else if (s == best && s != Markets.NONE && reported.add(first + "/" + i)) {
                    readers.get(i).problem("markets", "policy '" + policies.get(i).id() + "' and policy '"
                            + policies.get(first).id() + "' both cover " + country + " by " + Markets.describe(s)
                            + "; each country needs one return policy at its most specific level");
                }
            }
        }
    }

    // ---- payments.json

    private List<PaymentMethod> readPayments() {
        List<PaymentMethod> methods = new ArrayList<>();
        JsonFields root = rootObject(PAYMENTS);
        if (root == null) return methods;
        Set<String> ids = new HashSet<>();
        for (JsonFields m : root.objects("methods", true)) {
            String id = uniqueId(m, ids);
            Localized name = m.localized("name", true);
            List<String> markets = m.markets("markets");
            m.rejectUnknownFields();
            if (id != null && name != null && !markets.isEmpty()) methods.add(new PaymentMethod(id, name, markets));
        }
        root.rejectUnknownFields();
        return methods;
    }

    // ---- faq.jsonl

    private List<FaqEntry> readFaq() {
        List<FaqEntry> faqs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forEachLine(FAQ, f -> {
            String id = f.text("id", true);
            Localized question = f.longText("question", true);
            Localized answer = f.longText("answer", true);
            List<String> tags = f.strings("tags", false);
            f.rejectUnknownFields();
            return id != null && question != null && answer != null ? new FaqEntry(id, question, answer, tags) : null;
        }, (faq, line) -> {
            if (faq != null && !ids.add(faq.id())) problems.add(FAQ, line + ", id", "duplicate id '" + faq.id() + "'");
            else if (faq != null) faqs.add(faq);
        });
        return faqs;
    }

    // ---- rules.json (optional): the operator's room rules

    /** Longest banned word or pinned keyword, in characters: a word or a phrase, never a sentence. */
    static final int MAX_RULE_TERM = 100;
    /** Longest wait between greetings, in seconds: beyond an hour a room would never hear one. */
    static final int MAX_GREETING_INTERVAL = 3600;

    private RoomRules readRules(Store store) {
        JsonFields root = rootObject(RULES);
        if (root == null) return RoomRules.NONE;
        Set<String> ids = new HashSet<>();
        List<RoomRules.Ban> bans = new ArrayList<>();
        for (JsonFields b : root.objects("banned", false)) {
            String id = uniqueId(b, ids);
            List<String> markets = optionalMarkets(b);
            List<RuleTerm> words = ruleTerms(b, "words", false);
            List<String> topics = b.strings("topics", false);
            for (String topic : topics) {
                if (!RoomRules.TOPICS.contains(topic)) {
                    b.problem("topics", "unknown topic '" + topic + "'; use one of " + String.join(", ", RoomRules.TOPICS));
                }
            }
            if (b.raw("words") == null && b.raw("topics") == null) {
                b.problem("", "a ban needs \"words\" (never said, messages skipped) or \"topics\" (not answered), or both");
            }
            b.rejectUnknownFields();
            if (id != null && (!words.isEmpty() || !topics.isEmpty())
                    && topics.stream().allMatch(RoomRules.TOPICS::contains)) {
                bans.add(new RoomRules.Ban(id, markets, words, topics));
            }
        }
        List<RoomRules.Pin> pins = new ArrayList<>();
        for (JsonFields p : root.objects("pinned", false)) {
            String id = uniqueId(p, ids);
            List<String> markets = optionalMarkets(p);
            List<RuleTerm> keywords = ruleTerms(p, "keywords", true);
            Localized answer = p.longText("answer", true);
            p.rejectUnknownFields();
            if (id != null && !keywords.isEmpty() && answer != null) pins.add(new RoomRules.Pin(id, markets, keywords, answer));
        }
        RoomRules.Greetings greetings = readGreetings(root);
        root.rejectUnknownFields();
        return new RoomRules(bans, pins, greetings, store == null ? Map.of() : store.regions());
    }

    /** A rule's markets; without the field, every market ("*"). */
    private static List<String> optionalMarkets(JsonFields f) {
        return f.raw("markets") == null ? List.of("*") : f.markets("markets");
    }

    /** Words or phrases to match ({@link RuleTerm}); each must keep something to match once folded. */
    private static List<RuleTerm> ruleTerms(JsonFields f, String field, boolean required) {
        List<RuleTerm> terms = new ArrayList<>();
        for (String written : f.strings(field, required)) {
            String tooLong = JsonFields.lengthProblem(written, MAX_RULE_TERM);
            RuleTerm term = RuleTerm.of(written);
            if (tooLong != null) f.problem(field, "'" + written.substring(0, 20) + "...' " + tooLong);
            else if (term.folded().codePoints().noneMatch(Character::isLetterOrDigit)) f.problem(field, "'" + written + "' has no letters or digits to match");
            else terms.add(term);
        }
        return terms;
    }

    private RoomRules.Greetings readGreetings(JsonFields root) {
        JsonNode node = root.raw("greetings");
        if (node == null) return RoomRules.Greetings.NONE;
        if (!node.isObject()) {
            root.problem("greetings", "must be an object like {\"intervalSeconds\": 30, \"join\": {\"en\": \"Welcome!\"}}");
            return RoomRules.Greetings.NONE;
        }
        JsonFields g = new JsonFields(node, RULES, "", "greetings", context);
        Integer seconds = g.count("intervalSeconds", false);
        if (seconds != null && (seconds < 1 || seconds > MAX_GREETING_INTERVAL)) {
            g.problem("intervalSeconds", "must be between 1 and " + MAX_GREETING_INTERVAL + " seconds, got " + seconds);
        }
        Map<String, Localized> byKind = new LinkedHashMap<>();
        for (String kind : RoomRules.EVENT_KINDS) {
            Localized text = g.localized(kind, false);
            if (text != null) byKind.put(kind, text);
        }
        for (String name : (Iterable<String>) node::fieldNames) {
            if (!name.equals("intervalSeconds") && !RoomRules.EVENT_KINDS.contains(name)) {
                g.raw(name);
                g.problem(name, "unknown event kind '" + name + "'; greetings take \"intervalSeconds\" and a text for "
                        + String.join(", ", RoomRules.EVENT_KINDS));
            }
        }
        Duration interval = seconds == null || seconds < 1 || seconds > MAX_GREETING_INTERVAL
                ? RoomRules.Greetings.DEFAULT_INTERVAL : Duration.ofSeconds(seconds);
        return new RoomRules.Greetings(interval, byKind);
    }

    // ---- shared

    private static String uniqueId(JsonFields f, Set<String> ids) {
        String id = f.text("id", true);
        if (id != null && !ids.add(id)) {
            f.problem("id", "duplicate id '" + id + "'");
            return null;
        }
        return id;
    }

    private JsonFields rootObject(String file) {
        JsonNode root = parseJson(file, false);
        return root == null ? null : new JsonFields(root, file, "", "", context);
    }

    /** Parses a whole-file JSON object; null when absent (and optional) or broken (reported). */
    private JsonNode parseJson(String file, boolean required) {
        if (!present(file)) {
            if (required) problems.add(file, "", "required file is missing");
            return null;
        }
        byte[] bytes = readBytes(file);
        if (bytes == null) return null;
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                problems.add(file, "", "must hold one JSON object");
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            problems.add(file, location(e, 0), jsonProblem(e, "file"));
            return null;
        } catch (IOException e) {
            problems.add(file, "", "cannot be read: " + e.getMessage());
            return null;
        }
    }

    /** Reads one line's object; it may run on any thread, and reports only through the fields it is given. */
    private interface LineReader<T> {
        T read(JsonFields fields);
    }

    /** Keeps what a line read as (null if it had problems), and checks what spans lines; called in file order. */
    private interface LineKeeper<T> {
        void keep(T value, String line);
    }

    /** A line that read as an object: its value (null when it has problems), their list, and its bytes' hash. */
    private record ReadLine<T>(T value, Problems problems, Lines.Key key) {
    }

    /** A line refused before it was parsed (too long, not UTF-8). */
    private record LineProblem(String where, String message) {
    }

    /**
     * Reads each non-blank line of a JSON Lines file as an object; blank lines are allowed. A line whose bytes read
     * cleanly in the previous read of the folder is taken as it read then ({@link Lines}).
     */
    private <T> void forEachLine(String file, LineReader<T> reader, LineKeeper<T> keeper) {
        if (!present(file)) return;
        byte[] bytes = readBytes(file, true); // UTF-8 is checked line by line, and only in lines that changed
        if (bytes == null) return;
        Map<Lines.Key, Object> before = previous.of(file, context);
        // the fingerprint takes the lines' hashes, in file order: the file is not hashed twice
        digest.update(file.getBytes(StandardCharsets.UTF_8));
        ByteBuffer keyBytes = ByteBuffer.allocate(Long.BYTES * 2);
        int[] lineStarts = lineStarts(bytes);
        int lineCount = lineStarts.length - 1;
        if (lineCount > MAX_LINES) {
            problems.add(file, "line " + (MAX_LINES + 1), "the file has " + lineCount + " lines; at most " + MAX_LINES);
            return;
        }
        Map<Lines.Key, Object> kept = HashMap.newHashMap(lineCount);
        // Parsing and checking a line is most of the read time and touches nothing shared, so a batch of lines is
        // read on every core of the pool this runs in, each line into problems of its own; keeping and problems
        // then follow file order. Batches bound the trees held at once. Lines are parsed straight from the file's
        // bytes: a big catalogue would otherwise be copied twice more as strings.
        for (int start = 0; start < lineCount; start += PARSE_BATCH) {
            int first = start;
            Object[] read = IntStream.range(first, Math.min(lineCount, first + PARSE_BATCH)).parallel()
                    .mapToObj(i -> readLine(file, i + 1, bytes, lineStarts[i], lineStarts[i + 1], before, reader))
                    .toArray();
            for (int k = 0; k < read.length; k++) {
                int lineNo = first + k + 1;
                switch (read[k]) {
                    case null -> {
                    }
                    case JsonProcessingException e -> problems.add(file, location(e, lineNo), jsonProblem(e, "line"));
                    case LineProblem p -> problems.add(file, p.where(), p.message());
                    case ReadLine<?> r -> {
                        digest.update(keyBytes.clear().putLong(r.key().high()).putLong(r.key().low()).array());
                        @SuppressWarnings("unchecked") T value = (T) r.value();
                        keeper.keep(value, "line " + lineNo);
                        if (r.problems() != null) problems.addAll(r.problems());
                        if (value != null && (r.problems() == null || r.problems().isEmpty())) kept.put(r.key(), value);
                    }
                    default -> problems.add(file, "line " + lineNo, "each line must be one JSON object");
                }
            }
        }
        lines.put(file, kept);
    }

    /**
     * The line read (taken from the previous read when its bytes are unchanged), its parse error, a problem found
     * before parsing, a JSON value that is not an object, or null for a blank line.
     */
    private <T> Object readLine(String file, int lineNo, byte[] bytes, int lineStart, int lineEnd,
                               Map<Lines.Key, Object> before, LineReader<T> reader) {
        int from = lineStart;
        int to = lineEnd;
        while (to > from && isJsonSpace(bytes[to - 1])) to--;
        while (from < to && isJsonSpace(bytes[from])) from++;
        if (from == to) return null;
        String line = "line " + lineNo;
        if (to - from > MAX_LINE_BYTES) {
            return new LineProblem(line, "the line is " + (to - from) + " bytes long; at most " + MAX_LINE_BYTES);
        }
        Lines.Key key = Lines.Key.of(bytes, from, to);
        Object unchanged = before.get(key);
        if (unchanged != null) return new ReadLine<>(unchanged, null, key);
        int notUtf8 = firstNonUtf8(bytes, lineStart, lineEnd);
        if (notUtf8 >= 0) {
            return new LineProblem(line + ", column " + (notUtf8 - lineStart + 1), notUtf8Message(bytes, notUtf8));
        }
        Object parsed;
        try {
            parsed = JSON.readTree(bytes, from, to - from);
        } catch (JsonProcessingException e) {
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen reading from memory
        }
        if (!(parsed instanceof JsonNode node) || !node.isObject()) return parsed;
        Problems own = new Problems();
        JsonFields fields = new JsonFields(node, file, line, "",
                new JsonFields.KbContext(context.defaultLanguage(), context.regions(), own));
        return new ReadLine<>(reader.read(fields), own, key);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_7_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    /**
     * Where each line starts, plus one past the end: line i is {@code [starts[i], starts[i + 1])}, its "\n" included.
     * A UTF-8 byte-order mark is skipped; '\n' never occurs inside a multi-byte UTF-8 character. Eight bytes are
     * looked at a time (a catalogue is 100+ MB): the high bit of each byte of {@code zeros} is set exactly where
     * that byte of {@code word ^ NEWLINES} is zero, that is where the byte is '\n'.
     */
    static int[] lineStarts(byte[] bytes) {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int[] starts = new int[1024];
        int count = 0;
        starts[count++] = from;
        int i = from;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i) ^ NEWLINES;
            long zeros = ~(((word & LOW_7_BITS) + LOW_7_BITS) | word | LOW_7_BITS);
            while (zeros != 0) {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + (Long.numberOfTrailingZeros(zeros) >>> 3) + 1;
                zeros &= zeros - 1;
            }
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        if (starts[count - 1] < bytes.length) { // the last line has no "\n"
            if (count == starts.length) starts = Arrays.copyOf(starts, count + 1);
            starts[count++] = bytes.length;
        }
        return Arrays.copyOf(starts, count);
    }

    private static boolean isJsonSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /** "line L, column C" of a parse error; {@code line} overrides the parser's line for one-line documents. */
    private static String location(JsonProcessingException e, int line) {
        if (e.getLocation() == null) return line > 0 ? "line " + line : "";
        return "line " + (line > 0 ? line : e.getLocation().getLineNr()) + ", column " + e.getLocation().getColumnNr();
    }

    /** Whether the folder has an entry of this name (a symbolic link counts, even a broken or looping one). */
    private boolean present(String file) {
        return Files.exists(dir.resolve(file), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The file's bytes, once they are known to be a regular file of bounded size in valid UTF-8; else null, with the
     * problem reported: a FIFO would block the read forever, a device never end, a looping link read as missing.
     */
    private byte[] readBytes(String file) {
        return readBytes(file, false);
    }

    /**
     * As {@link #readBytes(String)}; for {@code jsonLines}, checking UTF-8 and adding the file to the fingerprint are
     * left to the caller, which does both line by line.
     */
    private byte[] readBytes(String file, boolean jsonLines) {
        Path path = dir.resolve(file);
        try {
            if (Files.isSymbolicLink(path)) {
                path.toRealPath(); // throws for a loop or a missing target
            }
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                problems.add(file, "", attributes.isDirectory() ? "is a folder; expected a file"
                        : "is not a regular file (a FIFO, device or socket); give a plain UTF-8 file");
                return null;
            }
            if (attributes.size() > MAX_FILE_BYTES) {
                problems.add(file, "", "is " + attributes.size() + " bytes; at most " + MAX_FILE_BYTES);
                return null;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1); // it may have grown since
            }
            if (bytes.length > MAX_FILE_BYTES) {
                problems.add(file, "", "is over " + MAX_FILE_BYTES + " bytes");
                return null;
            }
            if (jsonLines) return bytes;
            if (!validUtf8(file, bytes)) {
                return null;
            }
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            return bytes;
        } catch (NoSuchFileException e) {
            problems.add(file, "", "is a symbolic link to a missing file");
            return null;
        } catch (FileSystemException e) {
            String reason = String.valueOf(e.getReason());
            problems.add(file, "", reason.toLowerCase(Locale.ROOT).contains("symbolic")
                    ? "is a symbolic link that loops (" + reason + ")" : "cannot be read: " + reason);
            return null;
        } catch (IOException e) {
            problems.add(file, "", "cannot be read: " + e.getMessage());
            return null;
        }
    }

    /** Reports the first bytes that are not UTF-8, with their line and column (in bytes); false when any. */
    private boolean validUtf8(String file, byte[] bytes) {
        int at = firstNonUtf8(bytes, 0, bytes.length);
        if (at < 0) return true;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        problems.add(file, "line " + line + ", column " + (at - lineStart + 1), notUtf8Message(bytes, at));
        return false;
    }

    private static String notUtf8Message(byte[] bytes, int at) {
        return String.format("not valid UTF-8 (byte 0x%02X); save the file as UTF-8", at < bytes.length ? bytes[at] & 0xFF : 0);
    }

    /**
     * Where the first byte of {@code bytes[from, to)} that is not part of well-formed UTF-8 is, or -1. {@code from}
     * must start a character. ASCII, most of a catalogue, is skipped without decoding; the rest is decoded through a
     * small buffer, not into a copy of the whole text.
     */
    static int firstNonUtf8(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && bytes[i] >= 0) i++;
        if (i == to) return -1;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, i, to - i);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) return in.position();
            if (result.isUnderflow()) return -1;
            out.clear(); // the buffer is full: what was decoded is not needed, only whether it decodes
        }
    }

    /** A parse error in the author's terms: where, and what, without the parser's vocabulary. */
    static String jsonProblem(JsonProcessingException e, String unit) {
        if (e instanceof StreamConstraintsException) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Number value length")) return "a number longer than " + MAX_NUMBER_LENGTH + " characters";
            if (m.contains("nesting depth")) return "JSON nested deeper than " + MAX_DEPTH + " levels";
            return "JSON over the size limits";
        }
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return "more than one JSON value: each " + unit + " holds exactly one object";
        }
        String m = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        for (String tail : new String[]{" (start marker at", ": enable", "; enable", " (for ", "\n at [Source"}) {
            int cut = m.indexOf(tail);
            if (cut >= 0) m = m.substring(0, cut);
        }
        m = java.util.regex.Pattern.compile("\\((?:CTRL-CHAR, )?code (\\d+)[^)]*\\)").matcher(m)
                .replaceAll(c -> String.format("U+%04X", Integer.parseInt(c.group(1))))
                .replaceAll("\\[Source:[^]]*]", "").replace("`", "'")
                .replaceAll("(?i)json(read|write)?feature\\.\\w+", "").strip();
        return "malformed JSON: " + (m.length() > 200 ? m.substring(0, 200) + "..." : m);
    }
}
