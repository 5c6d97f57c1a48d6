package cohost.knowledge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Countries as people type them: codes, names in the supported languages, informal names, regions. */
class CountriesTest {
    private final Countries countries = TestKb.load().countries();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "BR, BR", "br, BR", "BRA, BR", "Brazil, BR", "brasil, BR", "BRÉSIL, BR",
            "Germany, DE", "Alemania, DE", "Deutschland, DE", "Allemagne, DE", "ドイツ, DE", "德国, DE", "독일, DE",
            "ألمانيا, DE", "Jerman, DE",
            "México, MX", "mexico, MX", "Japon, JP", "日本, JP", "Estados Unidos, US", "USA, US", "U.S.A., US",
            "United States, US", "UK, GB", "United Kingdom, GB", "Holland, NL", "the Netherlands, NL",
            "Países Bajos, NL", "South Korea, KR", "대한민국, KR", "한국, KR", "Côte d'Ivoire, CI", "Turkey, TR",
    })
    void resolvesCodesAndNamesIgnoringCaseAndAccents(String typed, String code) {
        assertThat(countries.resolve(typed)).contains(code);
    }

    @Test
    void unknownTextResolvesToNothing() {
        assertThat(countries.resolve("Atlantis")).isEmpty();
        assertThat(countries.resolve("")).isEmpty();
        assertThat(countries.resolve(null)).isEmpty();
    }

    @Test
    void namesACountryInTheAskersLanguage() {
        assertThat(countries.name("BR", "de")).isEqualTo("Brasilien");
        assertThat(countries.name("BR", "pt")).isEqualTo("Brasil");
        assertThat(countries.name("JP", "ja")).isEqualTo("日本");
    }

    @Test
    void knowsIsoCodesAndTheStoresRegions() {
        assertThat(countries.isKnown("DE")).isTrue();
        assertThat(countries.isKnown("SEA")).isTrue();
        assertThat(countries.isKnown("MARS")).isFalse();
        assertThat(((JdkCountries) countries).region("sea")).contains("SEA");
    }
}
