package cohost.knowledge.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic but valid KB folder of any size for benchmarks: products with titles in three languages,
 * English descriptions of three sentences, seven attributes (one with localized labels), four bullets, a product
 * FAQ entry, tags and 2-3 variants each, plus shipping rules over regions, return policies,
 * payment methods and FAQ entries. Deterministic for a given size.
 */
public final class KbGenerator {
    static final String[][] ADJECTIVES = {
            {"wireless", "inalámbrico", "无线"}, {"portable", "portátil", "便携"}, {"waterproof", "impermeable", "防水"},
            {"foldable", "plegable", "折叠"}, {"smart", "inteligente", "智能"}, {"ceramic", "cerámico", "陶瓷"},
            {"leather", "de cuero", "真皮"}, {"silk", "de seda", "真丝"}, {"bamboo", "de bambú", "竹制"},
            {"stainless", "inoxidable", "不锈钢"}, {"vintage", "vintage", "复古"}, {"mini", "mini", "迷你"}};
    static final String[][] NOUNS = {
            {"speaker", "altavoz", "音箱"}, {"headphones", "auriculares", "耳机"}, {"watch", "reloj", "手表"},
            {"backpack", "mochila", "背包"}, {"lamp", "lámpara", "台灯"}, {"teapot", "tetera", "茶壶"},
            {"scarf", "bufanda", "围巾"}, {"wallet", "cartera", "钱包"}, {"umbrella", "paraguas", "雨伞"},
            {"keyboard", "teclado", "键盘"}, {"camera", "cámara", "相机"}, {"bottle", "botella", "水瓶"},
            {"jacket", "chaqueta", "夹克"}, {"sneakers", "zapatillas", "运动鞋"}, {"charger", "cargador", "充电器"}};
    static final String[] COLORS = {"black", "white", "red", "blue", "green", "grey"};
    static final String[] CATEGORIES = {"electronics", "home", "fashion", "sports", "beauty", "toys", "food", "tea"};
    static final String[] COUNTRIES = {"US", "CA", "MX", "BR", "AR", "CL", "CO", "PE", "DE", "FR", "ES", "IT", "NL",
            "PT", "PL", "SE", "GB", "AE", "SA", "ID", "SG", "MY", "TH", "PH", "VN", "JP", "KR", "AU", "NZ", "TR"};

    private KbGenerator() {
    }

    /** Writes the folder and returns it. */
    public static Path write(Path dir, int products) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("store.json"), """
                {"id": "bench", "name": "Bench Store", "defaultLanguage": "en", "languages": ["en", "es", "zh"],
                 "hostLanguage": "zh", "currency": "USD",
                 "regions": {"EU": ["DE", "FR", "ES", "IT", "NL", "PT", "PL", "SE"], "LATAM": ["MX", "BR", "AR", "CL", "CO", "PE"],
                             "SEA": ["ID", "SG", "MY", "TH", "PH", "VN"], "GCC": ["AE", "SA"]}}
                """);
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("products.jsonl"))) {
            for (int i = 0; i < products; i++) {
                String[] adj = ADJECTIVES[random.nextInt(ADJECTIVES.length)];
                String[] noun = NOUNS[random.nextInt(NOUNS.length)];
                String sku = String.format(Locale.ROOT, "P%06d", i);
                String model = "M" + (100 + random.nextInt(900));
                out.write("{\"sku\": \"" + sku + "\", \"title\": {\"en\": \"" + cap(adj[0]) + " " + noun[0] + " " + model
                        + "\", \"es\": \"" + cap(noun[1]) + " " + adj[1] + " " + model + "\", \"zh\": \"" + adj[2] + noun[2]
                        + " " + model + "\"}, \"description\": \"A " + adj[0] + " " + noun[0] + " made for travel and"
                        + " everyday use, model " + model + ", with a two-year warranty. The body is sealed against dust"
                        + " and the buttons work with gloves. Every unit is tested before it leaves the factory.\","
                        + " \"category\": \""
                        + CATEGORIES[i % CATEGORIES.length] + "\", \"brand\": \"Brand" + random.nextInt(500)
                        + "\", \"price\": {\"amount\": " + (5 + random.nextInt(200)) + ".99, \"currency\": \"USD\"},"
                        + " \"attributes\": {\"material\": {\"en\": \"" + adj[0] + "\", \"es\": \"" + adj[1] + "\"},"
                        + listingAttributes(random) + "},"
                        + " \"labels\": {\"waterResistance\": {\"fr\": \"Étanchéité\", \"de\": \"Wasserschutz\"}},"
                        + " \"bullets\": " + bullets(random, noun) + ","
                        + " \"faq\": [{\"question\": {\"en\": \"Does the " + noun[0] + " come with a case?\", \"es\": \"¿"
                        + cap(noun[1]) + " viene con funda?\"}, \"answer\": {\"en\": \"" + (random.nextBoolean()
                        ? "Yes, a zip case is in the box." : "No, the case is sold separately.") + "\"}}],"
                        + " \"variants\": [");
                int variants = 2 + random.nextInt(2);
                for (int v = 0; v < variants; v++) {
                    out.write((v > 0 ? ", " : "") + "{\"sku\": \"" + sku + "-" + v + "\", \"options\": {\"color\": \""
                            + COLORS[(i + v) % COLORS.length] + "\", \"size\": \"" + "SML".charAt(v) + "\"}, \"stock\": "
                            + random.nextInt(50) + "}");
                }
                out.write("], \"certifications\": [\"CE\"], \"tags\": [\"" + noun[0] + "\", \"gift\"]}\n");
            }
        }
        StringBuilder rules = new StringBuilder("{\"rules\": [\n");
        int n = 0;
        for (String country : COUNTRIES) {
            rules.append(n++ > 0 ? ",\n" : "").append(rule(country.toLowerCase(Locale.ROOT) + "-post", country, "Standard",
                    10, 25, 4.99));
        }
        for (String region : new String[]{"EU", "LATAM", "SEA", "GCC"}) {
            rules.append(",\n").append(rule(region.toLowerCase(Locale.ROOT) + "-express", region, "Express", 4, 8, 19.99));
        }
        Files.writeString(dir.resolve("shipping.json"), rules.append("\n]}\n").toString());
        Files.writeString(dir.resolve("returns.json"), """
                {"policies": [
                  {"id": "default", "markets": ["*"], "windowDays": 30, "returnShipping": "buyer", "refundDays": 7},
                  {"id": "eu", "markets": ["EU", "GB"], "windowDays": 30, "returnShipping": "free", "refundDays": 14},
                  {"id": "br", "markets": ["BR"], "windowDays": 7, "returnShipping": "free", "refundDays": 10}
                ]}
                """);
        Files.writeString(dir.resolve("payments.json"), """
                {"methods": [
                  {"id": "card", "name": "Card", "markets": ["*"]}, {"id": "paypal", "name": "PayPal", "markets": ["US", "EU", "GB"]},
                  {"id": "pix", "name": "Pix", "markets": ["BR"]}, {"id": "grabpay", "name": "GrabPay", "markets": ["SEA"]}
                ]}
                """);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("faq.jsonl"))) {
            for (int i = 0; i < 50; i++) {
                out.write("{\"id\": \"faq-" + i + "\", \"question\": \"How does " + NOUNS[i % NOUNS.length][0]
                        + " warranty number " + i + " work?\", \"answer\": \"Write to us with your order number.\"}\n");
            }
        }
        return dir;
    }

    static final String[] WATER = {"IPX4", "IPX5", "IPX7", "IP68", "none"};
    static final String[] COMPATIBLE = {"iOS and Android", "Windows, macOS and Linux", "USB-C phones and laptops",
            "all 12 V car sockets"};

    /**
     * The attributes a real listing carries beyond its material: weight, size, battery, water resistance,
     * compatibility, warranty (issue #11's fields, so loads and product questions are measured with them).
     */
    private static String listingAttributes(Random random) {
        return String.format(Locale.ROOT, " \"weight\": \"%d g\", \"dimensions\": \"%d x %d x %d cm\","
                        + " \"batteryLife\": \"%d h\", \"waterResistance\": \"%s\", \"compatibility\": \"%s\","
                        + " \"warranty\": {\"en\": \"%d months\", \"es\": \"%d meses\", \"zh\": \"%d个月\"}",
                40 + random.nextInt(2000), 5 + random.nextInt(40), 5 + random.nextInt(30), 2 + random.nextInt(20),
                4 + random.nextInt(40), WATER[random.nextInt(WATER.length)],
                COMPATIBLE[random.nextInt(COMPATIBLE.length)], 12 * (1 + random.nextInt(2)), 12, 12);
    }

    /** Four bullet points, the first two also in Spanish, as marketplace listings write them. */
    private static String bullets(Random random, String[] noun) {
        int hours = 2 + random.nextInt(10);
        return "[{\"en\": \"Charges fully in " + hours + " hours over USB-C.\", \"es\": \"Se carga por completo en "
                + hours + " horas por USB-C.\"}, {\"en\": \"Our " + noun[0] + " fits in a carry-on bag.\", \"es\": \"Cabe en"
                + " el equipaje de mano.\"}, \"Dishwasher-safe parts: " + (random.nextBoolean() ? "yes" : "no")
                + ".\", \"Ships in a recycled cardboard box of " + (20 + random.nextInt(30)) + " x " + (10
                + random.nextInt(20)) + " cm.\"]";
    }

    private static String rule(String id, String destination, String service, int min, int max, double price) {
        return String.format(Locale.ROOT, "{\"id\": \"%s\", \"destinations\": [\"%s\"], \"service\": \"%s\","
                + " \"carrier\": \"Carrier\", \"minDays\": %d, \"maxDays\": %d, \"price\": {\"amount\": %.2f,"
                + " \"currency\": \"USD\"}, \"duties\": \"DDU\"}", id, destination, service, min, max, price);
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
