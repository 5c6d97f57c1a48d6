package cohost.knowledge;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Imports products from Shopify's product CSV export. A product is the rows sharing a Handle: the first carries the
 * product columns (Title, Body (HTML), Vendor, Type, Tags, Option names), every row may carry a variant (Option
 * values, Variant SKU, Variant Price, Variant Inventory Qty). The Handle becomes the product's SKU, prices are in the
 * store's currency, and rows with only an image are skipped.
 */
final class ShopifyCsv {
    static final String FILE = KbReader.PRODUCTS_CSV;
    private static final List<String> REQUIRED = List.of("Handle", "Title", "Variant Price");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    interface Sink {
        void accept(Product product, String where);
    }

    /** One CSV row, with its columns by header name and the line it starts on. */
    private record Row(Map<String, String> columns, int line) {
        String get(String column) {
            String v = columns.get(column);
            return v == null ? "" : v.strip();
        }
    }

    private ShopifyCsv() {
    }

    /** Reads the CSV text, reporting each problem; every valid product goes to {@code sink} with its first line. */
    static void read(String csv, String lang, String currency, Problems problems, Sink sink) {
        Map<String, List<Row>> byHandle = new LinkedHashMap<>();
        if (!readRows(csv, problems, byHandle)) return;
        for (List<Row> rows : byHandle.values()) {
            Product p = product(rows, lang, currency, problems);
            if (p != null) sink.accept(p, "line " + rows.get(0).line());
        }
    }

    private static boolean readRows(String csv, Problems problems, Map<String, List<Row>> byHandle) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
            if (!it.hasNext()) {
                problems.add(FILE, "", "is empty; expected Shopify's header row (Handle,Title,Body (HTML),...)");
                return false;
            }
            List<String> header = Arrays.stream(it.next()).map(String::strip).toList();
            boolean ok = true;
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    problems.add(FILE, "line 1", "missing column '" + column + "' (expected Shopify's product export)");
                    ok = false;
                }
            }
            if (!ok) return false;
            while (true) {
                int line = it.getCurrentLocation().getLineNr();
                if (!it.hasNext()) break;
                String[] values = it.next();
                if (values.length == 1 && values[0].isBlank()) continue;
                Map<String, String> columns = new HashMap<>();
                for (int i = 0; i < Math.min(values.length, header.size()); i++) columns.put(header.get(i), values[i]);
                Row row = new Row(columns, line);
                if (row.get("Handle").isEmpty()) {
                    problems.add(FILE, "line " + line, "missing Handle");
                    continue;
                }
                byHandle.computeIfAbsent(row.get("Handle"), h -> new ArrayList<>()).add(row);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? "line " + j.getLocation().getLineNr() : "";
            problems.add(FILE, where, "malformed CSV: " + e.getMessage().lines().findFirst().orElse(""));
            return false;
        }
    }

    private static Product product(List<Row> rows, String lang, String currency, Problems problems) {
        Row first = rows.get(0);
        String where = "line " + first.line();
        String handle = first.get("Handle");
        boolean ok = withinBounds(rows, problems);
        if (first.get("Title").isEmpty()) {
            problems.add(FILE, where, "missing Title for the first row of handle '" + handle + "'");
            ok = false;
        }
        List<String> optionNames = new ArrayList<>();
        for (int n = 1; n <= 3; n++) optionNames.add(first.get("Option" + n + " Name").toLowerCase(Locale.ROOT));

        List<Variant> variants = new ArrayList<>();
        BigDecimal productPrice = null;
        for (Row row : rows) {
            if (!hasVariant(row)) continue;
            String at = "line " + row.line();
            BigDecimal price = decimal(row.get("Variant Price"));
            if (price == null || price.signum() < 0) {
                problems.add(FILE, at, "Variant Price '" + row.get("Variant Price") + "' must be a non-negative number");
                ok = false;
                continue;
            }
            String bound = currency == null ? null : JsonFields.amountProblem(price, currency);
            if (bound != null) { // the same bounds as JSON amounts (hardening, #13)
                problems.add(FILE, at, "Variant Price " + bound);
                ok = false;
                continue;
            }
            if (productPrice == null) productPrice = price;
            Map<String, String> options = new LinkedHashMap<>();
            for (int n = 1; n <= 3; n++) {
                String value = row.get("Option" + n + " Value");
                String name = optionNames.get(n - 1);
                if (value.isEmpty() || value.equals("Default Title")) continue;
                options.put(name.isEmpty() || name.equals("title") ? "option" + n : name, value);
            }
            Integer stock = null;
            String qty = row.get("Variant Inventory Qty");
            if (!qty.isEmpty()) {
                BigDecimal q = decimal(qty);
                if (q == null || q.scale() > 0 && q.stripTrailingZeros().scale() > 0) {
                    problems.add(FILE, at, "Variant Inventory Qty '" + qty + "' must be a whole number");
                    ok = false;
                    continue;
                }
                stock = Math.max(0, q.intValue()); // Shopify exports oversold items as negative stock: none left
            }
            String sku = row.get("Variant SKU").isEmpty() ? handle + "#" + (variants.size() + 1) : row.get("Variant SKU");
            Money own = price.compareTo(productPrice) == 0 || currency == null ? null : new Money(price, currency);
            variants.add(new Variant(sku, options, own, stock));
        }
        if (productPrice == null && ok) {
            problems.add(FILE, where, "handle '" + handle + "' has no row with a Variant Price");
            ok = false;
        }
        if (!ok || currency == null) return null;
        Localized description = html(first.get("Body (HTML)")).isEmpty() ? null
                : Localized.of(html(first.get("Body (HTML)")), lang);
        String category = !first.get("Type").isEmpty() ? first.get("Type") : lastSegment(first.get("Product Category"));
        List<String> tags = Arrays.stream(first.get("Tags").split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .toList();
        return new Product(handle, Localized.of(first.get("Title"), lang), description, category,
                first.get("Vendor").isEmpty() ? null : first.get("Vendor"), new Money(productPrice, currency), Map.of(),
                variants, List.of(), tags);
    }

    /**
     * Cells within the KB's text bounds (hardening, #13): titles and names are scanned by understanding on every
     * message, and HTML is stripped by a regex, so neither may be unbounded. Reports each cell over its bound.
     */
    private static boolean withinBounds(List<Row> rows, Problems problems) {
        boolean ok = true;
        for (Row row : rows) {
            for (Map.Entry<String, String> cell : row.columns().entrySet()) {
                int max = switch (cell.getKey()) {
                    case "Handle", "Title", "Vendor", "Type", "Product Category", "Variant SKU", "Variant Price",
                         "Variant Inventory Qty", "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value",
                         "Option3 Name", "Option3 Value" -> JsonFields.MAX_SHORT_TEXT;
                    case "Tags" -> JsonFields.MAX_LONG_TEXT;
                    default -> 5 * JsonFields.MAX_LONG_TEXT; // Body (HTML) and columns Cohost does not read
                };
                String problem = JsonFields.lengthProblem(cell.getValue(), max);
                if (problem != null) {
                    problems.add(FILE, "line " + row.line() + ", " + cell.getKey(), problem);
                    ok = false;
                }
            }
        }
        return ok;
    }

    private static boolean hasVariant(Row row) {
        return !row.get("Variant Price").isEmpty() || !row.get("Variant SKU").isEmpty()
                || !row.get("Option1 Value").isEmpty();
    }

    private static BigDecimal decimal(String text) {
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

    /** The text of an HTML fragment: tags dropped, common entities decoded, whitespace collapsed. */
    static String html(String fragment) {
        String s = TAG.matcher(fragment).replaceAll(" ");
        s = NUMERIC_ENTITY.matcher(s).replaceAll(m -> {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            return java.util.regex.Matcher.quoteReplacement(Character.toString(cp));
        });
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
