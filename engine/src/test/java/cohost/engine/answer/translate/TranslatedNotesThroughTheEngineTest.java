package cohost.engine.answer.translate;

import cohost.engine.Cohost;
import cohost.engine.ReplyResult;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.engine.testing.ScriptedChatModel;
import cohost.knowledge.KnowledgeBase;
import cohost.engine.time.TimeSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shipping note the KB has only in English, asked about in Portuguese through the engine (Cohost.ask) with a model
 * scripted behind the engine's port. The notes shop (test resources kb/notes-shop) is the test
 * shop plus this note on Brazil's standard service: "Customs may ask for your CPF; Correios keeps a parcel 7 days at
 * the post office."; its host speaks Chinese.
 */
class TranslatedNotesThroughTheEngineTest {
    static final String NOTE = "Customs may ask for your CPF; Correios keeps a parcel 7 days at the post office.";
    static final String PT = "A alfândega pode pedir o seu CPF; os Correios guardam o pacote 7 dias na agência.";
    static final String ZH = "海关可能会要求提供您的CPF；Correios会在邮局保留包裹7天。";

    static KnowledgeBase kb() throws Exception {
        return KnowledgeBase.load(Path.of(TranslatedNotesThroughTheEngineTest.class
                .getResource("/kb/notes-shop/store.json").toURI()).getParent());
    }

    static ReplyResult ask(Cohost cohost, String customer, String text) {
        return cohost.ask("desk-" + customer, Utterance.typed("m-" + customer,
                Speaker.customer(customer, customer, "pt", "BR"), text)).result().join();
    }

    @Test
    void theNoteIsSaidTranslatedAndTheSecondAskerGetsItWithoutAskingTheModelAgain() throws Exception {
        var model = ScriptedChatModel.on(TimeSource.system(), request -> request.contains("into Portuguese") ? PT
                : request.contains("into Chinese") ? ZH : "").chunkChars(6).pause(Duration.ofMillis(1));
        try (Cohost cohost = Cohost.builder(kb()).chatModel(model).build()) {
            ReplyResult first = ask(cohost, "ana", "vou pagar imposto de importação no Brasil?");
            assertThat(first.text()).contains(PT).doesNotContain(NOTE).doesNotContain("(em inglês)");
            assertThat(first.hostText()).contains(ZH);
            int asked = model.requests().size();
            assertThat(asked).isEqualTo(2); // Portuguese for the asker, Chinese for the host, at once

            ReplyResult second = ask(cohost, "bia", "tem taxa de importação pro Brasil?");
            assertThat(second.text()).contains(PT);
            assertThat(model.requests()).hasSize(asked);
        }
    }

    @Test
    void whenTheModelIsSilentTheNoteIsSaidInEnglishWithANoteInPortuguese() throws Exception {
        var model = ScriptedChatModel.on(TimeSource.system(), request -> "").thenSilent(true).pause(Duration.ofMillis(20));
        try (Cohost cohost = Cohost.builder(kb()).chatModel(model).modelSilence(Duration.ofMillis(500)).build()) {
            ReplyResult reply = ask(cohost, "ana", "vou pagar imposto de importação no Brasil?");
            assertThat(reply.text()).contains(NOTE + " (em inglês)");
            assertThat(reply.hostText()).contains(NOTE + "（原文为英语）");
        }
    }

    @Test
    void withoutAModelTheNoteIsSaidInEnglishWithANoteInPortuguese() throws Exception {
        try (Cohost cohost = Cohost.builder(kb()).build()) {
            assertThat(ask(cohost, "ana", "vou pagar imposto de importação no Brasil?").text()).contains(NOTE + " (em inglês)");
        }
    }
}
