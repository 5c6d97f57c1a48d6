package cohost.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The language registry: the one list of languages, and how a declared tag or a country picks one. */
class LanguagesTest {
    @TempDir
    Path dir;

    @Test
    void registersTheTenLanguagesAndTraditionalChinese() {
        assertThat(Languages.codes()).containsExactly("en", "es", "pt", "fr", "de", "id", "ja", "ko", "zh", "ar", "zh-Hant");
        assertThat(Languages.primary()).extracting(Language::code).doesNotContain("zh-Hant").hasSize(10);
    }

    @Test
    void scriptFacetsComeFromTheScriptCode() {
        assertThat(Languages.all()).filteredOn(Language::latin).extracting(Language::code)
                .containsExactly("en", "es", "pt", "fr", "de", "id");
        assertThat(Languages.all()).filteredOn(Language::rightToLeft).extracting(Language::code).containsExactly("ar");
        assertThat(Languages.isLatin("pt")).isTrue();
        assertThat(Languages.isLatin("ja")).isFalse();
        assertThat(Languages.isLatin("xx")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"pt, pt", "pt-BR, pt", "PT_br, pt", "zh, zh", "zh-CN, zh", "zh-Hans, zh",
            "zh-SG, zh", "zh-TW, zh-Hant", "zh-HK, zh-Hant", "zh-MO, zh-Hant", "zh-Hant, zh-Hant", "ZH-hant, zh-Hant",
            "zh-Hant-CN, zh-Hant", "sv, null", "'', null"})
    void resolvesADeclaredTagByItsLanguageAndScript(String tag, String code) {
        Language l = Languages.resolve(tag);
        assertThat(l == null ? null : l.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"zh, TW, zh-Hant", "zh, HK, zh-Hant", "zh, MO, zh-Hant", "zh, CN, zh", "zh, SG, zh", "pt, BR, pt",
            "en, TW, en"})
    void aCountryPicksTheWritingItsPeopleUse(String lang, String country, String code) {
        assertThat(Languages.forCountry(Languages.get(lang).orElseThrow(), country).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "zh, null, null, 運費多少？, null, zh-Hant", "zh, null, null, 运费多少？, null, zh",
            "zh, null, null, 電子產品保固多久, zh, zh-Hant", "zh, null, null, 多少？, zh-Hant, zh-Hant",
            "zh, null, null, 多少？, null, zh", "zh, zh, TW, 运费多少？, null, zh-Hant", "zh, zh-TW, null, 多少？, null, zh-Hant",
            "zh, zh-CN, TW, 運費多少？, null, zh", "zh-Hant, null, null, 运费多少？, zh-Hant, zh", "en, null, TW, 運費, null, en"})
    void theWrittenFormComesFromTheDeclaredTagTheCountryTheTextThenTheConversation(
            String lang, String declared, String country, String text, String last, String expected) {
        assertThat(Languages.written(lang, declared, country, text, last)).isEqualTo(expected);
    }

    @Test
    void everyAnalyzerIsOnTheClassPath() throws Exception {
        for (Language l : Languages.all()) {
            if (l.analyzer() != null) assertThat(Class.forName(l.analyzer())).as(l.code()).isNotNull();
        }
    }

    @Test
    void aVariantTextIsTheKbsOwnElseItsBaseLanguagesConverted() {
        Localized onlySimplified = new Localized(Map.of("en", "Free returns", "zh", "免费退货"), "en");
        assertThat(onlySimplified.in("zh-Hant")).isEqualTo("免費退貨");
        Localized both = new Localized(Map.of("zh", "运费", "zh-Hant", "運送費用"), "zh");
        assertThat(both.in("zh-Hant")).isEqualTo("運送費用");
        assertThat(both.in("zh")).isEqualTo("运费");
        assertThat(Localized.of("Free returns", "en").in("zh-Hant")).isEqualTo("Free returns");
    }

    @Test
    void theKbMayWriteTraditionalTextsUnderZhTwOrZhHant() throws KbException {
        TestKb.write(dir, "store.json", """
                {"id": "s", "name": "S", "defaultLanguage": "en", "currency": "USD"}
                """);
        TestKb.write(dir, "faq.jsonl", """
                {"id": "f1", "question": {"en": "Warranty?", "zh-TW": "有保固嗎？"}, "answer": {"en": "12 months.", "zh": "12个月。", "zh-Hant": "保固十二個月。"}}
                """);
        FaqEntry f = KnowledgeBase.load(dir).faqs().getFirst();
        assertThat(f.question().in("zh-Hant")).isEqualTo("有保固嗎？");
        assertThat(f.answer().in("zh-Hant")).isEqualTo("保固十二個月。");
        assertThat(f.answer().in("zh")).isEqualTo("12个月。");
    }

    @Test
    void aTagThatNamesNoRegisteredVariantIsStillAnError() {
        TestKb.write(dir, "store.json", """
                {"id": "s", "name": "S", "defaultLanguage": "en", "currency": "USD"}
                """);
        TestKb.write(dir, "faq.jsonl", """
                {"id": "f1", "question": {"en": "Warranty?", "sr-Latn": "Garancija?"}, "answer": "12 months."}
                """);
        try {
            KnowledgeBase.load(dir);
            throw new AssertionError("loaded");
        } catch (KbException e) {
            assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("sr-Latn"));
        }
    }
}
