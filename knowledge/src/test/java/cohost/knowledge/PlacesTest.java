package cohost.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlacesTest {
    private static final Places PLACES = Places.shared();

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "Munich, DE", "München, DE", "MÜNCHEN, DE", "muenchen, DE", "慕尼黑, DE", "ミュンヘン, DE", "뮌헨, DE",
            "ميونخ, DE", "São Paulo, BR", "sao paulo, BR", "サンパウロ, BR", "상파울루, BR", "圣保罗, BR", "聖保羅, BR",
            "Jakarta, ID", "雅加达, ID", "Surabaya, ID", "スラバヤ, ID", "Lyon, FR", "리옹, FR", "里昂, FR",
            "Toronto, CA", "多伦多, CA", "多倫多, CA", "トロント, CA", "تورنتو, CA", "Québec, CA", "Quebec, CA",
            "Bavaria, DE", "Bayern, DE", "Ontario, CA", "Baden-Württemberg, DE", "baden wurttemberg, DE",
            "ｔｏｒｏｎｔｏ, CA", "Guadalajara, MX", "Osaka, JP", "大阪, JP", "부산, KR", "جدة, SA", "Lisboa, PT",
    })
    void aCityOrRegionInAnyOfTheTenLanguagesIsInItsCountry(String name, String country) {
        assertThat(PLACES.country(name)).contains(country);
    }

    @Test
    void aNameSeveralPlacesShareIsTheMostPopulousOnes() {
        assertThat(PLACES.country("Paris")).as("Paris, France, not Paris, Texas").contains("FR");
        assertThat(PLACES.country("Córdoba")).as("Córdoba, Argentina (1.4 M), not Córdoba, Spain").contains("AR");
    }

    @Test
    void namesThatAreAlsoOrdinaryWordsAreMarked() {
        String nice = Places.key("Nice");
        assertThat(PLACES.find(Places.hash(nice, 0, nice.length()))).satisfies(p -> {
            assertThat(p.country()).isEqualTo("FR");
            assertThat(p.ordinaryWord()).isTrue();
        });
        String lima = Places.key("Lima");
        assertThat(PLACES.find(Places.hash(lima, 0, lima.length())).ordinaryWord())
                .as("'lima' is five in Indonesian").isTrue();
        String munich = Places.key("München");
        assertThat(PLACES.find(Places.hash(munich, 0, munich.length())).ordinaryWord()).isFalse();
    }

    @Test
    void unknownNamesAndWordsAreNoPlace() {
        assertThat(PLACES.country("Tidebeat")).isEmpty();
        assertThat(PLACES.country("")).isEmpty();
        assertThat(PLACES.country("   ")).isEmpty();
        assertThat(PLACES.country(null)).isEmpty();
    }

    @Test
    void aKeyIsTheFoldedNameInOneFormWhateverTheSpacingAndAccents() {
        assertThat(Places.key("Saint-Étienne")).isEqualTo("saint etienne");
        assertThat(Places.key("  SÃO   paulo ")).isEqualTo("sao paulo");
        assertThat(Places.key("サン パウロ")).isEqualTo("サンパウロ");
        assertThat(Places.key("Ｍünchen")).isEqualTo("munchen");
    }

    @Test
    void theHashCanBeBuiltOneCharacterAtATime() {
        long h = Places.start();
        for (char c : "toronto".toCharArray()) h = Places.extend(h, c);
        assertThat(h).isEqualTo(Places.hash("xtorontox", 1, 8));
        assertThat(PLACES.find(h).country()).isEqualTo("CA");
    }

    @Test
    void whatAPersonTypesForACountryMayBeACountryOrAPlaceInIt() {
        Countries countries = Countries.standard();
        assertThat(countries.resolvePlace("UK")).contains("GB");
        assertThat(countries.resolvePlace("England")).contains("GB");
        assertThat(countries.resolvePlace("Britain")).contains("GB");
        assertThat(countries.resolvePlace("Brasil")).contains("BR");
        assertThat(countries.resolvePlace("München")).contains("DE");
        assertThat(countries.resolvePlace("Mexico")).as("the country, not its capital").contains("MX");
        assertThat(countries.resolvePlace("Monaco")).as("the country, not München's Italian name").contains("MC");
        assertThat(countries.resolvePlace("Qwzxyville")).isEmpty();
    }

    @Test
    void theDerivedDataIsAsLargeAsDocumented() {
        assertThat(PLACES.names()).as("distinct names").isBetween(60_000, 200_000);
    }
}
