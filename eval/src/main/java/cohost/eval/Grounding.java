package cohost.eval;

import cohost.engine.Source;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The numbers each KB fact states, read from the KB folder's files as written (the public format in the README, "The knowledge base folder"), so
 * grounding is judged against the store's data itself and works the same for in-process and remote runs.
 * A fact is addressed as {@code kind:id}, the way replies cite their sources.
 */
public final class Grounding {
    /** Where the bundled demo store lives on the classpath (the knowledge module's resources). */
    public static final String DEMO_RESOURCE = "cohost/demo-store/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Set<BigDecimal>> numbersByFact;

    private final Set<String> destinations;

    private Grounding(Map<String, Set<BigDecimal>> numbersByFact, Set<String> destinations) {
        this.numbersByFact = numbersByFact;
        this.destinations = destinations;
    }

    /** The countries the store's shipping rules name (ISO codes; "*" left out). */
    public Set<String> destinations() {
        return destinations;
    }

    /** Reads a KB folder. */
    public static Grounding of(Path kbDir) {
        return read(name -> {
            Path p = kbDir.resolve(name);
            return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        });
    }

    /** Reads the bundled demo store. */
    public static Grounding demo() {
        return read(name -> {
            try (InputStream in = Grounding.class.getClassLoader().getResourceAsStream(DEMO_RESOURCE + name)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        });
    }

    private interface Files2 {
        String read(String name) throws IOException;
    }

    private static Grounding read(Files2 files) {
        Map<String, Set<BigDecimal>> facts = new LinkedHashMap<>();
        Set<String> destinations = new TreeSet<>();
        try {
            String shipping = files.read("shipping.json"), store = files.read("store.json");
            JsonNode regions = store == null ? JSON.createObjectNode() : JSON.readTree(store).path("regions");
            if (shipping != null) {
                for (JsonNode rule : JSON.readTree(shipping).path("rules")) {
                    for (JsonNode d : rule.path("destinations")) {
                        // a store region (EU, SEA...) stands for its countries
                        if (regions.has(d.asText())) regions.get(d.asText()).forEach(c -> destinations.add(c.asText()));
                        else if (d.asText().matches("[A-Z]{2}")) destinations.add(d.asText());
                    }
                }
            }
            addArray(facts, "shipping", shipping, "rules");
            addArray(facts, "returns", files.read("returns.json"), "policies");
            addArray(facts, "payment", files.read("payments.json"), "methods");
            String products = files.read("products.jsonl");
            if (products != null) addLines(facts, "product", products, "sku");
            else addShopifyCsv(facts, files.read("products.csv"));
            addLines(facts, "faq", files.read("faq.jsonl"), "id");
            addArray(facts, "rules", files.read("rules.json"), "pinned"); // pinned answers are store facts too
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Grounding(facts, destinations);
    }

    private static void addArray(Map<String, Set<BigDecimal>> facts, String kind, String text, String field)
            throws IOException {
        if (text == null) return;
        for (JsonNode item : JSON.readTree(text).path(field)) put(facts, kind, item.path("id").asText(), item);
    }

    private static void addLines(Map<String, Set<BigDecimal>> facts, String kind, String text, String idField)
            throws IOException {
        if (text == null) return;
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            JsonNode item = JSON.readTree(line);
            put(facts, kind, item.path(idField).asText(), item);
            // A variant is cited by its own SKU; it states its product's facts too.
            for (JsonNode v : item.path("variants")) {
                if (v.hasNonNull("sku")) put(facts, kind, v.get("sku").asText(), item);
            }
        }
    }

    /** The columns of a Shopify product export that state a product's facts (README, "products.csv"), by lower-case
     *  name; image, SEO, Google Shopping and bookkeeping columns state none (their numbers are URLs, positions...). */
    private static final Set<String> CSV_FACT_COLUMNS = Set.of("title", "body (html)", "description", "vendor", "type",
            "product category", "tags", "option1 value", "option2 value", "option3 value", "variant price", "price",
            "variant compare at price", "compare-at price", "variant inventory qty", "inventory quantity",
            "variant grams", "weight value (grams)");

    /** products.csv (a Shopify export) instead of products.jsonl: a product is its handle's rows, cited by the handle
     *  or by a variant's SKU ({@code handle#n} when the SKU column is empty), like a products.jsonl line. */
    private static void addShopifyCsv(Map<String, Set<BigDecimal>> facts, String text) throws IOException {
        if (text == null) return;
        CsvMapper csv = new CsvMapper();
        Map<String, List<Map<String, String>>> rowsByHandle = new LinkedHashMap<>();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            while (rows.hasNext()) {
                Map<String, String> row = new LinkedHashMap<>();
                rows.next().forEach((k, v) -> row.put(k.strip().toLowerCase(java.util.Locale.ROOT), v == null ? "" : v.strip()));
                String handle = !row.getOrDefault("handle", "").isEmpty() ? row.get("handle") : row.getOrDefault("url handle", "");
                if (!handle.isEmpty()) rowsByHandle.computeIfAbsent(handle, h -> new ArrayList<>()).add(row);
            }
        }
        rowsByHandle.forEach((handle, rows) -> {
            List<String> texts = new ArrayList<>();
            List<String> ids = new ArrayList<>(List.of(handle));
            int variant = 0;
            for (Map<String, String> row : rows) {
                row.forEach((column, value) -> {
                    if (CSV_FACT_COLUMNS.contains(column)) texts.add(value.replaceAll("<[^>]+>", " "));
                });
                String price = row.getOrDefault("variant price", row.getOrDefault("price", ""));
                if (price.isEmpty()) continue; // an image row
                variant++;
                String sku = row.getOrDefault("variant sku", row.getOrDefault("sku", ""));
                ids.add(sku.isEmpty() ? handle + "#" + variant : sku);
            }
            JsonNode item = JSON.valueToTree(texts);
            for (String id : ids) put(facts, "product", id, item);
        });
    }

    private static void put(Map<String, Set<BigDecimal>> facts, String kind, String id, JsonNode item) {
        Set<BigDecimal> numbers = facts.computeIfAbsent(kind + ":" + id, k -> new TreeSet<>());
        collect(item, numbers);
    }

    private static void collect(JsonNode node, Set<BigDecimal> out) {
        if (node.isNumber()) {
            out.add(node.decimalValue());
        } else if (node.isTextual()) {
            out.addAll(Quantities.numbers(node.asText()));
        } else {
            node.forEach(child -> collect(child, out));
        }
    }

    /** The numbers stated by the cited facts. */
    public Set<BigDecimal> numbersOf(List<Source> sources) {
        Set<BigDecimal> out = new TreeSet<>();
        for (Source s : sources) out.addAll(numbersByFact.getOrDefault(s.kind() + ":" + s.id(), Set.of()));
        return out;
    }

    /** The facts ({@code kind:id}) that state this number anywhere in the KB. */
    public List<String> factsWith(BigDecimal n) {
        List<String> out = new ArrayList<>();
        numbersByFact.forEach((fact, numbers) -> {
            if (numbers.stream().anyMatch(x -> x.compareTo(n) == 0)) out.add(fact);
        });
        return out.size() > 3 ? List.of(out.get(0), out.get(1), out.get(2), "...") : out;
    }

    /** Whether any fact was read (false when the KB folder is missing its files). */
    public boolean isEmpty() {
        return numbersByFact.isEmpty();
    }
}
