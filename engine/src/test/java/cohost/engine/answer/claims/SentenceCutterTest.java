package cohost.engine.answer.claims;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceCutterTest {

    /** Feeds the text in pieces of {@code size} characters, as a model streams it, and collects every sentence. */
    static List<String> cut(String text, int size) {
        SentenceCutter cutter = new SentenceCutter();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += size) out.addAll(cutter.add(text.substring(i, Math.min(text.length(), i + size))));
        String rest = cutter.rest();
        if (!rest.isEmpty()) out.add(rest);
        assertThat(String.join("", out)).as("the sentences join back into the text").isEqualTo(text);
        return out;
    }

    @Test
    void latinSentencesEndAtAStopAndASpaceButNotInsideAPrice() {
        for (int size : new int[] {1, 3, 7, 100}) {
            assertThat(cut("It costs $9.99 today. Shipping takes 7-12 days! Anything else?", size))
                    .containsExactly("It costs $9.99 today. ", "Shipping takes 7-12 days! ", "Anything else?");
        }
    }

    @Test
    void abbreviationsInitialsAndLowerCaseContinuationsDoNotEndASentence() {
        assertThat(cut("Ships via e.g. DHL to the U.S. in 5 days. Zahlung z.B. per Karte. Sr. Pérez paga approx. 12 USD.", 4))
                .containsExactly("Ships via e.g. DHL to the U.S. in 5 days. ", "Zahlung z.B. per Karte. ",
                        "Sr. Pérez paga approx. 12 USD.");
        assertThat(cut("Preço: R$ 1.299,00. Frete grátis.", 2)).containsExactly("Preço: R$ 1.299,00. ", "Frete grátis.");
    }

    @Test
    void chineseAndJapaneseSentencesEndAtTheirFullStopsAtOnce() {
        SentenceCutter cutter = new SentenceCutter();
        assertThat(cutter.add("运费是8.5美元。免")).as("no need to wait for the next character").containsExactly("运费是8.5美元。");
        assertThat(cutter.add("运费吗？包邮")).containsExactly("免运费吗？");
        assertThat(cut("送料は無料です！「返品」できます。", 2)).containsExactly("送料は無料です！", "「返品」できます。");
    }

    @Test
    void arabicSentencesEndAtTheArabicQuestionMarkAndFullStop() {
        assertThat(cut("هل الشحن مجاني؟ نعم للطلبات فوق 60 دولارًا۔ شكرا", 3))
                .containsExactly("هل الشحن مجاني؟", " نعم للطلبات فوق 60 دولارًا۔", " شكرا");
        assertThat(cut("يصل خلال 7 أيام. الدفع عند الاستلام.", 5)).containsExactly("يصل خلال 7 أيام. ", "الدفع عند الاستلام.");
    }

    @Test
    void koreanAndIndonesianUseLatinStopsAndQuotesStayWithTheirSentence() {
        assertThat(cut("배송은 7일 걸립니다. 감사합니다!", 2)).containsExactly("배송은 7일 걸립니다. ", "감사합니다!");
        assertThat(cut("Dia bilang \"gratis ongkir.\" Itu salah.", 3)).containsExactly("Dia bilang \"gratis ongkir.\" ", "Itu salah.");
    }

    @Test
    void aLineBreakEndsASentenceAndAnUnfinishedOneWaitsForTheEnd() {
        SentenceCutter cutter = new SentenceCutter();
        assertThat(cutter.add("Frete grátis\nChega em 7 dias")).containsExactly("Frete grátis\n");
        assertThat(cutter.add(" úteis")).isEmpty();
        assertThat(cutter.pendingLength()).isPositive();
        assertThat(cutter.rest()).isEqualTo("Chega em 7 dias úteis");
        assertThat(cutter.add("Done.")).as("a stop at the very end waits for what follows").isEmpty();
        assertThat(cutter.add(" ")).as("a model that pauses after a sentence does not hold it back").containsExactly("Done. ");
    }
}
