package cohost.engine.understand;

import cohost.engine.Slots;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places as viewers type them: a country in another written form of its language (澳洲 in Traditional Chinese), and
 * names that mean two places ("LA": Laos's code and Los Angeles; عمان: Oman and Amman), which only the asker's own
 * country settles; with no such context no country is guessed.
 */
class PlacesPeopleTypeTest {

    private static final Understander DEMO = new Understander(KnowledgeBase.demo());

    private static String country(String text, String home) {
        return DEMO.understand(text, null, new Context(null, Slots.NONE, null, home, null)).slots().country();
    }

    @ParameterizedTest(name = "\"{0}\" ships to {1}")
    @CsvSource(delimiter = '|', value = {"澳洲運費多少？|AU", "寄到澳洲要幾天？|AU", "紐西蘭可以寄嗎？|NZ",
            "ship to Daegu?|KR", "대구까지 배송 며칠 걸려요?|KR"})
    void aCountryOrCityInTheFormPeopleWriteIsFound(String text, String code) {
        assertThat(country(text, null)).as(text).isEqualTo(code);
    }

    @ParameterizedTest(name = "\"{0}\" from {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "shipping to LA?|US|US", "how long to LA?|LA|LA", "shipping to LA?||",
            "كم الشحن الى عمان؟|JO|JO", "كم الشحن الى عمان؟|OM|OM", "كم الشحن الى عمان؟||",
            "كم الشحن الى عمان؟|SA|"})
    void aNameOfTwoPlacesIsSettledOnlyByTheAskersCountry(String text, String home, String expected) {
        assertThat(country(text, home)).as(text + " from " + home).isEqualTo(expected);
    }
}
