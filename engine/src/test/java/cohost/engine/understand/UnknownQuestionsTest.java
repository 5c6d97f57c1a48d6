package cohost.engine.understand;

import cohost.engine.Cohost;
import cohost.engine.Intent;
import cohost.engine.Question;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.engine.answer.Facts;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions none of the lexicons know, put to the shop by a viewer: a live room skips what is out of scope, so such a
 * question must not be read as out of scope. It gets the FAQ's answer when one matches, else "I don't have that, a
 * teammate can help"; remarks, greetings with a place and questions to the audience stay chatter or out of scope.
 */
class UnknownQuestionsTest {

    private static final Cohost DEMO = Cohost.builder(KnowledgeBase.demo()).build();
    private static final AtomicInteger SEQ = new AtomicInteger();

    @AfterAll
    static void close() {
        DEMO.close();
    }

    private static Question ask(String text) {
        int n = SEQ.incrementAndGet();
        return DEMO.question("room-" + n, Utterance.typed("m" + n, Speaker.viewer("v" + n, "Viewer", null, null), text), null);
    }

    @ParameterizedTest(name = "\"{0}\" gets \"no answer, a teammate\" in {1}")
    @CsvSource(delimiter = '|', value = {
            "do you guys do engraving?|en", "¿hacen grabado personalizado?|es", "vocês fazem personalização com nome?|pt",
            "vous faites de la gravure ?|fr", "macht ihr auch Gravuren?|de", "名入れはできますか？|ja",
            "각인 서비스 되나요?|ko", "你们可以刻字吗？|zh", "u guys have insta?|en"})
    void aQuestionToTheShopThatNothingAnswersOffersATeammateInsteadOfSilence(String text, String lang) {
        Question q = ask(text);
        assertThat(q.meaning().intent()).as(text).isEqualTo(Intent.HANDOFF);
        assertThat(q.lang()).as(text).isEqualTo(lang);
        assertThat(q.facts()).as(text).isInstanceOf(Facts.NoAnswer.class);
        assertThat(q.facts().handoff()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is answered from the FAQ entry {1}")
    @CsvSource(delimiter = '|', value = {
            "can u guys gift wrap it??|gift-wrap", "vocês embrulham pra presente?|gift-wrap",
            "do u do bulk prices for my shop?|wholesale"})
    void aCasualQuestionTheFaqAnswersGetsItsAnswer(String text, String faqId) {
        Question q = ask(text);
        assertThat(q.meaning().intent()).as(text).isNotIn(Intent.OUT_OF_SCOPE, Intent.CHATTER);
        assertThat(q.facts()).as(text).isInstanceOfSatisfying(Facts.Faq.class,
                f -> assertThat(f.entry().id()).isEqualTo(faqId));
    }

    @Test
    void wordsThatOnlyFrameAQuestionDoNotPickAnFaqEntry() {
        // "vous faites" is shared with "Que faites-vous de mes données ?"; "custom" with the customs entry
        assertThat(ask("vous faites de la gravure ?").facts()).isNotInstanceOf(Facts.Faq.class);
        assertThat(ask("can you do a custom size?").facts()).isNotInstanceOf(Facts.Faq.class);
    }

    @ParameterizedTest(name = "\"{0}\" asks nothing of the shop")
    @CsvSource(delimiter = '|', value = {
            "who else is watching?", "quem tá assistindo?", "what's the weather like today?"})
    void aQuestionToTheAudienceOrAboutNothingTheStoreSellsStaysOutOfScope(String text) {
        assertThat(ask(text).meaning().intent()).as(text).isEqualTo(Intent.OUT_OF_SCOPE);
    }

    @ParameterizedTest(name = "\"{0}\" is chatter")
    @CsvSource(delimiter = '|', value = {
            "hi from Texas!", "greetings from Bogotá 🇨🇴", "salam dari Makassar kak", "부산에서 보고 있어요~",
            "hola desde Monterrey!! que bonito todo", "j'adore cette couleur 😍", "love that color!!",
            "me encanta ese color 😍"})
    void aGreetingWithAPlaceOrPraiseOfAColourIsChatter(String text) {
        assertThat(ask(text).meaning().intent()).as(text).isEqualTo(Intent.CHATTER);
    }

    @ParameterizedTest(name = "\"{0}\" still asks about shipping")
    @CsvSource(delimiter = '|', value = {"hi from Texas! do you ship here?", "hallo aus Wien, liefert ihr nach Österreich?"})
    void aGreetingWithAPlaceAndAQuestionIsTheQuestion(String text) {
        assertThat(ask(text).meaning().intent()).as(text).isEqualTo(Intent.SHIPPING);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "do u guys have a whatsapp|en", "r u guys open on sunday|en", "ya tienen whatsapp?|es",
            "habt ihr whatsapp?|de", "vcs tem whatsapp?|pt", "vous avez whatsapp ?|fr", "ada wa kak?|id"})
    void shortChatWithAWordEveryLanguageKnowsIsReadInTheLanguageOfItsOtherWords(String text, String lang) {
        assertThat(ask(text).lang()).as(text).isEqualTo(lang);
    }

    private static Question askFrom(String text, String country) {
        int n = SEQ.incrementAndGet();
        return DEMO.question("room-" + n, Utterance.typed("m" + n, Speaker.viewer("v" + n, "Viewer", null, country), text), null);
    }

    @ParameterizedTest(name = "\"{0}\" from {1}: no, named \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "代引きできますか？|JP|代金引換", "¿aceptan pago contra entrega?|ES|Pago contra entrega",
            "후불 현금결제 cod 돼요?|KR|수령 시 현금 결제", "bisa boleto?|ID|Boleto bancário"})
    void aMethodTheAskerCannotUseIsNamedAsTheStoreNamesItInTheirLanguage(String text, String country, String name) {
        Question q = askFrom(text, country);
        assertThat(q.facts()).as(text).isInstanceOfSatisfying(Facts.Payment.class, p -> {
            assertThat(p.accepted()).isFalse();
            assertThat(p.asked()).isEqualTo(name);
        });
    }

    @ParameterizedTest(name = "\"{0}\" from {1} names {2}")
    @CsvSource(delimiter = '|', value = {"카카오 돼요?|KR|kakaopay", "네이버 되나요?|KR|naverpay"})
    void aWalletCalledByItsBrandAloneIsThatWallet(String text, String country, String id) {
        Question q = askFrom(text, country);
        assertThat(q.meaning().intent()).as(text).isEqualTo(Intent.PAYMENT);
        assertThat(q.facts()).as(text).isInstanceOfSatisfying(Facts.Payment.class, p -> {
            assertThat(p.accepted()).isTrue();
            assertThat(p.asked()).isEqualTo(id);
        });
    }
}
