package cohost.engine.answer;

import cohost.engine.Intent;
import cohost.engine.Slots;
import cohost.engine.Understanding;
import cohost.engine.testing.TestShop;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesTest {
    static final KnowledgeBase kb = TestShop.kb();
    static final FactFinder finder = new FactFinder(kb);
    static final Templates templates = new Templates(kb);

    static Stream<String> languages() {
        return Templates.languages().stream();
    }

    static Understanding meaning(String lang, Intent intent, String country, String sku, Map<String, String> options) {
        return new Understanding(lang, intent, new Slots(country, sku, options, null), false, 0.9);
    }

    static String say(String lang, Intent intent, String country, String sku, Map<String, String> options, String text) {
        return templates.render(finder.find(meaning(lang, intent, country, sku, options), text, null), lang, List.of());
    }

    static String money(String amount, String lang) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(lang));
        f.setCurrency(Currency.getInstance("USD"));
        return f.format(new java.math.BigDecimal(amount)).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @ParameterizedTest
    @MethodSource("languages")
    void shippingNamesEachServiceWithCarrierDaysPriceThresholdAndDuties(String lang) {
        String text = say(lang, Intent.SHIPPING, "BR", null, Map.of(), "");
        assertThat(text).contains(kb.countries().name("BR", lang), "Correios", "DHL", "7", "12", "3", "5",
                money("8.50", lang), money("19.90", lang), money("60", lang), Phrases.of(lang).get("ddp"));
        assertThat(text).doesNotContain("{", "}");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void freeShippingAndImportTaxesOnDeliveryAreSaid(String lang) {
        assertThat(say(lang, Intent.SHIPPING, "DE", null, Map.of(), "")).contains(Phrases.of(lang).get("free"));
        assertThat(say(lang, Intent.SHIPPING, "MX", null, Map.of(), "")).contains("Estafeta", Phrases.of(lang).get("ddu"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void returnsGiveWindowWhoPaysAndRefundDaysForTheCountry(String lang) {
        String eu = say(lang, Intent.RETURNS, "DE", null, Map.of(), "");
        assertThat(eu).contains("30", "5", Phrases.of(lang).get("returnFree"));
        String elsewhere = say(lang, Intent.RETURNS, "BR", null, Map.of(), "");
        assertThat(elsewhere).contains("15", "10", Phrases.of(lang).get("returnBuyer")).doesNotContain("30");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void returnsWarnWhenTheProductsCategoryIsExcluded(String lang) {
        String text = say(lang, Intent.RETURNS, "BR", "LP-7", Map.of(), "");
        assertThat(text).contains(kb.product("LP-7").orElseThrow().title().in(lang));
        var product = kb.product("LP-7").orElseThrow();
        assertThat(text).isEqualTo(Phrases.of(lang).fill("excluded", "product", product.title().in(lang),
                "category", Templates.category(product.category(), Phrases.of(lang))));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void paymentListsTheCountrysMethodsAndAnswersYesOrNoForANamedOne(String lang) {
        assertThat(say(lang, Intent.PAYMENT, "BR", null, Map.of(), "how can I pay?")).contains("PayPal", "Pix");
        Facts pix = finder.find(meaning(lang, Intent.PAYMENT, "BR", null, Map.of()), "do you take PIX?", null);
        assertThat(pix).isEqualTo(new Facts.Payment("BR", kb.paymentMethodsFor("BR"), "pix", true));
        assertThat(templates.render(pix, lang, List.of())).startsWith(Phrases.of(lang).get("paymentYes").substring(0, 2));
        Facts pixInMexico = finder.find(meaning(lang, Intent.PAYMENT, "MX", null, Map.of()), "aceitam pix?", null);
        assertThat(pixInMexico).isEqualTo(new Facts.Payment("MX", kb.paymentMethodsFor("MX"), "Pix", false));
        assertThat(templates.render(pixInMexico, lang, List.of())).contains("Pix", "OXXO", "PayPal");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void productOverviewGivesPriceStockColorsMaterialAndCertifications(String lang) {
        String text = say(lang, Intent.PRODUCT, null, "EB-100", Map.of(), "");
        var p = Phrases.of(lang);
        assertThat(text).contains(kb.product("EB-100").orElseThrow().title().in(lang), money("39.90", lang),
                p.fill("outOfStockSome", "values", p.get("color.white")), p.get("color.black"), p.get("label.material"),
                "CE", "FCC");
        assertThat(text).as("the white variant is out, not the product").doesNotContain(p.get("inStock"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void variantQuestionsSayWhetherItExistsAndIsInStock(String lang) {
        var p = Phrases.of(lang);
        String black = say(lang, Intent.PRODUCT, null, "EB-100", Map.of("color", "black"), "");
        assertThat(black).contains(p.get("color.black"), money("39.90", lang));
        String white = say(lang, Intent.PRODUCT, null, "EB-100", Map.of("color", "white"), "");
        assertThat(white).isEqualTo(p.fill("variantOut", "title", kb.product("EB-100").orElseThrow().title().in(lang),
                "option", p.get("color.white")));
        String red = say(lang, Intent.PRODUCT, null, "EB-100", Map.of("color", "red"), "");
        assertThat(red).contains(p.get("color.red"), p.get("color.black"), p.get("color.white"));
        String pink = say(lang, Intent.PRODUCT, null, "LP-7", Map.of("color", "pink"), "");
        assertThat(pink).as("a variant's own price").contains(money("14", lang));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void withoutACountryItSaysWhatHoldsEverywhereAndInvitesTheCountry(String lang) {
        // the test shop ships in 3-12 days (one service is free) and has no default return policy: its range
        assertThat(say(lang, Intent.SHIPPING, null, null, Map.of(), ""))
                .isEqualTo(Phrases.of(lang).fill("shipAnywhereDays", "min", 3, "max", 12));
        assertThat(say(lang, Intent.RETURNS, null, null, Map.of(), "")).contains("15", "30")
                .contains(Phrases.of(lang).get("tellCountry"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void whenTheKbHasNoAnswerItSaysSoAndHandsOff(String lang) {
        Facts none = finder.find(meaning(lang, Intent.SHIPPING, "AU", null, Map.of()), "", null);
        assertThat(none.handoff()).isTrue();
        assertThat(templates.render(none, lang, List.of())).contains(kb.countries().name("AU", lang));
        Facts order = finder.find(new Understanding(lang, Intent.ORDER_STATUS, new Slots(null, null, Map.of(), "A123"),
                false, 0.9), "", null);
        assertThat(order.handoff()).isTrue();
        assertThat(templates.render(order, lang, List.of())).contains("A123");
        assertThat(finder.find(meaning(lang, Intent.HANDOFF, null, null, Map.of()), "", null).handoff()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void repliesAddressTheAskersByName(String lang) {
        String text = templates.render(new Facts.Greeting(), lang, List.of("Ana", "Li Wei"));
        assertThat(text).startsWith("@Ana @Li_Wei ").endsWith(Phrases.of(lang).get("greeting"));
    }

    @Test
    void theSpeakersDeclaredCountryIsUsedWhenTheQuestionNamesNone() {
        Facts f = finder.find(meaning("pt", Intent.SHIPPING, null, null, Map.of()), "qual o frete?", "BR");
        assertThat(f).isInstanceOf(Facts.Shipping.class);
        assertThat(((Facts.Shipping) f).country()).isEqualTo("BR");
    }

    @Test
    void faqAnswersAClearlyMatchingQuestionAndNothingElse() {
        Facts f = finder.find(meaning("en", Intent.SHIPPING, null, null, Map.of()), "do I get a tracking number?", null);
        assertThat(f).isInstanceOf(Facts.Faq.class);
        assertThat(templates.render(f, "es", List.of())).contains("48 horas");
        Facts other = finder.find(meaning("en", Intent.OUT_OF_SCOPE, null, null, Map.of()), "who won the football match?", null);
        assertThat(other).isEqualTo(new Facts.OutOfScope());
    }

    @Test
    void theHostGistNamesTopicCountryProductAndOption() {
        assertThat(templates.gist(meaning("pt", Intent.SHIPPING, "BR", null, Map.of()), "zh")).isEqualTo("[运费 → 巴西]");
        assertThat(templates.gist(meaning("en", Intent.RETURNS, null, null, Map.of()), "zh")).isEqualTo("[退货]");
        assertThat(templates.gist(meaning("es", Intent.PRODUCT, null, "EB-100", Map.of("color", "black")), "zh"))
                .isEqualTo("[商品: 无线蓝牙耳机 X1 · 黑色]");
    }
}
