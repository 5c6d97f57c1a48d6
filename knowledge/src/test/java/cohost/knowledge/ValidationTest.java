package cohost.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every validation rule of the KB folder, each with a bad input: the problem names the file, the line or JSON path,
 * and what is wrong; nothing loads.
 */
class ValidationTest {
    @TempDir
    Path dir;

    private static List<KbProblem> problems(Path dir) {
        KbException e = catchThrowableOfType(KbException.class, () -> KnowledgeBase.load(dir));
        assertThat(e).as("the folder must be rejected").isNotNull();
        return e.problems();
    }

    private static KbProblem problem(String file, String where, String message) {
        return new KbProblem(file, where, message);
    }

    private static final String STORE = """
            {"id": "s", "name": "S", "defaultLanguage": "en", "currency": "USD", "regions": {"EU": ["DE", "FR"]}}
            """;
    private static final String PRODUCT = """
            {"sku": "A-1", "title": "Mug", "price": {"amount": 9, "currency": "USD"}}
            """;

    private Path storeWith(String file, String content) {
        TestKb.write(dir, "store.json", STORE);
        TestKb.write(dir, file, content);
        return dir;
    }

    @Test
    void theTestKbItselfIsValid() throws KbException {
        assertThat(KnowledgeBase.load(TestKb.copyTo(dir)).products()).hasSize(5);
    }

    @Test
    void assistantNamesAreReadAndMustBeShortNonEmptyStrings() throws KbException {
        TestKb.write(dir, "store.json", """
                {"id": "s", "name": "S", "defaultLanguage": "en", "currency": "USD", "assistantNames": ["小美", "Mia"]}
                """);
        assertThat(KnowledgeBase.load(dir).store().assistantNames()).containsExactly("小美", "Mia");
        TestKb.write(dir, "store.json", """
                {"id": "s", "name": "S", "defaultLanguage": "en", "currency": "USD", "assistantNames": ["", "%s", 3]}
                """.formatted("x".repeat(41)));
        assertThat(problems(dir)).containsExactly(
                problem("store.json", "assistantNames[0]", "must be a non-empty string"),
                problem("store.json", "assistantNames[2]", "must be a non-empty string"),
                problem("store.json", "assistantNames[1]", "must be at most 40 characters"));
    }

    @Test
    void storeJsonIsRequired() {
        TestKb.write(dir, "faq.jsonl", "");
        assertThat(problems(dir)).containsExactly(problem("store.json", "", "required file is missing"));
    }

    @Test
    void aMissingFolderIsReportedAsSuch() {
        assertThat(problems(dir.resolve("nope"))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("not a folder"));
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        TestKb.write(dir, "store.json", "{\n  \"id\": \"s\",\n  \"name\" \"S\"\n}");
        assertThat(problems(dir)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("store.json");
            assertThat(p.where()).isEqualTo("line 3, column 10");
            assertThat(p.message()).startsWith("malformed JSON: Unexpected character");
        });
    }

    @Test
    void malformedJsonLinesAreReportedWithTheirLineAndTheOtherLinesStillChecked() {
        storeWith("products.jsonl", PRODUCT + "{\"sku\": \"B-1\", \"title\": \"Cup\",,}\n"
                + "{\"sku\": \"C-1\", \"title\": \"Bowl\"}\n");
        assertThat(problems(dir)).containsExactly(
                new KbProblem("products.jsonl", "line 2, column 31",
                        problems(dir).getFirst().message()),
                problem("products.jsonl", "line 3, price", "missing required field 'price'"));
        assertThat(problems(dir).getFirst().message()).startsWith("malformed JSON");
    }

    @Test
    void missingRequiredFieldsAreNamedWithTheirPath() {
        storeWith("shipping.json", """
                {"rules": [{"id": "r1", "destinations": ["DE"], "carrier": "DHL", "minDays": 1, "maxDays": 2,
                            "price": {"amount": 5}}]}
                """);
        assertThat(problems(dir)).containsExactly(
                problem("shipping.json", "rules[0].service", "missing required field 'service'"),
                problem("shipping.json", "rules[0].price.currency", "missing required field 'currency'"));
    }

    @Test
    void storeJsonNeedsIdNameDefaultLanguageAndCurrency() {
        TestKb.write(dir, "store.json", "{}");
        assertThat(problems(dir)).extracting(KbProblem::where)
                .containsExactly("id", "name", "defaultLanguage", "currency");
    }

    @Test
    void unknownCurrenciesAreRejected() {
        storeWith("products.jsonl", "{\"sku\": \"A-1\", \"title\": \"Mug\", \"price\": {\"amount\": 9, \"currency\": \"XYZ\"}}");
        assertThat(problems(dir)).containsExactly(problem("products.jsonl", "line 1, price.currency",
                "unknown currency 'XYZ' (use an ISO 4217 code such as USD, EUR, CNY)"));
    }

    @Test
    void theStoreCurrencyMustBeKnownToo() {
        TestKb.write(dir, "store.json", STORE.replace("USD", "usd"));
        assertThat(problems(dir)).extracting(KbProblem::file, KbProblem::where)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("store.json", "currency"));
    }

    @Test
    void negativeDaysAreRejected() {
        storeWith("returns.json", """
                {"policies": [{"id": "p", "markets": ["*"], "windowDays": -3, "returnShipping": "buyer", "refundDays": 5}]}
                """);
        assertThat(problems(dir)).containsExactly(
                problem("returns.json", "policies[0].windowDays", "must not be negative, got -3"));
    }

    @Test
    void daysMustBeWholeNumbers() {
        storeWith("returns.json", """
                {"policies": [{"id": "p", "markets": ["*"], "windowDays": "30", "returnShipping": "buyer", "refundDays": 2.5}]}
                """);
        assertThat(problems(dir)).containsExactly(
                problem("returns.json", "policies[0].windowDays", "must be a whole number, got \"30\""),
                problem("returns.json", "policies[0].refundDays", "must be a whole number, got 2.5"));
    }

    @Test
    void minDaysGreaterThanMaxDaysIsRejected() {
        storeWith("shipping.json", """
                {"rules": [
                  {"id": "ok", "destinations": ["DE"], "service": "Standard", "minDays": 3, "maxDays": 7, "price": {"amount": 5, "currency": "USD"}},
                  {"id": "bad", "destinations": ["DE"], "service": "Express", "minDays": 12, "maxDays": 7, "price": {"amount": 5, "currency": "USD"}}
                ]}
                """);
        assertThat(problems(dir)).containsExactly(
                problem("shipping.json", "rules[1].minDays", "minDays 12 is greater than maxDays 7"));
    }

    @Test
    void negativePricesAreRejected() {
        storeWith("products.jsonl", "{\"sku\": \"A-1\", \"title\": \"Mug\", \"price\": {\"amount\": -1, \"currency\": \"USD\"}}");
        assertThat(problems(dir)).containsExactly(
                problem("products.jsonl", "line 1, price.amount", "must not be negative, got -1"));
    }

    @Test
    void duplicateSkusAreRejectedAcrossProductsAndVariants() {
        storeWith("products.jsonl", PRODUCT + """
                {"sku": "B-1", "title": "Cup", "price": {"amount": 9, "currency": "USD"}, "variants": [{"sku": "a-1"}]}
                {"sku": "B-1", "title": "Cup", "price": {"amount": 9, "currency": "USD"}}
                """);
        assertThat(problems(dir)).containsExactly(
                problem("products.jsonl", "line 2", "duplicate SKU 'a-1' (first used at line 1)"),
                problem("products.jsonl", "line 3", "duplicate SKU 'B-1' (first used at line 2)"));
    }

    @Test
    void unknownCountryCodesAreRejectedWithAHintForUk() {
        storeWith("shipping.json", """
                {"rules": [{"id": "r", "destinations": ["DE", "ZZ", "UK"], "service": "S", "minDays": 1, "maxDays": 2,
                            "price": {"amount": 5, "currency": "USD"}}]}
                """);
        assertThat(problems(dir)).extracting(KbProblem::where, KbProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rules[0].destinations[1]", "unknown country or region 'ZZ'; use an"
                        + " ISO 3166-1 alpha-2 code such as BR, or a region defined in store.json"),
                org.assertj.core.groups.Tuple.tuple("rules[0].destinations[2]", "unknown country or region 'UK' (the ISO"
                        + " code of the United Kingdom is GB); use an ISO 3166-1 alpha-2 code such as BR, or a region"
                        + " defined in store.json"));
    }

    @Test
    void unknownRegionsAreRejectedAndRegionsMayOnlyListCountryCodes() {
        TestKb.write(dir, "store.json", """
                {"id": "s", "name": "S", "defaultLanguage": "en", "currency": "USD", "regions": {"EU": ["DE", "XX"], "DE": ["AT"]}}
                """);
        TestKb.write(dir, "payments.json", """
                {"methods": [{"id": "card", "name": "Card", "markets": ["ASIA"]}]}
                """);
        assertThat(problems(dir)).extracting(KbProblem::file, KbProblem::where).containsExactly(
                org.assertj.core.groups.Tuple.tuple("store.json", "regions.EU[1]"),
                org.assertj.core.groups.Tuple.tuple("store.json", "regions.DE"),
                org.assertj.core.groups.Tuple.tuple("payments.json", "methods[0].markets[0]"));
    }

    @Test
    void unknownLanguageCodesAreRejectedInTheStoreAndInLocalizedTexts() {
        TestKb.write(dir, "store.json", """
                {"id": "s", "name": "S", "defaultLanguage": "english", "languages": ["es", "xx"], "currency": "USD"}
                """);
        TestKb.write(dir, "faq.jsonl", """
                {"id": "f", "question": {"en": "Q?", "klingon": "Q?"}, "answer": "A."}
                """);
        assertThat(problems(dir)).containsExactly(
                problem("store.json", "defaultLanguage",
                        "unknown language code 'english' (use a lower-case ISO 639-1 code such as en, es, zh)"),
                problem("store.json", "languages[1]",
                        "unknown language code 'xx' (use a lower-case ISO 639-1 code such as en, es, zh)"),
                problem("faq.jsonl", "line 1, question.klingon",
                        "unknown language code 'klingon' (use a lower-case ISO 639-1 code such as en, es, zh)"));
    }

    @Test
    void dutiesMustBeDdpOrDdu() {
        storeWith("shipping.json", """
                {"rules": [{"id": "r", "destinations": ["DE"], "service": "S", "minDays": 1, "maxDays": 2,
                            "price": {"amount": 5, "currency": "USD"}, "duties": "paid"}]}
                """);
        assertThat(problems(dir)).containsExactly(problem("shipping.json", "rules[0].duties",
                "must be DDP (the seller pays duties up front) or DDU (the buyer pays on delivery), got 'paid'"));
    }

    @Test
    void returnShippingMustBeFreeOrBuyer() {
        storeWith("returns.json", """
                {"policies": [{"id": "p", "markets": ["*"], "windowDays": 3, "returnShipping": "seller", "refundDays": 5}]}
                """);
        assertThat(problems(dir)).containsExactly(problem("returns.json", "policies[0].returnShipping",
                "must be \"free\" or \"buyer\", got 'seller'"));
    }

    @Test
    void twoReturnPoliciesForOneCountryAtTheSameLevelAreRejected() {
        storeWith("returns.json", """
                {"policies": [
                  {"id": "a", "markets": ["*"], "windowDays": 3, "returnShipping": "buyer", "refundDays": 5},
                  {"id": "b", "markets": ["EU"], "windowDays": 3, "returnShipping": "buyer", "refundDays": 5},
                  {"id": "c", "markets": ["FR"], "windowDays": 3, "returnShipping": "buyer", "refundDays": 5},
                  {"id": "d", "markets": ["FR"], "windowDays": 3, "returnShipping": "buyer", "refundDays": 5}
                ]}
                """);
        assertThat(problems(dir)).containsExactly(problem("returns.json", "policies[3].markets",
                "policy 'd' and policy 'c' both cover FR by its country code; each country needs one return policy at"
                        + " its most specific level"));
    }

    @Test
    void duplicateIdsAreRejected() {
        storeWith("faq.jsonl", """
                {"id": "f", "question": "Q?", "answer": "A."}
                {"id": "f", "question": "Q2?", "answer": "A2."}
                """);
        assertThat(problems(dir)).containsExactly(problem("faq.jsonl", "line 2, id", "duplicate id 'f'"));
    }

    @Test
    void misspelledFieldsAreReportedAsUnknownRatherThanIgnored() {
        storeWith("shipping.json", """
                {"rules": [{"id": "r", "destinations": ["DE"], "service": "S", "minDays": 1, "maxDays": 2,
                            "price": {"amount": 5, "currency": "USD"}, "freeover": {"amount": 50, "currency": "USD"}}]}
                """);
        assertThat(problems(dir)).containsExactly(
                problem("shipping.json", "rules[0].freeover", "unknown field 'freeover'"));
    }

    @Test
    void wrongTypesAreRejected() {
        storeWith("products.jsonl", """
                {"sku": 7, "title": ["Mug"], "price": 9, "tags": "gift", "variants": {"sku": "x"}}
                """);
        assertThat(problems(dir)).extracting(KbProblem::where, KbProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("line 1, sku", "must be a non-empty string"),
                org.assertj.core.groups.Tuple.tuple("line 1, title", "must be a string, or an object of language code to"
                        + " string like {\"en\": \"...\", \"es\": \"...\"}"),
                org.assertj.core.groups.Tuple.tuple("line 1, price",
                        "must be an object like {\"amount\": 12.5, \"currency\": \"USD\"}"),
                org.assertj.core.groups.Tuple.tuple("line 1, variants", "must be an array of objects"),
                org.assertj.core.groups.Tuple.tuple("line 1, tags", "must be an array of strings"));
    }

    @Test
    void productsJsonlAndProductsCsvTogetherAreAmbiguous() {
        storeWith("products.jsonl", PRODUCT);
        TestKb.write(dir, "products.csv", "Handle,Title,Variant Price\nmug,Mug,9\n");
        assertThat(problems(dir)).containsExactly(
                problem("products.csv", "", "the folder has both products.jsonl and products.csv; keep one"));
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() {
        TestKb.copyTo(dir);
        TestKb.write(dir, "shipping.json", "{\"rules\": [{\"id\": \"r\"}]}");
        TestKb.write(dir, "payments.json", "{\"methods\": [{\"id\": \"card\", \"name\": \"Card\", \"markets\": [\"MARS\"]}]}");
        assertThat(problems(dir)).extracting(KbProblem::file).containsOnly("shipping.json", "payments.json")
                .contains("shipping.json", "payments.json").hasSize(6);
    }

    @Test
    void aProblemReadsAsFileLocationAndMessage() {
        assertThat(problem("shipping.json", "rules[3].maxDays", "must not be negative, got -1").toString())
                .isEqualTo("shipping.json rules[3].maxDays: must not be negative, got -1");
    }

    @Test
    void optionalFilesMayBeAbsentAndBlankLinesAreAllowed() throws Exception {
        storeWith("faq.jsonl", "\n{\"id\": \"f\", \"question\": \"Q?\", \"answer\": \"A.\"}\n\n");
        KnowledgeBase kb = KnowledgeBase.load(dir);
        assertThat(kb.faqs()).hasSize(1);
        assertThat(kb.products()).isEmpty();
        assertThat(kb.shippingTo("DE")).isEmpty();
        assertThat(Files.exists(dir.resolve("shipping.json"))).isFalse();
    }
}
