package cohost.engine.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PacerTest {

    @Test
    void wordsCarryTheirSpacesAndPunctuationAndJoinBackIntoTheText() {
        String text = "@Ana Envio ao Brasil: Correios, 7-12 dias úteis, US$ 12.50.";
        assertThat(Pacer.words(text)).startsWith("@Ana ", "Envio ", "ao ", "Brasil: ");
        assertThat(String.join("", Pacer.words(text))).isEqualTo(text);
    }

    @Test
    void textWithoutSpacesStillSplitsIntoSeveralPieces() {
        String text = "日本への配送：EMS、5〜8営業日、送料は2,000円です。";
        assertThat(Pacer.words(text)).hasSizeGreaterThan(3);
        assertThat(String.join("", Pacer.words(text))).isEqualTo(text);
    }

    @Test
    void anEmptyTextHasNoWords() {
        assertThat(Pacer.words("")).isEmpty();
    }
}
