package cohost.engine.product;

import cohost.engine.Intent;
import cohost.engine.ReplyResult;
import org.junit.jupiter.api.Test;

import static cohost.engine.product.HomeGoodsListingTest.reply;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Which is bigger / cheaper / lighter, A or B?", "A vs B", the product on screen against one named: both products
 * found by the loose names people use, and the facts that answer side by side (prices for cheaper or dearer), no
 * verdict beyond them. Store: kb/home-shop.
 */
class HomeGoodsComparisonsTest {
    static String compared(String lang, String showing, String text) {
        ReplyResult r = reply(lang, null, showing, text);
        assertThat(r.intent()).as(text).isEqualTo(Intent.PRODUCT);
        return r.text();
    }

    @Test
    void whichIsCheaperSaysBothPrices() {
        for (String[] q : new String[][]{{"en", "which one is cheaper, the skillet or the kettle?"},
                {"es", "cuál es más barato, el skillet Forge o el kettle Tide?"},
                {"zh", "Forge 和 Tide 哪个便宜？"},
                {"id", "mending Forge atau Tide, mana yang lebih murah?"},
                {"pt", "qual é mais caro, Forge ou Tide?"},
                {"de", "Forge oder Tide, was ist günstiger?"}}) {
            assertThat(compared(q[0], null, q[1])).as(q[1]).contains("69", "49");
        }
    }

    @Test
    void whichIsLighterSaysBothWeights() {
        for (String[] q : new String[][]{{"en", "which is lighter, forge skillet or tide kettle"},
                {"fr", "lequel est le plus léger, Forge ou Tide ?"},
                {"ja", "ForgeとTide、どっちが重い？"},
                {"ar", "أيهما أخف، Forge أو Tide؟"},
                {"de", "Forge oder Tide – was wiegt weniger?"}}) {
            assertThat(compared(q[0], null, q[1])).as(q[1]).contains("1.6 kg", "1.1 kg");
        }
    }

    @Test
    void versusGivesTheFactsThatDiffer() {
        assertThat(compared("en", null, "forge skillet vs tide kettle")).contains("Forge", "Tide", "1.6 kg", "1.1 kg");
    }

    @Test
    void theProductOnScreenAgainstTheOneNamed() {
        String en = compared("en", "HL-PAN", "is the tide kettle lighter than this one?");
        assertThat(en).contains("1.6 kg", "1.1 kg").doesNotStartWith("Yes").doesNotStartWith("No");
        assertThat(compared("es", "HL-PAN", "y comparado con el Tide, cuál es más barato?")).contains("69", "49");
    }

    @Test
    void whichIsBiggerGivesEachOnesMeasures() {
        String en = compared("en", null, "which is bigger, the umi bowl or the tide kettle?");
        assertThat(en).contains("Umi", "Tide").contains("1.5 l");
    }
}
