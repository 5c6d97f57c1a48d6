package cohost.engine.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberGuardTest {

    private final NumberGuard guard = NumberGuard.allowing(
            "- service: Standard; delivery: 7 to 12 business days; price: 12.50 USD; free for orders over 1299.00 USD");

    @Test
    void numbersWrittenTheWaysTheTenLanguagesWriteThemPass() {
        assertThat(guard.allows("Standard takes 7-12 business days for $12.50.")).isTrue();
        assertThat(guard.allows("Chega em 7 a 12 dias úteis por US$ 12,50.")).isTrue();
        assertThat(guard.allows("Kostenlos ab 1.299,00 $.")).isTrue();
        assertThat(guard.allows("Gratuit dès 1 299,00 $US.")).isTrue();
        assertThat(guard.allows("Free over $1,299.")).isTrue();
        assertThat(guard.allows("７〜１２営業日、送料＄12.50。")).isTrue();
        assertThat(guard.allows("من ٧ إلى ١٢ يوم عمل")).isTrue();
        assertThat(guard.allows("@Ana99 it takes 7 to 12 days")).as("names are not facts to check").isTrue();
    }

    @Test
    void aNumberNoFactStatesIsCaughtWhateverItsFormat() {
        assertThat(guard.unsupported("Today only $9.99!")).containsExactly("9.99");
        assertThat(guard.unsupported("Você ganha 90% de desconto")).containsExactly("90");
        assertThat(guard.unsupported("Chega em 5 a 12 dias")).containsExactly("5");
        assertThat(guard.unsupported("custa US$ 12,99")).containsExactly("12,99");
    }
}
