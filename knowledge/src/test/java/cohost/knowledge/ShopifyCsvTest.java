package cohost.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Importing a catalog from Shopify's product CSV export instead of products.jsonl. */
class ShopifyCsvTest {
    @TempDir
    Path dir;

    private static final String STORE = """
            {"id": "s", "name": "S", "defaultLanguage": "en", "languages": ["en", "es"], "currency": "EUR"}
            """;
    /** The standard export columns; the rows after a handle's first carry only variant columns. */
    private static final String EXPORT = """
            Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Grams,Variant Inventory Tracker,Variant Inventory Qty,Variant Inventory Policy,Variant Fulfillment Service,Variant Price,Variant Compare At Price,Image Src,Image Position,Status
            linen-shirt,Linen Shirt,"<p>Breathable <strong>linen</strong>, cut loose.</p>
            <p>Wash at 30&deg; &amp; hang dry.</p>",Hangzhou Linen,Apparel & Accessories > Clothing > Shirts,Shirts,"summer, linen",true,Color,White,Size,M,,,LS-WHT-M,200,shopify,5,deny,manual,39.00,49.00,https://cdn.example/ls1.jpg,1,active
            linen-shirt,,,,,,,,,White,,L,,,LS-WHT-L,210,shopify,0,deny,manual,39.00,,,,
            linen-shirt,,,,,,,,,Sand,,L,,,LS-SND-L,210,shopify,-2,deny,manual,42.00,,,,
            linen-shirt,,,,,,,,,,,,,,,,,,,,,,https://cdn.example/ls2.jpg,2,
            tea-cup,Porcelain Tea Cup,Fine bone china.,Jingdezhen,,,gift,true,Title,Default Title,,,,,TC-1,150,shopify,20,deny,manual,12.50,,,,active
            """;

    private KnowledgeBase load(String csv) throws KbException {
        TestKb.write(dir, "store.json", STORE);
        TestKb.write(dir, "products.csv", csv);
        return KnowledgeBase.load(dir);
    }

    @Test
    void eachHandleBecomesOneProductWithItsVariants() throws KbException {
        KnowledgeBase kb = load(EXPORT);
        assertThat(kb.products()).extracting(Product::sku).containsExactly("linen-shirt", "tea-cup");
        Product shirt = kb.product("linen-shirt").orElseThrow();
        assertThat(shirt.title().in("en")).isEqualTo("Linen Shirt");
        assertThat(shirt.brand()).isEqualTo("Hangzhou Linen");
        assertThat(shirt.category()).isEqualTo("Shirts");
        assertThat(shirt.tags()).containsExactly("summer", "linen");
        assertThat(shirt.price()).isEqualTo(new Money(new BigDecimal("39.00"), "EUR"));
        assertThat(shirt.variants()).extracting(Variant::sku).containsExactly("LS-WHT-M", "LS-WHT-L", "LS-SND-L");
        assertThat(shirt.variant(Map.of("color", "sand", "size", "L"))).map(Variant::sku).contains("LS-SND-L");
    }

    @Test
    void variantRowsCarryTheirOwnPriceAndStock() throws KbException {
        KnowledgeBase kb = load(EXPORT);
        assertThat(kb.variant("LS-WHT-M").orElseThrow().stock()).isEqualTo(5);
        assertThat(kb.variant("LS-WHT-L").orElseThrow().inStock()).isFalse();
        assertThat(kb.variant("LS-WHT-L").orElseThrow().price()).as("same as the product's price").isNull();
        assertThat(kb.variant("LS-SND-L").orElseThrow().price()).isEqualTo(new Money(new BigDecimal("42.00"), "EUR"));
        assertThat(kb.variant("LS-SND-L").orElseThrow().stock()).as("oversold reads as none left").isZero();
    }

    @Test
    void theBodyHtmlBecomesPlainText() throws KbException {
        assertThat(load(EXPORT).product("linen-shirt").orElseThrow().description().in("en"))
                .isEqualTo("Breathable linen, cut loose. Wash at 30° & hang dry.");
    }

    /** A body as Shopify's editor writes it: a paragraph, then the specs as a list, some "Label: value", some not. */
    private static final String CURLER_BODY = "\"<p>A cordless curler for soft waves.</p><h3>Specs</h3><ul>"
            + "<li><strong>Battery:</strong> 600 mAh</li><li>Full charge in 2 hours (USB-C, 5 W)</li>"
            + "<li><strong>Heat-up time:</strong>&nbsp;40 seconds</li><li>Auto shut-off after 10 minutes</li>"
            + "<li><b>Max temperature</b>: 200 &deg;C</li><li><strong>Waterproof:</strong> no</li></ul>"
            + "<table><tr><th>Barrel</th><td>25 mm</td></tr><tr><td>Cable length</td><td>none (cordless)</td></tr>"
            + "</table>\"";

    @Test
    void labelledListItemsAndTableRowsOfTheBodyBecomeAttributesTheRestSentences() throws KbException {
        String csv = """
                Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Option1 Name,Option1 Value,Variant SKU,Variant Price
                curler,Cordless Curler,%s,Cloud,Health & Beauty > Personal Care > Hair Care > Hair Styling Tools > Curling Irons,hair tools,,Color,Pearl White,CC-W,59.00
                """.formatted(CURLER_BODY);
        Product curler = load(csv).product("curler").orElseThrow();
        assertThat(curler.category()).isEqualTo("hair tools");
        assertThat(curler.tags()).as("the standard category says what it is").containsExactly("Curling Irons");
        assertThat(curler.attributes()).containsOnlyKeys("Battery", "Heat-up time", "Max temperature", "Waterproof",
                "Barrel", "Cable length");
        assertThat(curler.attributes().get("Battery").in("en")).isEqualTo("600 mAh");
        assertThat(curler.attributes().get("Heat-up time").in("en")).isEqualTo("40 seconds");
        assertThat(curler.attributes().get("Max temperature").in("en")).isEqualTo("200 °C");
        assertThat(curler.attributes().get("Barrel").in("en")).isEqualTo("25 mm");
        assertThat(curler.description().in("en")).as("each item its own sentence; the heading is no fact")
                .isEqualTo("A cordless curler for soft waves. Full charge in 2 hours (USB-C, 5 W). "
                        + "Auto shut-off after 10 minutes.");
    }

    @Test
    void questionsInSeveralLanguagesFindTheFactsTheBodyStates() throws KbException {
        String csv = """
                Handle,Title,Body (HTML),Option1 Name,Option1 Value,Variant SKU,Variant Price
                curler,Cordless Curler,%s,Color,Pearl White,CC-W,59.00
                """.formatted(CURLER_BODY);
        Product curler = load(csv).product("curler").orElseThrow();
        Listings.Answer battery = Listings.rank(curler, "¿de cuántos mAh es la batería?", "es", "en",
                Listings.Rarity.UNIFORM);
        assertThat(battery.outcome()).isEqualTo(Listings.Outcome.FACTS);
        assertThat(battery.facts().getFirst().text()).isEqualTo("600 mAh");
        Listings.Answer shutOff = Listings.rank(curler, "does it have auto shut off?", "en", "en",
                Listings.Rarity.UNIFORM);
        assertThat(shutOff.facts()).extracting(Listings.Fact::text).first()
                .as("one item quoted, not the whole list").isEqualTo("Auto shut-off after 10 minutes.");
        Listings.Answer waterproof = Listings.rank(curler, "est-ce qu'il est étanche ?", "fr", "en",
                Listings.Rarity.UNIFORM);
        assertThat(waterproof.outcome()).isEqualTo(Listings.Outcome.FACTS);
        assertThat(waterproof.affirmed()).as("'Waterproof: no' says no").isFalse();
        Listings.Answer charge = Listings.rank(curler, "wie lange dauert das Aufladen vom Akku?", "de", "en",
                Listings.Rarity.UNIFORM);
        assertThat(charge.outcome()).isEqualTo(Listings.Outcome.FACTS);
        assertThat(charge.facts()).extracting(Listings.Fact::text)
                .anyMatch(t -> t.equals("600 mAh") || t.startsWith("Full charge in 2 hours"));
    }

    @Test
    void productMetafieldColumnsBecomeAttributesNamedByTheirLabel() throws KbException {
        String csv = TEMPLATE_2024_HEADER.strip() + ",Skin type (product.metafields.shopify.skin-type),"
                + "(product.metafields.custom.volume_ml),Fabric (variant.metafields.custom.fabric)\n"
                + row2024("Rice Toner", "rice-toner", "\"<p>Hydrating.</p><p>Volume: 150 ml</p>\"", "", "", "RT-1",
                "14.90", "", "shopify", "4", "DENY", "210").strip() + ",all; sensitive,150,cotton\n";
        Product toner = load(csv).product("rice-toner").orElseThrow();
        assertThat(toner.attributes().get("Skin type").in("en")).isEqualTo("all; sensitive");
        assertThat(toner.attributes().get("Volume").in("en")).as("the body's, first").isEqualTo("150 ml");
        assertThat(toner.attributes()).as("a variant metafield is not the product's").doesNotContainKey("Fabric");
        assertThat(toner.attributes().get("weight").in("en")).isEqualTo("210 g");
        assertThat(toner.description().in("en")).isEqualTo("Hydrating.");
    }

    @Test
    void bodiesInOtherLanguagesAndScriptsKeepTheirBoundaries() throws KbException {
        String csv = """
                Handle,Title,Body (HTML),Variant SKU,Variant Price
                tint,Lip Tint,"<p>しっとりした質感のティント</p><ul><li>容量：4 g</li><li>無香料</li></ul>",LT-1,12.00
                gel,Gel douche,"<p>Un gel doux<br>Sans savon</p><ul><li>Contenance : 250 ml</li></ul>",GD-1,8.00
                """;
        KnowledgeBase kb = load(csv);
        Product tint = kb.product("tint").orElseThrow();
        assertThat(tint.attributes().get("容量").in("en")).isEqualTo("4 g");
        assertThat(tint.description().in("en")).isEqualTo("しっとりした質感のティント。 無香料。");
        Product gel = kb.product("gel").orElseThrow();
        assertThat(gel.attributes().get("Contenance").in("en")).isEqualTo("250 ml");
        assertThat(gel.description().in("en")).isEqualTo("Un gel doux. Sans savon.");
    }

    @Test
    void aDefaultTitleVariantHasNoOptionsButKeepsItsSku() throws KbException {
        KnowledgeBase kb = load(EXPORT);
        assertThat(kb.product("TC-1")).map(Product::sku).contains("tea-cup");
        assertThat(kb.variant("TC-1").orElseThrow().options()).isEmpty();
        assertThat(kb.product("tea-cup").orElseThrow().category()).isNull();
    }

    @Test
    void importedProductsAreSearchable() throws KbException {
        KnowledgeBase kb = load(EXPORT);
        assertThat(kb.search("linen shirt", "es", 1)).extracting(SearchHit::id).containsExactly("linen-shirt");
        assertThat(kb.search("LS-SND-L", "en", 1)).extracting(SearchHit::id).containsExactly("linen-shirt");
    }

    @Test
    void missingColumnsAreReported() {
        KbException e = catchThrowableOfType(KbException.class, () -> load("Handle,Title\nmug,Mug\n"));
        assertThat(e.problems()).containsExactly(new KbProblem("products.csv", "line 1",
                "missing column 'Variant Price' (expected Shopify's product export)"));
    }

    @Test
    void badPricesQuantitiesAndDuplicateSkusAreReportedWithTheirLine() {
        String csv = """
                Handle,Title,Variant SKU,Variant Price,Variant Inventory Qty
                mug,Mug,M-1,abc,1
                cup,Cup,C-1,5,3
                bowl,Bowl,C-1,5,1
                jug,Jug,J-1,5,many
                ,Plate,P-1,5,1
                """;
        KbException e = catchThrowableOfType(KbException.class, () -> load(csv));
        assertThat(e.problems()).containsExactly(
                new KbProblem("products.csv", "line 6", "missing Handle"),
                new KbProblem("products.csv", "line 2", "Variant Price 'abc' must be a non-negative number"),
                new KbProblem("products.csv", "line 5", "Variant Inventory Qty 'many' must be a whole number"),
                new KbProblem("products.csv", "line 4", "duplicate SKU 'C-1' (first used at line 3)"));
    }

    @Test
    void aHandleWithoutTitleIsReported() {
        KbException e = catchThrowableOfType(KbException.class,
                () -> load("Handle,Title,Variant Price\nmug,,5\n"));
        assertThat(e.problems()).containsExactly(
                new KbProblem("products.csv", "line 2", "missing Title for the first row of handle 'mug'"));
    }

    /**
     * The column set of Shopify's 2024 product template ("URL handle", "Description", "Price", "Inventory tracker",
     * "Continue selling when out of stock"...), exactly as the template's header row lists them.
     */
    static final String TEMPLATE_2024_HEADER = "Title,URL handle,Description,Vendor,Product category,Type,Tags,"
            + "Published on online store,Status,SKU,Barcode,Option1 name,Option1 value,Option1 Linked To,Option2 name,"
            + "Option2 value,Option2 Linked To,Option3 name,Option3 value,Option3 Linked To,Price,Price / International,"
            + "Compare-at price,Compare-at price / International,Cost per item,Charge tax,Tax code,"
            + "Unit price total measure,Unit price total measure unit,Unit price base measure,"
            + "Unit price base measure unit,Inventory tracker,Inventory quantity,Continue selling when out of stock,"
            + "Weight value (grams),Weight unit for display,Requires shipping,Fulfillment service,Product image URL,"
            + "Image position,Image alt text,Variant image URL,Gift card,SEO title,SEO description,"
            + "Google Shopping / Google product category,Google Shopping / Gender,Google Shopping / Age group\n";

    /** One row of the 2024 template: the columns this import reads, the others empty. */
    static String row2024(String title, String handle, String description, String option1Name, String option1Value,
                          String sku, String price, String compareAt, String tracker, String qty, String policy,
                          String grams) {
        String[] cells = new String[48];
        java.util.Arrays.fill(cells, "");
        cells[0] = title;
        cells[1] = handle;
        cells[2] = description;
        cells[3] = title.isEmpty() ? "" : "Vert Atelier";
        cells[4] = title.isEmpty() ? "" : "Home & Garden > Plants > Indoor Plants";
        cells[8] = title.isEmpty() ? "" : "active";
        cells[9] = sku;
        cells[11] = option1Name;
        cells[12] = option1Value;
        cells[20] = price;
        cells[22] = compareAt;
        cells[31] = tracker;
        cells[32] = qty;
        cells[33] = policy;
        cells[34] = grams;
        return String.join(",", cells) + "\n";
    }

    @Test
    void theTwentyTwentyFourTemplateColumnsAreReadLikeTheClassicOnes() throws KbException {
        String csv = TEMPLATE_2024_HEADER
                + row2024("Ficus Lyrata", "ficus-lyrata", "\"<p>Large leaves.</p>\"", "Taille", "S", "FL-S", "35.00",
                "", "shopify", "4", "DENY", "900")
                + row2024("", "ficus-lyrata", "", "", "M", "FL-M", "65.00", "80.00", "shopify", "0", "CONTINUE", "900")
                + row2024("", "ficus-lyrata", "", "", "L", "FL-L", "120.00", "", "shopify", "0", "DENY", "900");
        Product ficus = load(csv).product("ficus-lyrata").orElseThrow();
        assertThat(ficus.title().in("en")).isEqualTo("Ficus Lyrata");
        assertThat(ficus.category()).isEqualTo("Indoor Plants");
        assertThat(ficus.description().in("en")).isEqualTo("Large leaves.");
        assertThat(ficus.price()).as("the lowest variant price, so answers say 'from'").isEqualTo(Money.of("35.00", "EUR"));
        assertThat(ficus.variants()).extracting(v -> v.options().get("taille")).containsExactly("S", "M", "L");
        Variant m = ficus.variants().get(1);
        assertThat(m.price()).isEqualTo(Money.of("65.00", "EUR"));
        assertThat(m.compareAt()).as("a sale's former price").isEqualTo(Money.of("80.00", "EUR"));
        assertThat(m.inStock()).isFalse();
        assertThat(m.available()).as("policy continue: on sale at 0").isTrue();
        assertThat(ficus.variants().get(2).available()).as("policy deny at 0: not on sale").isFalse();
        assertThat(ficus.attributes().get("weight").in("en")).isEqualTo("900 g");
    }

    @Test
    void anEmptyInventoryTrackerMeansStockIsNotTrackedSoTheVariantIsOnSale() throws KbException {
        String csv = """
                Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Tracker,Variant Inventory Qty,Variant Inventory Policy,Variant Price
                basic-tee,Basic Tee,Size,M,BT-M,,0,deny,19.00
                basic-tee,,,L,BT-L,shopify,0,deny,19.00
                basic-tee,,,XL,BT-XL,shopify,-3,continue,21.00
                """;
        Product tee = load(csv).product("basic-tee").orElseThrow();
        Variant m = tee.variants().get(0), l = tee.variants().get(1), xl = tee.variants().get(2);
        assertThat(m.stock()).as("not tracked").isNull();
        assertThat(m.available()).isTrue();
        assertThat(l.stock()).isZero();
        assertThat(l.available()).isFalse();
        assertThat(xl.stock()).as("oversold").isZero();
        assertThat(xl.available()).as("continue selling below zero").isTrue();
        assertThat(xl.price()).isEqualTo(Money.of("21.00", "EUR"));
        assertThat(m.price()).as("the product's (lowest) price").isNull();
    }

    @Test
    void aCompareAtPriceNotAboveThePriceIsNoSale() throws KbException {
        String csv = """
                Handle,Title,Variant SKU,Variant Price,Variant Compare At Price
                mug,Mug,MUG-1,12.00,12.00
                cup,Cup,CUP-1,8.00,
                """;
        KnowledgeBase kb = load(csv);
        assertThat(kb.variant("MUG-1").orElseThrow().compareAt()).isNull();
        assertThat(kb.variant("CUP-1").orElseThrow().compareAt()).isNull();
    }

    @Test
    void theLowestVariantPriceIsTheProductsPriceWhateverTheRowOrder() throws KbException {
        KnowledgeBase kb = load(EXPORT.replace("LS-WHT-M,200,shopify,5,deny,manual,39.00", "LS-WHT-M,200,shopify,5,deny,manual,45.00"));
        Product shirt = kb.product("linen-shirt").orElseThrow();
        assertThat(shirt.price()).isEqualTo(Money.of("39.00", "EUR"));
        assertThat(kb.variant("LS-WHT-M").orElseThrow().price()).isEqualTo(Money.of("45.00", "EUR"));
        assertThat(kb.variant("LS-WHT-M").orElseThrow().compareAt()).as("49 > 45: on sale").isEqualTo(Money.of("49.00", "EUR"));
    }
}
