package cohost.engine.room;

import cohost.engine.time.VirtualTime;
import cohost.engine.Cohost;
import cohost.engine.ReplyEvent;
import cohost.engine.Source;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9, item 7, room side, over the real engine and the demo store: backchannels and the host talking to the
 * audience get no answer and cut no reply; the host naming the co-host gets one. Replies are paced slowly so that
 * they are still in flight when the chatter arrives.
 */
class OnlyQuestionsTest {
    private final Cohost cohost = Cohost.builder(KnowledgeBase.demo()).pace(2).build();
    private final VirtualTime clock = new VirtualTime();
    private final RoomEvents events = new RoomEvents();
    /** Room enough for every viewer's reply to stream at once. */
    private static final RoomPolicy ROOMY = new RoomPolicy(RoomPolicy.DEFAULTS.dedupWindow(), 3,
            RoomPolicy.DEFAULTS.viewerInterval(), 16, RoomPolicy.DEFAULTS.answerInterval(), 16, 64, 2048,
            RoomPolicy.DEFAULTS.maxWait(), 500, 2000);
    private final Room room = new Room("live-chatter", RoomEngine.of(cohost), ROOMY, clock, events);

    @AfterEach
    void close() {
        room.close();
        cohost.close();
    }

    private void viewer(String messageId, String viewer, String lang, String country, String text) {
        room.say(Utterance.typed(messageId, Speaker.viewer(viewer, viewer, lang, country), text));
    }

    private void host(String messageId, String text) {
        room.say(Utterance.typed(messageId, Speaker.host(), text));
    }

    @Test
    void viewersBackchannelsInEveryLanguageAreChatterAndLeaveTheirRepliesRunning() {
        record Viewer(String id, String lang, String country, String question, String backchannel) {
        }
        List<Viewer> viewers = List.of(
                new Viewer("ana", "pt", "BR", "quanto custa o frete?", "kkkkk"),
                new Viewer("li", "zh", "CN", "运费多少？", "哈哈哈哈"),
                new Viewer("mei", "zh", "TW", "可以退貨嗎？", "嗯嗯"),
                new Viewer("bob", "en", "US", "how much is shipping?", "ok thanks!"),
                new Viewer("yuki", "ja", "JP", "送料はいくらですか？", "ありがとう"),
                new Viewer("minji", "ko", "KR", "배송비 얼마예요?", "ㅋㅋㅋㅋ"),
                new Viewer("sari", "id", "ID", "ongkir berapa?", "wkwkwk"),
                new Viewer("omar", "ar", "SA", "كم تكلفة الشحن؟", "شكرا"),
                new Viewer("lea", "es", "MX", "¿cuánto cuesta el envío?", "👍👍"));
        for (Viewer v : viewers) viewer(v.id() + "-q", v.id(), v.lang(), v.country(), v.question());
        for (Viewer v : viewers) assertThat(events.outcome(v.id() + "-q")).startsWith("reply");
        for (Viewer v : viewers) viewer(v.id() + "-b", v.id(), v.lang(), v.country(), v.backchannel());
        for (Viewer v : viewers) {
            assertThat(events.outcome(v.id() + "-b")).as(v.backchannel()).isEqualTo("skipped chatter");
        }
        assertThat(events.all).noneMatch(e -> e instanceof RoomEvent.ReplyUpdate(ReplyEvent.Cancelled c, var i, var g));
    }

    @Test
    void theHostsBackchannelAndAnnouncementsAreNotQuestionsAndOnlyRealWordsTakeTheFloor() {
        viewer("q", "ana", "pt", "BR", "quanto custa o frete?");
        String r1 = events.outcome("q").substring("reply ".length());
        for (String text : List.of("嗯嗯", "好的", "哈哈", "ok")) {
            host("h-" + text, text);
            assertThat(events.outcome("h-" + text)).isEqualTo("skipped chatter");
        }
        assertThat(events.cancelled(r1)).as("a host's backchannel cancels nothing").isEmpty();

        host("welcome", "大家好，欢迎来到直播间！下一个产品马上来！");
        assertThat(events.outcome("welcome")).as("the host talking to the audience").isEqualTo("skipped chatter");
        assertThat(events.cancelledWithin(r1)).hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("host_spoke"));
        for (String text : List.of("Olá pessoal, bem-vindos à live!", "OK everyone, next product!",
                "So Leute, nächstes Produkt!", "자, 다음 상품 보여드릴게요!")) {
            host("h-" + text, text);
            assertThat(events.outcome("h-" + text)).as(text).isEqualTo("skipped chatter");
        }
    }

    @Test
    void theHostNamingTheCohostGetsAnAnswer() {
        host("ask-zh", "小助手，巴西运费多少？");
        String replyId = events.outcome("ask-zh").substring("reply ".length());
        room.close(); // nothing else to wait for; the reply's first words are enough
        assertThat(events.all).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(RoomEvent.ReplyUpdate.class,
                u -> assertThat(u.event()).isInstanceOfSatisfying(ReplyEvent.Started.class,
                        s -> assertThat(s.replyId()).isEqualTo(replyId))));
        assertThat(cohost.question("x", Utterance.typed("x", Speaker.host(), "巴西运费多少？"), null).facts().sources())
                .contains(new Source("shipping", "br-standard"));
    }
}
