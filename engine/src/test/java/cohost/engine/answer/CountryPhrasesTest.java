package cohost.engine.answer;

import cohost.engine.testing.TestShop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Countries read right inside replies in every language: ICU's names, with the article and preposition each
 * language's grammar data gives (countries_*.txt), in the sentences the templates make.
 */
class CountryPhrasesTest {
    static final Templates templates = new Templates(TestShop.kb());

    static String noShipping(String lang, String country) {
        return templates.render(new Facts.NoShipping(country), lang, List.of());
    }

    static String paymentList(String lang, String country) {
        return templates.render(new Facts.Payment(country, List.of(), null, false), lang, List.of());
    }

    @ParameterizedTest(name = "{0} {1}: {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            en | US | to the United States                | In the United States
            en | GB | to the United Kingdom               | In the United Kingdom
            en | NL | to the Netherlands                  | In the Netherlands
            en | BR | to Brazil                           | In Brazil
            en | KY | to the Cayman Islands               | In the Cayman Islands
            de | DE | für den Versand nach Deutschland    | Du kannst in Deutschland
            de | CH | für den Versand in die Schweiz      | Du kannst in der Schweiz
            de | US | für den Versand in die USA          | Du kannst in den USA
            de | IR | für den Versand in den Iran         | Du kannst im Iran
            de | NL | für den Versand in die Niederlande  | Du kannst in den Niederlanden
            de | PH | für den Versand auf die Philippinen | Du kannst auf den Philippinen
            de | GB | für den Versand nach Großbritannien | Du kannst in Großbritannien
            fr | FR | livraison en France                 | acceptés en France
            fr | BR | livraison au Brésil                 | acceptés au Brésil
            fr | US | livraison aux États-Unis            | acceptés aux États-Unis
            fr | DE | livraison en Allemagne              | acceptés en Allemagne
            fr | MX | livraison au Mexique                | acceptés au Mexique
            fr | KR | livraison en Corée du Sud           | acceptés en Corée du Sud
            fr | GB | livraison au Royaume-Uni            | acceptés au Royaume-Uni
            fr | SG | livraison à Singapour               | acceptés à Singapour
            fr | IL | livraison en Israël                 | acceptés en Israël
            fr | CA | livraison au Canada                 | acceptés au Canada
            pt | BR | frete para o Brasil                 | pagamento no Brasil
            pt | DE | frete para a Alemanha               | pagamento na Alemanha
            pt | US | frete para os Estados Unidos        | pagamento nos Estados Unidos
            pt | PH | frete para as Filipinas             | pagamento nas Filipinas
            pt | PT | frete para Portugal                 | pagamento em Portugal
            pt | JP | frete para o Japão                  | pagamento no Japão
            pt | KR | frete para a Coreia do Sul          | pagamento na Coreia do Sul
            pt | CA | frete para o Canadá                 | pagamento no Canadá
            es | US | envío a Estados Unidos              | En Estados Unidos
            es | CH | envío a Suiza                       | En Suiza
            id | DE | pengiriman ke Jerman                | Untuk Jerman
            ja | BR | ブラジルへの配送                      | ブラジルでは
            ko | BR | 브라질 배송                           | 브라질에서는
            zh | DE | 寄往德国                              | 德国可以使用
            zh | HK | 寄往香港                              | 香港可以使用
            ar | BR | إلى البرازيل                          | في البرازيل
            """)
    void countriesTakeTheirArticleAndPreposition(String lang, String country, String to, String in) {
        assertThat(noShipping(lang, country).toLowerCase()).contains(to.toLowerCase());
        assertThat(paymentList(lang, country)).contains(in);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Hong Kong", "de, Hongkong", "fr, Hong Kong", "ja, 香港", "zh, 香港", "ar, هونغ كونغ"})
    void hongKongIsCalledByItsShortName(String lang, String name) {
        assertThat(templates.country("HK", Phrases.of(lang))).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "de", "fr", "pt", "es"})
    void aStoreRegionIsNamedAsTheStoreWritesIt(String lang) {
        assertThat(noShipping(lang, "EU")).contains("EU");
    }
}
