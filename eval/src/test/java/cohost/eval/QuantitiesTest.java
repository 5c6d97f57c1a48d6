package cohost.eval;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class QuantitiesTest {

    @Test
    void aRangeMatchesWhateverWordsJoinItsEnds() {
        assertThat(Quantities.missing("7-12 days", "Shipping takes 7 to 12 business days.")).isNull();
        assertThat(Quantities.missing("7-12 days", "O frete leva de 7 a 12 dias úteis.")).isNull();
        assertThat(Quantities.missing("7-12 days", "配送には7〜12営業日かかります。")).isNull();
        assertThat(Quantities.missing("7-12 days", "يستغرق الشحن من ٧ إلى ١٢ يوم عمل")).isNull();
    }

    @Test
    void aRangeIsNotStatedByItsEndsApartOrAnotherRange() {
        assertThat(Quantities.missing("7-12 days", "Shipping takes 7 to 14 days; returns within 12 days."))
                .isEqualTo("range 7-12 not stated");
    }

    @Test
    void amountsAreComparedAsNumbersWithTheirCurrency() {
        assertThat(Quantities.missing("$12.50", "It costs US$ 12.5.")).isNull();
        assertThat(Quantities.missing("$12.50", "Custa 12,50 USD.")).isNull();
        assertThat(Quantities.missing("$12.50", "运费为12.5美元")).isNull();
        assertThat(Quantities.missing("$3.99", "送料$3.99、$35.00以上で送料無料")).isNull();
        assertThat(Quantities.missing("$12.50", "It costs R$ 12,50.")).isEqualTo("amount USD 12.5 not stated");
        assertThat(Quantities.missing("$12.50", "It costs 12.5.")).isEqualTo("amount USD 12.5 not stated");
        assertThat(Quantities.missing("12.5", "It costs R$ 12,50.")).isNull();
    }

    @Test
    void groupingAndDecimalSeparatorsOfEveryLocaleAreRead() {
        assertThat(Quantities.numbers("1,299.00 and 1.299,00 and 1\u202f299,5 and ７")).containsExactly(
                new BigDecimal("1299.00"), new BigDecimal("1299.00"), new BigDecimal("1299.5"), new BigDecimal("7"));
    }

    @Test
    void namesAndMentionsAreNotQuantities() {
        assertThat(Quantities.numbers("@viewer42 the SKU-0042 in V2 costs $5")).containsExactly(new BigDecimal("5"));
    }

    @Test
    void aFactWithoutNumbersIsMatchedAsTextIgnoringCase() {
        assertThat(Quantities.missing("PIX", "Pode pagar com Pix ou cartão.")).isNull();
        assertThat(Quantities.missing("boleto", "Pode pagar com Pix.")).isEqualTo("text \"boleto\" not found");
    }
}
