package cohost.engine.answer.translate;

import cohost.engine.Intent;
import cohost.engine.answer.Facts;
import cohost.engine.answer.Templates;
import cohost.engine.testing.ScriptedChatModel;
import cohost.engine.testing.TestShop;
import cohost.knowledge.FaqEntry;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.LiveKnowledge;
import cohost.knowledge.Localized;
import cohost.engine.time.TimeSource;
import cohost.engine.time.VirtualTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Store texts (FAQ answers, return conditions, shipping notes) that the KB has only in the store's default language
 * reach every asker in their language: translated by the model and checked (glossary terms and numbers kept, no
 * claim the text does not make), cached; without a model, or when the model fails, in the KB's language with a note
 * saying which. The model is scripted behind the engine's port, on the machine's time, or on virtual time where the
 * translation's timeout is what is tested (the timeout is on the engine's time source). Test shop
 * (TestShop): default language English; the warranty FAQ and the return condition outside the EU are English only;
 * the earbuds are "Wireless Earbuds X1" by Sonic.
 */
class StoreTextsInTheAskersLanguageTest {
    static final KnowledgeBase kb = TestShop.kb();
    static final Facts warranty = new Facts.Faq(Intent.OUT_OF_SCOPE, kb.faq("faq-warranty").orElseThrow());
    static final String WARRANTY = "Electronics carry a 12-month warranty against manufacturing defects.";
    static final Facts tracking = new Facts.Faq(Intent.SHIPPING, kb.faq("faq-tracking").orElseThrow());
    static final Facts returnsBr = new Facts.Returns("BR", kb.returnPolicyFor("BR").orElseThrow(), null);
    static final Facts returnsDe = new Facts.Returns("DE", kb.returnPolicyFor("DE").orElseThrow(), null);
    static final String CASE = "The Wireless Earbuds X1 by Sonic come with a charging case: 30 hours of music in all.";
    static final Facts caseFaq = new Facts.Faq(Intent.OUT_OF_SCOPE,
            new FaqEntry("faq-case", Localized.of("Is there a case?", "en"), Localized.of(CASE, "en"), List.of()));

    /** A scripted model that translates by the table: the text it was given (found in the request) to its answer. */
    static ScriptedChatModel translating(Map<String, String> table) {
        return ScriptedChatModel.on(TimeSource.system(), body -> table.entrySet().stream().filter(e -> body.contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse("")).chunkChars(6).pause(Duration.ofMillis(1));
    }

    @Test
    void withoutAModelATextTheKbHasOnlyInEnglishIsSaidInEnglishWithANoteInTheAskersLanguage() {
        Templates templates = new Templates(kb);
        assertThat(templates.render(warranty, "en", List.of())).isEqualTo(WARRANTY);
        Map<String, String> notes = Map.of("pt", "(em inglês)", "es", "(en inglés)", "de", "(auf Englisch)",
                "fr", "(en anglais)", "ja", "（原文：英語）", "zh", "（原文为英语）", "ko", "(원문: 영어)",
                "id", "(dalam bahasa Inggris)", "ar", "(باللغة الإنجليزية)", "zh-Hant", "（原文為英文）");
        notes.forEach((lang, note) -> assertThat(templates.render(warranty, lang, List.of())).as(lang)
                .isEqualTo(WARRANTY + (lang.startsWith("zh") || lang.equals("ja") ? "" : " ") + note));
        // a condition inside a template sentence gets its note where it stands
        assertThat(templates.render(returnsBr, "pt", List.of())).contains("unused, in the original packaging (em inglês)");
    }

    @Test
    void aTextTheKbHasInTheAskersLanguageIsSaidAsWrittenWithoutANote() {
        Templates templates = new Templates(kb);
        assertThat(templates.render(tracking, "es", List.of()))
                .isEqualTo("Sí. Recibes un enlace de seguimiento por correo en las 48 horas siguientes al despacho.");
        assertThat(templates.render(returnsDe, "de", List.of())).contains("unbenutzt, in der Originalverpackung")
                .doesNotContain("(auf");
    }

    @Test
    void aCheckedTranslationIsSaidAndTheSecondAskerGetsItFromTheCache() {
        String pt = "Os eletrônicos têm garantia de 12 meses contra defeitos de fabricação.";
        {
            var model = translating(Map.of("12-month warranty", pt));
            Translator translator = new Translator(model, kb, Duration.ofSeconds(10));
            Templates templates = new Templates(kb, translator);
            assertThat(translator.prepare(warranty, List.of("pt"), true)).isTrue();
            assertThat(templates.render(warranty, "pt", List.of())).isEqualTo(pt);
            assertThat(translator.prepare(warranty, List.of("pt"), true)).isTrue();
            assertThat(templates.render(warranty, "pt", List.of())).isEqualTo(pt);
            assertThat(model.requests()).hasSize(1);
            // the model was told the languages; the text went in as the user's message, never as instructions
            assertThat(ScriptedChatModel.asText(model.requests().getFirst())).contains("from English into Portuguese").contains(WARRANTY);
        }
    }

    @Test
    void aTranslationThatDropsOrChangesABrandAProductNameOrANumberIsRejected() {
        Map<String, String> bad = Map.of(
                "dropped the brand", "Os Wireless Earbuds X1 vêm com um estojo de carga: 30 horas de música ao todo.",
                "dropped the product name", "Os fones da Sonic vêm com um estojo de carga: 30 horas de música ao todo.",
                "changed the number", "Os Fones sem fio X1 da Sonic vêm com um estojo de carga: 40 horas de música ao todo.",
                "dropped the number", "Os Fones sem fio X1 da Sonic vêm com um estojo de carga para muitas horas de música.",
                "added a claim", "Os Fones sem fio X1 da Sonic vêm com um estojo de carga: 30 horas de música, e o frete é grátis.");
        bad.forEach((why, translation) -> {
            var model = translating(Map.of("charging case", translation));
            Translator translator = new Translator(model, kb, Duration.ofSeconds(10));
            assertThat(translator.prepare(caseFaq, List.of("pt"), true)).as(why).isFalse();
            assertThat(new Templates(kb, translator).render(caseFaq, "pt", List.of())).as(why)
                    .isEqualTo(CASE + " (em inglês)");
        });
        // the product's Portuguese name from the KB counts as keeping it; the prompt asked for it
        String good = "Os Fones sem fio X1 da Sonic vêm com um estojo de carga: 30 horas de música ao todo.";
        {
            var model = translating(Map.of("charging case", good));
            Translator translator = new Translator(model, kb, Duration.ofSeconds(10));
            assertThat(translator.prepare(caseFaq, List.of("pt"), true)).isTrue();
            assertThat(new Templates(kb, translator).render(caseFaq, "pt", List.of())).isEqualTo(good);
            assertThat(ScriptedChatModel.asText(model.requests().getFirst())).contains("Fones sem fio X1").contains("Sonic");
        }
    }

    @Test
    void aTranslationThatTurnsTheTextAroundIsRejected() {
        {
            var model = translating(Map.of("12-month warranty",
                    "Os eletrônicos não têm garantia; defeitos de fabricação em 12 meses são por sua conta."));
            Translator translator = new Translator(model, kb, Duration.ofSeconds(10));
            assertThat(translator.prepare(warranty, List.of("pt"), true)).isFalse();
        }
        {
            var model = translating(Map.of("12-month warranty", WARRANTY)); // "translated" into itself
            Translator translator = new Translator(model, kb, Duration.ofSeconds(10));
            assertThat(translator.prepare(warranty, List.of("pt"), true)).isFalse();
        }
    }

    @Test
    void aKbReloadIsANewVersionSoItsTextsAreTranslatedAfresh(@TempDir Path dir) throws Exception {
        for (String f : List.of("store.json", "products.jsonl", "shipping.json", "returns.json", "payments.json", "faq.jsonl")) {
            Files.copy(Path.of(TestShop.class.getResource("/kb/shop/" + f).toURI()), dir.resolve(f));
        }
        LiveKnowledge live = new LiveKnowledge(dir);
        String pt = "Os eletrônicos têm garantia de 12 meses contra defeitos de fabricação.";
        {
            var model = translating(Map.of("12-month warranty", pt));
            Translator translator = new Translator(model, live, Duration.ofSeconds(10));
            assertThat(translator.prepare(warranty, List.of("pt"), true)).isTrue();
            assertThat(translator.ready(WARRANTY, "en", "pt")).isEqualTo(pt);
            live.reload();
            assertThat(translator.ready(WARRANTY, "en", "pt")).isNull();
            assertThat(translator.prepare(warranty, List.of("pt"), true)).isTrue();
            assertThat(model.requests()).hasSize(2);
        }
    }

    @Test
    void aGlossaryNameCountsOnlyAsAWholeName() {
        assertThat(Glossary.contains("Pague com Pix.", "Pix")).isTrue();
        assertThat(Glossary.contains("Pixel 8 Pro", "Pix")).isFalse();
        assertThat(Glossary.contains("用Pix付款", "Pix")).isTrue();
        assertThat(Glossary.contains("无线蓝牙耳机 X1很好", "无线蓝牙耳机 X1")).isTrue();
        Glossary.Found found = Glossary.of(kb, kb.version()).in("Correios delivers the Wireless Earbuds X1 (EB-100) for 8.50 USD.");
        assertThat(found.keep("pt")).contains("Correios", "Fones sem fio X1", "EB-100", "USD");
    }

    @Test
    void aSilentModelLeavesTheTextInEnglishWithTheNoteClosesItsStreamAndIsAskedAgainNextTime() {
        // a model that starts and goes quiet (a stream's handle is known from its first token, so it can be closed);
        // the timeout is on the engine's time: virtual here, so "not before 500 ms" is seen without waiting
        VirtualTime time = new VirtualTime();
        var model = ScriptedChatModel.on(time, body -> "Elektronik").thenSilent(true).pause(Duration.ofMillis(20));
        Translator translator = new Translator(model, kb, Duration.ofMillis(500), time);
        var translation = translator.translate(WARRANTY, "en", "de");
        time.advance(Duration.ofMillis(499));
        assertThat(translation).as("still waiting for the model within the timeout").isNotDone();
        assertThat(model.cancels()).isZero();

        time.advance(Duration.ofMillis(1));
        assertThat(translation).as("given up at the timeout").isCompletedWithValue(null);
        assertThat(model.cancels()).as("and its stream closed").isEqualTo(1);
        assertThat(translator.prepare(warranty, List.of("de"), false)).isFalse();
        assertThat(new Templates(kb, translator).render(warranty, "de", List.of()))
                .isEqualTo(WARRANTY + " (auf Englisch)");
        assertThat(model.requests()).as("a failed translation is not cached: asked again").hasSize(2);
        time.advance(Duration.ofMinutes(1));
        assertThat(model.cancels()).isEqualTo(2);
    }

    @Test
    void aTranslationBackWithinTheTimeoutIsNotCutOffWhenTheTimeoutFallsDueLater() {
        VirtualTime time = new VirtualTime();
        String de = "Elektronik hat 12 Monate Garantie auf Herstellungsfehler.";
        var model = ScriptedChatModel.on(time, body -> de).chunkChars(8).pause(Duration.ofMillis(50));
        Translator translator = new Translator(model, kb, Duration.ofMillis(500), time);
        var translation = translator.translate(WARRANTY, "en", "de");
        time.advance(Duration.ofMillis(450)); // 8 pieces 50 ms apart, then the end
        assertThat(translation).isCompletedWithValue(de);
        time.advance(Duration.ofMinutes(1));
        assertThat(model.cancels()).as("the timer was called off with the answer").isZero();
        assertThat(time.untilNext()).isEmpty();
        assertThat(translator.ready(WARRANTY, "en", "de")).isEqualTo(de);
    }
}
