package cohost.engine.product;

import cohost.engine.Intent;
import cohost.engine.ReplyResult;
import org.junit.jupiter.api.Test;

import static cohost.engine.product.HomeGoodsListingTest.reply;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Variants named the way buyers type them against values the shop wrote its own way: sizes as measures ("200x200"
 * is a size, never an order number; "300 cm" of "60x300 cm"; "41-45" of "EU 41-45"; "L" of "L/XL"), colours by
 * their family ("blue" of "slate blue", "rosa" of "clay pink"), and a size and a colour asked together answered for
 * the variant with both, with its own stock. Store: kb/home-shop.
 */
class HomeGoodsVariantsTest {
    static ReplyResult product(String lang, String showing, String text) {
        ReplyResult r = reply(lang, null, showing, text);
        assertThat(r.intent()).as(text).isEqualTo(Intent.PRODUCT);
        return r;
    }

    @Test
    void aSizeWrittenAsMeasuresIsAVariantNotAnOrder() {
        assertThat(product("en", "HL-QUILT", "does it come in 230x220?").text())
                .contains("Queen 230x220 cm", "119").doesNotContain("order");
        assertThat(product("en", "HL-QUILT", "how much is the 150x210??").text()).contains("89");
        assertThat(product("de", "HL-QUILT", "gibt es den bezug in 230 x 220?").text()).contains("119");
        assertThat(product("pt", "HL-QUILT", "tem 150x210 cm?").text()).contains("150x210");
    }

    @Test
    void aMeasureOrARangeInsideTheShopsValue() {
        assertThat(product("en", "HL-RUG", "the 300 cm one how much").text()).contains("129");
        assertThat(product("es", "HL-RUG", "cuánto cuesta la de 150 cm?").text()).contains("79");
        assertThat(product("en", "HL-SOCK", "41-45 in stock?").text()).contains("41-45").doesNotContain("out of stock");
        assertThat(product("fr", "HL-SOCK", "vous avez en 36-40 ?").text()).contains("rupture");
    }

    @Test
    void oneSizeOfADoubleSize() {
        assertThat(product("en", "HL-ROBE", "L/XL available?").text()).contains("L/XL").doesNotContain("doesn't come");
        assertThat(product("fr", "HL-ROBE", "il existe en taille L ?").text()).contains("L/XL").contains("en stock");
        assertThat(product("en", "HL-ROBE", "do u have S/M").text()).contains("out of stock");
    }

    @Test
    void aColourFamilyFindsTheShopsCompoundColour() {
        assertThat(product("en", "HL-BOWL", "do you have it in blue?").text()).contains("slate blue", "out of stock");
        assertThat(product("en", "HL-BOWL", "orange one in stock?").text()).contains("rust orange").contains("in stock");
        assertThat(product("es", "HL-BOWL", "la tienes en blanco?").text()).contains("chalk white");
        assertThat(product("ja", "HL-BOWL", "白いのはありますか？").text()).contains("chalk white");
        assertThat(product("zh", "HL-BOWL", "有橙色的吗？").text()).contains("rust orange");
    }

    @Test
    void aSizeAndAColourTogetherAreOneVariantWithItsOwnStock() {
        String out = product("en", "HL-QUILT", "230x220 in green, in stock?").text();
        assertThat(out).contains("out of stock").contains("moss green");
        String in = product("es", "HL-QUILT", "230x220 en rosa hay?").text();
        assertThat(in).contains("clay pink").contains("119").doesNotContain("no hay stock");
    }
}
