package cohost.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Ranking a product's own listing against a question, and the KB fields that feed it. */
class ListingsTest {
    @TempDir
    Path dir;

    static final Product SPEAKER = new Product("SPK", Localized.of("Boomtube Mini Speaker", "en"),
            Localized.of("A palm-size speaker for the beach. Floats in water. Pairs with two phones at once.", "en"),
            "audio", "Boomtube", Money.of("35", "USD"),
            Map.of("battery_life", Localized.of("12 hours", "en"), "output", Localized.of("10W", "en"),
                    "waterproof", Localized.of("true", "en"), "material", new Localized(Map.of("en", "silicone",
                            "es", "silicona"), "en")),
            List.of(), List.of(), List.of(), Map.of(), List.of(Localized.of("USB-C charging in 2 hours.", "en")),
            List.of(new Product.ProductFaq(Localized.of("Does it come with a strap?", "en"),
                    Localized.of("Yes, a wrist strap is in the box.", "en"))));

    static Listings.Answer rank(String question, String lang) {
        return Listings.rank(SPEAKER, question, lang, "en", Listings.Rarity.UNIFORM);
    }

    @Test
    void theFactThatAnswersComesFirstWhateverTheLanguageOfTheQuestion() {
        assertThat(rank("how long does the battery last?", "en").facts().get(0).key()).isEqualTo("battery_life");
        assertThat(rank("¿cuánto dura la batería?", "es").facts().get(0).key()).isEqualTo("battery_life");
        assertThat(rank("续航多久？", "zh").facts().get(0).key()).isEqualTo("battery_life");
        assertThat(rank("배터리 사용 시간은?", "ko").facts().get(0).key()).isEqualTo("battery_life");
        assertThat(rank("de qué material es?", "es").facts().get(0).text()).as("the asker's language when the KB has it")
                .isEqualTo("silicona");
    }

    @Test
    void unitsAreWordsOfTheirTopicGluedOrNot() {
        assertThat(Listings.splitUnits("65W and 5000mAh, IPX5, 2x")).isEqualTo("65 W and 5000 mAh, IPX5, 2 x");
        assertThat(rank("how many watts?", "en").facts().get(0).key()).isEqualTo("output");
        assertThat(rank("is it 10 W?", "en").facts().get(0).key()).isEqualTo("output");
        assertThat(rank("wie viel Watt hat er?", "de").facts().get(0).key()).isEqualTo("output");
    }

    @Test
    void yesOrNoOnlyWhenTheFactStatesIt() {
        Listings.Answer waterproof = rank("is it waterproof?", "en");
        assertThat(waterproof.facts().get(0).key()).isEqualTo("waterproof");
        assertThat(waterproof.affirmed()).isTrue();
        assertThat(rank("est-ce qu'il est en silicone ?", "fr").affirmed()).isTrue();
        // the material attribute names another material: no (the fact is quoted with it); a generic word ("metal")
        // against a material the lists know is no statement either way
        assertThat(rank("is it made of wood?", "en").affirmed()).as("silicone, so not wood").isFalse();
        assertThat(rank("c'est en bois ?", "fr").affirmed()).as("asked by the question mark alone").isFalse();
        assertThat(rank("is it made of metal?", "en").affirmed()).as("metal is no material of the lists").isNull();
        assertThat(rank("how long does the battery last?", "en").affirmed()).as("not a yes/no question").isNull();
    }

    @Test
    void sentencesBulletsAndTheProductsFaqAnswerToo() {
        assertThat(rank("does it float?", "en").facts().get(0).text()).isEqualTo("Floats in water.");
        assertThat(rank("how long to charge it?", "en").facts().get(0).kind()).isEqualTo(Listings.Kind.BULLET);
        assertThat(rank("is there a strap?", "en").facts().get(0).text()).isEqualTo("Yes, a wrist strap is in the box.");
    }

    @Test
    void priceAndStockAreLeftToTheOverviewAndWhatIsNotThereIsNotStated() {
        assertThat(rank("how much is it?", "en").outcome()).isEqualTo(Listings.Outcome.OVERVIEW);
        assertThat(rank("¿cuánto cuesta?", "es").outcome()).isEqualTo(Listings.Outcome.OVERVIEW);
        assertThat(rank("Boomtube Mini?", "en").outcome()).as("only its name").isEqualTo(Listings.Outcome.OVERVIEW);
        assertThat(rank("how many pages does it have?", "en").outcome()).isEqualTo(Listings.Outcome.NOT_STATED);
        assertThat(rank("what is the warranty?", "en").outcome()).isEqualTo(Listings.Outcome.NOT_STATED);
        assertThat(rank("保修多久？", "zh").outcome()).isEqualTo(Listings.Outcome.NOT_STATED);
    }

    @Test
    void wordsOfSpacedScriptsAreMatchedAsWordsAndCjkInsideTheText() {
        assertThat(Listings.topics("كم سعر سماعات Sonaro؟")).as("'سم' (cm) is not inside 'سماعات' (earphones)")
                .containsExactly("price");
        assertThat(Listings.topics("كم الوزن؟")).containsExactly("weight");
        assertThat(Listings.topics("这个耳机续航多久")).contains("battery_life");
        assertThat(Listings.topics("배터리 사용 시간은?")).contains("battery_life");
        assertThat(Listings.topics("how long does shipping take?")).as("'long' alone is no length").isEmpty();
    }

    @Test
    void attributeKeysAreNamedByTheirTopicInAnyNaming() {
        assertThat(Listings.topicOf("WaterResistance")).isEqualTo("water_resistance");
        assertThat(Listings.topicOf("battery_life")).isEqualTo("battery_life");
        assertThat(Listings.topicOf("Akkulaufzeit")).isEqualTo("battery_life");
        assertThat(Listings.topicOf("item_weight")).isEqualTo("weight");
        assertThat(Listings.topicOf("sku_code")).isNull();
        assertThat(Listings.humanize("WaterResistance")).isEqualTo("Water Resistance");
    }

    @Test
    void aTenMegabyteQuestionIsRankedInLinearTime() {
        String spun = "battery ".repeat(1_300_000);
        assertThat(rank(spun, "en").outcome()).isEqualTo(Listings.Outcome.FACTS);
    }

    @Test
    void labelsBulletsAndProductFaqAreReadFromProductsJsonl() throws KbException {
        TestKb.write(dir, "store.json", """
                {"id": "s", "name": "S", "defaultLanguage": "en", "currency": "USD"}""");
        TestKb.write(dir, "products.jsonl", """
                {"sku": "A", "title": "A", "price": {"amount": 1, "currency": "USD"}, "attributes": {"WaterResistance": "IPX4"}, "labels": {"WaterResistance": {"fr": "Étanchéité"}}, "bullets": ["One.", {"en": "Two.", "es": "Dos."}], "faq": [{"question": "Q?", "answer": "A."}]}
                """);
        Product a = KnowledgeBase.load(dir).product("A").orElseThrow();
        assertThat(a.labels().get("WaterResistance").in("fr")).isEqualTo("Étanchéité");
        assertThat(a.bullets()).hasSize(2);
        assertThat(a.bullets().get(1).in("es")).isEqualTo("Dos.");
        assertThat(a.faq().get(0).answer().in("en")).isEqualTo("A.");

        TestKb.write(dir, "products.jsonl", """
                {"sku": "A", "title": "A", "price": {"amount": 1, "currency": "USD"}, "labels": {"weight": "Gewicht"}, "bullets": "x", "faq": [{"question": "Q?"}]}
                """);
        KbException e = catchThrowableOfType(KbException.class, () -> KnowledgeBase.load(dir));
        assertThat(e.problems()).extracting(KbProblem::message).contains(
                "labels an attribute the product does not have", "must be an array of localized texts",
                "missing required field 'answer'");
    }
}
