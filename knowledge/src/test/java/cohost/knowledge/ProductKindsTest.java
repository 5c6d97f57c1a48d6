package cohost.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What kind of product a listing is, and what shoppers call that kind in their languages. */
class ProductKindsTest {
    private static Product product(String title, String type, String... tags) {
        return new Product("P", Localized.of(title, "en"), null, type, null, Money.of("1", "USD"), Map.of(), List.of(),
                List.of(), List.of(tags));
    }

    private final ProductKinds kinds = ProductKinds.builtIn();

    @Test
    void theTitleTypeOrTagsNameTheKindAndItsNamesInTheTenLanguages() {
        assertThat(kinds.namesOf(product("Cordless Curler", "hair tools")))
                .contains("rizador", "fer à boucler", "lockenstab", "カールアイロン", "고데기", "卷发棒", "مكواة تجعيد");
        assertThat(kinds.namesOf(product("Aurora Glow", "Phone Cases"))).as("a plural type")
                .contains("coque", "handyhülle", "手机壳");
        assertThat(kinds.namesOf(product("Aurora Glow", null, "bestseller", "sunscreen")))
                .as("tags, when title and type name no kind").contains("protector solar", "日焼け止め", "선크림");
        assertThat(kinds.namesOf(product("Lumen Desk Lamp", "home", "earbuds")))
                .as("the title's kind, not a loose tag's").contains("lámpara").doesNotContain("auriculares");
    }

    @Test
    void aGeneralNameIsSearchedButDecidesNoKind() {
        assertThat(kinds.namesOf(product("Funda nórdica de lino", null))).doesNotContain("coque");
        assertThat(kinds.namesOf(product("Mirror Phone Case", null))).contains("funda", "miroir");
        assertThat(kinds.namesOf(product("Ring Light 10 inch", null))).doesNotContain("anillo");
    }

    @Test
    void wordsAreWholeInSpacedScriptsAndFoundInsideUnspacedOnes() {
        assertThat(kinds.kindsIn("Capmug Deluxe")).doesNotContain("mug");
        assertThat(kinds.kindsIn("T-Shirt oversize")).contains("t_shirt");
        assertThat(kinds.kindsIn("保湿化粧水 200ml")).contains("toner");
        assertThat(kinds.kindsIn("眼鏡ケース")).as("one character decides nothing").doesNotContain("mirror");
    }

    @Test
    void aNameTwoKindsShareDecidesNeither() {
        ProductKinds k = ProductKinds.parse(List.of("# a comment", "a: alpha, shared", "b: beta, shared, ~gen"));
        assertThat(k.kindsIn("the shared one")).isEmpty();
        assertThat(k.kindsIn("gen")).isEmpty();
        assertThat(k.kindsIn("beta")).containsExactly("b");
        assertThat(k.namesOf(product("Beta", null))).containsExactly("beta", "shared", "gen");
    }
}
