package cohost.knowledge;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports products from Shopify's product CSV export, in either of its header dialects: the long-standing one
 * ("Handle", "Body (HTML)", "Variant Price", "Variant Inventory Qty"...) and the 2024 template's ("URL handle",
 * "Description", "Price", "Inventory quantity"...); header names are compared ignoring case. A product is the rows
 * sharing a handle: the first carries the product columns (Title, body, Vendor, Type, Tags, option names), every row
 * may carry a variant (option values, SKU, price, inventory). The handle becomes the product's SKU, prices are in
 * the store's currency, and rows with only an image are skipped.
 *
 * <p>Read as Shopify means it: each variant keeps its own price (the product's price is the lowest, so answers can
 * say "from"); an empty inventory tracker means stock is not tracked, so the variant is on sale whatever the
 * quantity column says; the inventory policy "continue" keeps a variant on sale at zero or below; a compare-at price
 * above the price is the price before a sale; a product's variants that all weigh the same give it a weight.
 *
 * <p>The body is read as HTML ({@link ShopifyBody}): its "Label: value" list items, lines and two-cell table rows
 * become attributes, the rest description sentences with each item and paragraph ending in its own full stop; product
 * metafield columns ("Skin type (product.metafields.shopify.skin-type)") become attributes named by their label.
 */
final class ShopifyCsv {
    static final String FILE = KbReader.PRODUCTS_CSV;

    /** A column and the names Shopify has given it, the long-standing export's first. */
    private enum Column {
        HANDLE("Handle", "URL handle"), TITLE("Title"), BODY("Body (HTML)", "Description"), VENDOR("Vendor"),
        TYPE("Type"), CATEGORY("Product Category"), TAGS("Tags"),
        OPTION1_NAME("Option1 Name"), OPTION1_VALUE("Option1 Value"), OPTION2_NAME("Option2 Name"),
        OPTION2_VALUE("Option2 Value"), OPTION3_NAME("Option3 Name"), OPTION3_VALUE("Option3 Value"),
        SKU("Variant SKU", "SKU"), PRICE("Variant Price", "Price"),
        COMPARE_AT("Variant Compare At Price", "Compare-at price"),
        QTY("Variant Inventory Qty", "Inventory quantity"), TRACKER("Variant Inventory Tracker", "Inventory tracker"),
        POLICY("Variant Inventory Policy", "Continue selling when out of stock"),
        GRAMS("Variant Grams", "Weight value (grams)");

        final List<String> names;

        Column(String... names) {
            this.names = Arrays.stream(names).map(n -> n.toLowerCase(Locale.ROOT)).toList();
        }

        static Column option(int n, boolean value) {
            return valueOf("OPTION" + n + (value ? "_VALUE" : "_NAME"));
        }
    }

    private static final List<Column> REQUIRED = List.of(Column.HANDLE, Column.TITLE, Column.PRICE);

    interface Sink {
        void accept(Product product, String where);
    }

    /** One CSV row: its values by column, its product metafields by label, and the line it starts on. */
    private record Row(Map<Column, String> columns, Map<String, String> metafields, int line) {
        String get(Column column) {
            String v = columns.get(column);
            return v == null ? "" : v.strip();
        }
    }

    /** Which columns the header has, by their index; product metafield columns by their label. */
    private record Header(Map<Column, Integer> index, Map<String, Integer> metafields) {
        boolean has(Column c) {
            return index.containsKey(c);
        }
    }

    private ShopifyCsv() {
    }

    /** Reads the CSV text, reporting each problem; every valid product goes to {@code sink} with its first line. */
    static void read(String csv, String lang, String currency, Problems problems, Sink sink) {
        Map<String, List<Row>> byHandle = new LinkedHashMap<>();
        Header header = readRows(csv, problems, byHandle);
        if (header == null) return;
        for (List<Row> rows : byHandle.values()) {
            Product p = product(rows, header, lang, currency, problems);
            if (p != null) sink.accept(p, "line " + rows.get(0).line());
        }
    }

    private static Header readRows(String csv, Problems problems, Map<String, List<Row>> byHandle) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
            if (!it.hasNext()) {
                problems.add(FILE, "", "is empty; expected Shopify's header row (Handle,Title,Body (HTML),...)");
                return null;
            }
            String[] rawNames = it.next();
            List<String> names = Arrays.stream(rawNames).map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
            Map<Column, Integer> index = new EnumMap<>(Column.class);
            for (Column c : Column.values()) {
                for (String name : c.names) {
                    int i = names.indexOf(name);
                    if (i >= 0 && !index.containsKey(c)) index.put(c, i);
                }
            }
            // "Skin type (product.metafields.shopify.skin-type)": a fact the merchant filled in, named by its label
            Map<String, Integer> metafields = new LinkedHashMap<>();
            for (int i = 0; i < rawNames.length; i++) {
                String label = ShopifyBody.metafieldLabel(rawNames[i]);
                if (label != null) metafields.putIfAbsent(label, i);
            }
            boolean ok = true;
            for (Column column : REQUIRED) {
                if (!index.containsKey(column)) {
                    String name = switch (column) {
                        case HANDLE -> "Handle";
                        case PRICE -> "Variant Price";
                        default -> "Title";
                    };
                    problems.add(FILE, "line 1", "missing column '" + name + "' (expected Shopify's product export)");
                    ok = false;
                }
            }
            if (!ok) return null;
            while (true) {
                int line = it.getCurrentLocation().getLineNr();
                if (!it.hasNext()) break;
                String[] values = it.next();
                if (values.length == 1 && values[0].isBlank()) continue;
                Map<Column, String> columns = new EnumMap<>(Column.class);
                index.forEach((c, i) -> {
                    if (i < values.length) columns.put(c, values[i]);
                });
                Map<String, String> metafieldValues = new LinkedHashMap<>();
                metafields.forEach((label, i) -> {
                    if (i < values.length && !values[i].isBlank()) metafieldValues.put(label, values[i].strip());
                });
                Row row = new Row(columns, metafieldValues, line);
                if (row.get(Column.HANDLE).isEmpty()) {
                    problems.add(FILE, "line " + line, "missing Handle");
                    continue;
                }
                byHandle.computeIfAbsent(row.get(Column.HANDLE), h -> new ArrayList<>()).add(row);
            }
            return new Header(index, metafields);
        } catch (IOException | RuntimeException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? "line " + j.getLocation().getLineNr() : "";
            problems.add(FILE, where, "malformed CSV: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
    }

    /** A variant as read, before its price is compared with the product's lowest. */
    private record Read(String sku, Map<String, String> options, BigDecimal price, Integer stock, BigDecimal compareAt,
                        boolean backorder, BigDecimal grams) {
    }

    private static Product product(List<Row> rows, Header header, String lang, String currency, Problems problems) {
        Row first = rows.get(0);
        String where = "line " + first.line();
        String handle = first.get(Column.HANDLE);
        boolean ok = withinBounds(rows, problems);
        if (first.get(Column.TITLE).isEmpty()) {
            problems.add(FILE, where, "missing Title for the first row of handle '" + handle + "'");
            ok = false;
        }
        List<String> optionNames = new ArrayList<>();
        for (int n = 1; n <= 3; n++) optionNames.add(first.get(Column.option(n, false)).toLowerCase(Locale.ROOT));

        List<Read> read = new ArrayList<>();
        for (Row row : rows) {
            if (!hasVariant(row)) continue;
            String at = "line " + row.line();
            BigDecimal price = decimal(row.get(Column.PRICE));
            if (price == null || price.signum() < 0) {
                problems.add(FILE, at, "Variant Price '" + row.get(Column.PRICE) + "' must be a non-negative number");
                ok = false;
                continue;
            }
            // The same bounds as JSON amounts (hardening, #13): 1e999999999 parses, then cannot be formatted.
            String bound = currency == null ? null : JsonFields.amountProblem(price, currency);
            BigDecimal compareAtRead = decimal(row.get(Column.COMPARE_AT));
            if (bound == null && compareAtRead != null && currency != null) {
                bound = JsonFields.amountProblem(compareAtRead, currency);
            }
            BigDecimal gramsRead = decimal(row.get(Column.GRAMS));
            if (bound == null && gramsRead != null) {
                bound = JsonFields.amountProblem(gramsRead.abs(), null);
            }
            if (bound != null) {
                problems.add(FILE, at, "a price or weight " + bound);
                ok = false;
                continue;
            }
            Map<String, String> options = new LinkedHashMap<>();
            for (int n = 1; n <= 3; n++) {
                String value = row.get(Column.option(n, true));
                String name = optionNames.get(n - 1);
                if (value.isEmpty() || value.equals("Default Title")) continue;
                options.put(name.isEmpty() || name.equals("title") ? "option" + n : name, value);
            }
            Integer stock = null;
            String qty = row.get(Column.QTY);
            // no tracker in a file that has the column: Shopify does not count this variant's stock, it is on sale
            boolean tracked = !header.has(Column.TRACKER) || !row.get(Column.TRACKER).isEmpty()
                    && !row.get(Column.TRACKER).equalsIgnoreCase("not_managed");
            if (!qty.isEmpty()) {
                BigDecimal q = decimal(qty);
                if (q == null || q.scale() > 0 && q.stripTrailingZeros().scale() > 0) {
                    problems.add(FILE, at, "Variant Inventory Qty '" + qty + "' must be a whole number");
                    ok = false;
                    continue;
                }
                if (tracked) stock = Math.max(0, q.intValue()); // oversold shows as negative stock: none left
            }
            String policy = row.get(Column.POLICY).toLowerCase(Locale.ROOT);
            boolean backorder = policy.equals("continue") || policy.equals("true") || policy.equals("yes");
            BigDecimal compareAt = decimal(row.get(Column.COMPARE_AT));
            if (compareAt != null && compareAt.compareTo(price) <= 0) compareAt = null; // no sale: not a former price
            String sku = row.get(Column.SKU).isEmpty() ? handle + "#" + (read.size() + 1) : row.get(Column.SKU);
            read.add(new Read(sku, options, price, stock, compareAt, backorder, decimal(row.get(Column.GRAMS))));
        }
        if (read.isEmpty() && ok) {
            problems.add(FILE, where, "handle '" + handle + "' has no row with a Variant Price");
            ok = false;
        }
        if (!ok || currency == null) return null;
        BigDecimal lowest = read.stream().map(Read::price).min(BigDecimal::compareTo).orElseThrow();
        List<Variant> variants = new ArrayList<>();
        for (Read r : read) {
            Money own = r.price().compareTo(lowest) == 0 ? null : new Money(r.price(), currency);
            Money former = r.compareAt() == null ? null : new Money(r.compareAt(), currency);
            variants.add(new Variant(r.sku(), r.options(), own, r.stock(), former, r.backorder()));
        }
        // the specs the body lists ("Battery: 600 mAh"), then the metafields, then the variants' common weight: the
        // merchant's own wording first
        ShopifyBody body = ShopifyBody.of(first.get(Column.BODY));
        Map<String, Localized> attributes = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        java.util.function.BiConsumer<String, String> attribute = (key, value) -> {
            if (keys.add(key.toLowerCase(Locale.ROOT))) attributes.put(key, Localized.of(value, lang));
        };
        body.attributes().forEach(attribute);
        first.metafields().forEach(attribute);
        BigDecimal grams = read.get(0).grams();
        if (grams != null && grams.signum() > 0 && read.stream().allMatch(r -> grams.equals(r.grams()))) {
            attribute.accept("weight", grams.stripTrailingZeros().toPlainString() + " g");
        }
        Localized description = body.description().isEmpty() ? null : Localized.of(body.description(), lang);
        String category = !first.get(Column.TYPE).isEmpty() ? first.get(Column.TYPE)
                : lastSegment(first.get(Column.CATEGORY));
        List<String> tags = new ArrayList<>(Arrays.stream(first.get(Column.TAGS).split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList());
        // Shopify's standard category says what the product is ("Curling Irons") even when the shop's own Type is
        // broad ("hair tools"): kept as a tag, so the product's kind is known (ProductKinds)
        String standard = lastSegment(first.get(Column.CATEGORY));
        if (standard != null && !standard.equalsIgnoreCase(category)
                && tags.stream().noneMatch(standard::equalsIgnoreCase)) {
            tags.add(standard);
        }
        return new Product(handle, Localized.of(first.get(Column.TITLE), lang), description, category,
                first.get(Column.VENDOR).isEmpty() ? null : first.get(Column.VENDOR), new Money(lowest, currency),
                attributes, variants, List.of(), tags);
    }

    /**
     * Cells within the KB's text bounds (hardening, #13): titles and names are scanned by understanding on every
     * message, and HTML is stripped by a regex, so neither may be unbounded. Reports each cell over its bound.
     */
    private static boolean withinBounds(List<Row> rows, Problems problems) {
        boolean ok = true;
        for (Row row : rows) {
            for (Map.Entry<Column, String> cell : row.columns().entrySet()) {
                int max = switch (cell.getKey()) {
                    case BODY -> 5 * JsonFields.MAX_LONG_TEXT;
                    case TAGS -> JsonFields.MAX_LONG_TEXT;
                    default -> JsonFields.MAX_SHORT_TEXT;
                };
                String problem = JsonFields.lengthProblem(cell.getValue(), max);
                if (problem != null) {
                    problems.add(FILE, "line " + row.line() + ", " + cell.getKey().names.getFirst(), problem);
                    ok = false;
                }
            }
            for (Map.Entry<String, String> cell : row.metafields().entrySet()) {
                String problem = JsonFields.lengthProblem(cell.getValue(), JsonFields.MAX_LONG_TEXT);
                if (problem != null) {
                    problems.add(FILE, "line " + row.line() + ", " + cell.getKey(), problem);
                    ok = false;
                }
            }
        }
        return ok;
    }

    private static boolean hasVariant(Row row) {
        return !row.get(Column.PRICE).isEmpty() || !row.get(Column.SKU).isEmpty()
                || !row.get(Column.OPTION1_VALUE).isEmpty();
    }

    private static BigDecimal decimal(String text) {
        if (text.isEmpty()) return null;
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "Apparel & Accessories > Clothing > Shirts" -> "Shirts"; empty stays null. */
    private static String lastSegment(String category) {
        if (category.isEmpty()) return null;
        String[] parts = category.split(">");
        return parts[parts.length - 1].strip();
    }
}
