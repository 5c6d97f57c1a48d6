package cohost.engine;

import cohost.engine.answer.Templates;
import cohost.engine.testing.TestShop;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.Languages;
import cohost.knowledge.SearchHit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding a language is one registry line plus resource files. This test runs in its own surefire execution (see
 * engine/pom.xml) with {@code src/test/eleventh-language} on the class path: a second {@code cohost/languages.tsv}
 * registering Swedish, {@code templates_sv.properties} and {@code lexicon/sv.txt}, and nothing else. The engine then
 * detects Swedish, understands it, answers in it (ICU's Swedish plurals, money and country names) and indexes Swedish
 * KB texts with Lucene's Swedish analyzer. LanguageFilesTest runs in the same execution and checks its files.
 */
class EleventhLanguageIT {
    static final Cohost cohost = Cohost.builder(TestShop.kb()).build();

    @AfterAll
    static void close() {
        cohost.close();
    }

    static ReplyResult ask(String conversation, Speaker who, String text) {
        return cohost.ask(conversation, Utterance.typed("m-" + text.hashCode(), who, text)).result().join();
    }

    @Test
    void theTestLanguageIsRegisteredBesideTheShippedOnes() {
        assertThat(Languages.codes()).startsWith("en").contains("zh-Hant", "sv").hasSize(12);
        assertThat(Languages.isLatin("sv")).isTrue();
        assertThat(Templates.languages()).contains("sv");
    }

    @Test
    void aViewerWhoDeclaresSwedishIsAnsweredInSwedish() {
        ReplyResult r = ask("sv-declared", Speaker.viewer("v1", "Astrid", "sv", "BR"), "Hur lång tid tar frakten?");
        assertThat(r.lang()).isEqualTo("sv");
        assertThat(r.intent()).isEqualTo(Intent.SHIPPING);
        assertThat(r.text()).startsWith("@Astrid Frakt till Brasilien: Standard med Correios, 7–12 arbetsdagar, 8,50 US$");
        assertThat(r.hostText()).as("the host still reads Chinese").contains("寄往巴西");
    }

    @Test
    void swedishIsRecognisedWithoutADeclaration() {
        ReplyResult r = ask("sv-detected", Speaker.customer("c1", "Astrid", null, null),
                "Hej! Hur mycket kostar frakten till Tyskland och hur lång tid tar det?");
        assertThat(r.lang()).isEqualTo("sv");
        assertThat(r.intent()).isEqualTo(Intent.SHIPPING);
        assertThat(r.text()).startsWith("@Astrid Frakt till Tyskland:").contains("gratis");
        ReplyResult returns = ask("sv-detected", Speaker.customer("c1", "Astrid", null, "DE"), "Kan jag returnera den?");
        assertThat(returns.lang()).isEqualTo("sv");
        assertThat(returns.text()).contains("inom 30 dagar");
    }

    @Test
    void swedishKbTextsAreSearchedWithTheSwedishAnalyzer(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("store.json"), """
                {"id": "s", "name": "S", "defaultLanguage": "en", "languages": ["en", "sv"], "currency": "SEK"}
                """);
        Files.writeString(dir.resolve("products.jsonl"), """
                {"sku": "HP-1", "title": {"en": "Wireless headphones", "sv": "Trådlösa hörlurar"}, "price": {"amount": 499, "currency": "SEK"}}
                """);
        KnowledgeBase kb = KnowledgeBase.load(dir);
        // "hörlurarna" (the headphones) reaches "hörlurar" only through the Swedish stemmer
        assertThat(kb.search("hörlurarna", "sv", 3, "product")).extracting(SearchHit::id).containsExactly("HP-1");
    }
}
