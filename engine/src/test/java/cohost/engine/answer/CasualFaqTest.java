package cohost.engine.answer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cohost.engine.answer.DemoAnswers.facts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9 item 5: the store's FAQ answers support questions worded casually, with typos and slang, in the ten
 * languages (through the topic list of {@code faq-concepts.txt} and the FAQ's tags), and is not used for questions
 * the structured facts answer.
 */
class CasualFaqTest {

    @ParameterizedTest(name = "[{0}] {2} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | authenticity     | r these legit originals or fakes??
            es | authenticity     | no son copias verdad?
            pt | authenticity     | é original msm ou é falsificado?
            fr | authenticity     | c'est pas de la contrefaçon ?
            de | authenticity     | sind die gefälscht?
            id | authenticity     | ini asli kak? bukan palsu kan
            ja | authenticity     | これ本物ですか？偽物じゃない？
            ko | authenticity     | 가품 아니죠?
            zh | authenticity     | 是正品吗 不会是假货吧
            ar | authenticity     | المنتج اصلي ولا تقليد؟
            en | tracking         | how do i trak my package
            es | tracking         | cómo hago el seguimiento de mi paquete?
            pt | tracking         | como rastrear meu pedido?
            de | tracking         | wo finde ich die sendungsverfolgung?
            id | tracking         | cara lacak paket gimana kak
            ko | tracking         | 배송조회 어디서 해요?
            zh | tracking         | 怎么查物流
            en | warranty         | whats the warrenty on ur stuff
            fr | warranty         | il y a une garantie ?
            ja | warranty         | 保証ってありますか
            ar | warranty         | فيه ضمان؟
            en | gift-wrap        | can u gift wrap it? its for my mom
            de | gift-wrap        | könnt ihr das als geschenk verpacken?
            zh | gift-wrap        | 可以礼品包装吗
            es | wholesale        | venden al por mayor? quiero revender
            id | wholesale        | bisa beli grosir ga kak?
            ko | wholesale        | 대량 구매 가능한가요?
            fr | damaged-item     | mon colis est arrivé cassé
            pt | damaged-item     | veio quebrado 😡 e agora?
            ja | damaged-item     | 届いたら壊れてました
            ar | damaged-item     | وصلني المنتج مكسور
            es | cancel-order     | quiero cancelar mi pedido
            de | invoice          | bekomme ich eine Rechnung?
            """)
    void aCasualSupportQuestionGetsTheFaqEntryThatAnswersIt(String lang, String entry, String text) {
        Facts f = facts(lang, null, null, text);
        assertThat(f).as(text).isInstanceOf(Facts.Faq.class);
        assertThat(((Facts.Faq) f).entry().id()).as(text).isEqualTo(entry);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | how much is shipping to the US?
            pt | aceita pix?
            de | wie lange dauert der Versand nach Deutschland?
            ja | 返品できますか？
            """)
    void questionsTheFactsAnswerDoNotGoToTheFaq(String lang, String text) {
        assertThat(facts(lang, "US", null, text)).as(text).isNotInstanceOf(Facts.Faq.class);
    }
}
