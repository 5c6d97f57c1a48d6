package cohost.engine.understand;

import cohost.engine.Intent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9 item 7 (lexicon side): laughter, thanks, acknowledgements, praise and emoji ask nothing, in all ten
 * languages and however they are stretched ("kkkkkk", "obrigadaaa", "wkwkwk"); anything that asks something is no
 * backchannel, even when it starts with one ("ok, and returns?").
 */
class ChatterInTenLanguagesTest {

    static final Understander DEMO = new Understander(cohost.knowledge.KnowledgeBase.demo());

    @ParameterizedTest
    @ValueSource(strings = {
            // laughter, as a pattern in every script
            "hahahahah", "HAHA", "hehehe", "jajajajaja", "jsjsjs", "kkkkkkkk", "rsrsrs", "wkwkwkwk", "wkwk 😂", "5555555",
            "ㅋㅋㅋㅋㅋ", "ㅎㅎㅎ", "哈哈哈哈", "呵呵", "ｗｗｗ", "草", "هههههه", "lol", "LMAO", "xD", "mdrrr", "kwkwkw",
            // thanks and acknowledgements
            "ok", "okkk", "oke kak", "okay thanks!", "thx 🙏", "ty", "thank you so much", "got it", "noted",
            "gracias!!", "muchas gracias", "vale", "dale", "obrigadaaa", "vlw", "valeu mano", "obg!! 😍",
            "merci beaucoup", "d'accord merci", "ok merci", "danke", "vielen dank", "alles klar", "passt",
            "makasih kak 🙏", "terima kasih banyak", "siap kak", "sip", "noted kak", "ありがとうございます", "了解です",
            "わかりました〜", "はい", "감사합니다", "네네", "넵", "알겠어요", "谢谢", "好的谢谢亲", "嗯嗯", "收到", "謝謝",
            "شكرا", "مشكور", "شكراً جزيلاً", "تمام", "اوكي مشكور", "يعطيك العافية",
            // praise and presence
            "love this stream", "i love it 😍", "so cute", "amazing!!", "te amooo 😍😍", "que lindo", "amei",
            "maravilhosa demais", "trop bien", "j'adore", "geil", "mega", "keren banget", "mantap kak", "hadir kak 🙋‍♀️",
            "かわいい", "最高", "대박", "헐 대박 👍", "好看", "太棒了", "爱了爱了", "ماشاء الله", "حلو", "روعة",
            // emoji only
            "👍", "😂😂😂", "❤️❤️", "🔥🔥🔥", "👏👏", "!!!"})
    void asksNothing(String text) {
        assertThat(Backchannel.is(text)).as(text).isTrue();
        assertThat(DEMO.understand(text, null, Context.EMPTY).intent()).as(text).isEqualTo(Intent.CHATTER);
    }

    /**
     * Remarks with words the chatter list does not hold (praise is an open list), thanks next to a name, a greeting
     * from a place: no question mark, no question word, nothing the store sells, so nothing to answer.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "jajaja no manches 😂", "que bonito se ve 😍😍", "buenísimo el directo!!", "qué guay!!", "ok gracias guapa",
            "ahhh lo quiero 😭", "ya lo compré jeje 🥳", "ماشاء الله تبارك الله", "جامد جدا 🔥", "تحياتي من جدة 🌹",
            "انا بتابعكم من مصر", "تمام فهمت شكرا", "kkkkkk mto bom", "Grüße aus Wien!", "主播好美", "哈哈哈笑死", "666666",
            "かわいすぎる〜", "なるほど！", "와 진짜 예쁘다", "ㅎㅎ 그렇군요", "ur the best host fr 🔥", "brilliant, cheers mate"})
    void remarksAreChatter(String text) {
        assertThat(DEMO.understand(text, null, Context.EMPTY).intent()).as(text).isEqualTo(Intent.CHATTER);
    }

    /** A greeting stays a greeting, which a desk greets back. */
    @ParameterizedTest
    @ValueSource(strings = {"Halo kak!", "你好！", "こんにちは！", "안녕하세요!", "Hallo zusammen!", "Hi there!", "Bonjour !"})
    void aGreetingIsNoRemark(String text) {
        assertThat(DEMO.understand(text, null, Context.EMPTY).intent()).as(text).isEqualTo(Intent.GREETING);
    }

    /** A greeting from a city is where the viewer is, not a question about shipping there. */
    @ParameterizedTest
    @ValueSource(strings = {"saludos desde Córdoba 🇦🇷", "hi from texas!!", "coucou de Lyon 👋", "halo kak salam dari Medan"})
    void aGreetingFromACityIsNoShippingQuestion(String text) {
        assertThat(DEMO.understand(text, null, Context.EMPTY).intent()).as(text).isIn(Intent.GREETING, Intent.CHATTER);
    }

    /** Without a question mark, a question word or a keyword still makes it a question, never a remark. */
    @ParameterizedTest
    @ValueSource(strings = {"onde fica a loja de vcs", "como faço pra falar com vcs", "cuánto tarda a Lima 😍",
            "wie lange dauert der versand nach wien!", "ongkir ke medan berapa kak 🙏", "送料いくら〜", "배송 며칠 걸려요",
            "运费多少", "كم الشحن للرياض", "love it!! do you ship to canada"})
    void aQuestionWithoutAQuestionMarkIsNoRemark(String text) {
        assertThat(DEMO.understand(text, null, Context.EMPTY).intent()).as(text).isNotEqualTo(Intent.CHATTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ok, and returns?", "thanks, how much is shipping to Brazil?", "haha how much is this", "kkkk quanto custa?",
            "obrigada, aceita pix?", "gracias, cuánto tarda?", "merci, la livraison ?", "danke, was kostet der Versand?",
            "makasih kak, ongkir ke Bali?", "ありがとう、送料は？", "감사합니다 배송비는요?", "谢谢，运费多少？",
            "شكرا، كم الشحن؟", "hi", "hola", "love this color, do you have it in black?", "this one?", "it", "好贵",
            "no", "terima COD?", "show me", "is it waterproof", "你好！", "大家好", "안녕하세요!"})
    void asksSomething(String text) {
        assertThat(Backchannel.is(text)).as(text).isFalse();
    }
}
