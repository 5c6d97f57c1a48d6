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
                .isEqualTo("Breathable linen , cut loose. Wash at 30&deg; & hang dry.");
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
}
