package cohost.eval;

import cohost.engine.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Grounding reads a store's facts as its files state them, whichever of the two product formats the store uses. */
class GroundingTest {

    @Test
    void aShopifyExportStatesItsProductsNumbersForTheHandleAndEachVariant(@TempDir Path kb) throws Exception {
        Files.writeString(kb.resolve("store.json"), "{\"id\": \"s\", \"name\": \"S\", \"defaultLanguage\": \"en\", \"currency\": \"USD\"}");
        Files.writeString(kb.resolve("products.csv"), """
                Handle,Title,Body (HTML),Option1 Name,Option1 Value,Variant SKU,Variant Price,Variant Compare At Price,Variant Inventory Qty,Image Src,Image Position
                mini-iron,Mini Iron,"<h2>Specs</h2><ul><li>Power: 25 W</li><li>Heats to 200 °C, fast</li></ul>",Plug,EU,MI-EU,19.90,24.00,7,https://cdn.example/4420/a.jpg,1
                mini-iron,,,,US,,21.50,,0,,
                mini-iron,,,,,,,,,https://cdn.example/9931/b.jpg,2
                """);
        Grounding g = Grounding.of(kb);

        assertThat(g.numbersOf(List.of(new Source("product", "mini-iron"))))
                .contains(new BigDecimal("25"), new BigDecimal("200"), new BigDecimal("19.90"), new BigDecimal("24.00"),
                        new BigDecimal("21.50"))
                .as("tag names, image URLs and positions state nothing")
                .doesNotContain(new BigDecimal("2"), new BigDecimal("4420"), new BigDecimal("9931"));
        assertThat(g.factsWith(new BigDecimal("21.5"))).contains("product:MI-EU", "product:mini-iron#2");
    }
}
