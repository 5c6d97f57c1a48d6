package cohost.engine.room;

import cohost.engine.Cohost;
import cohost.engine.Intent;
import cohost.engine.ReplyEvent;
import cohost.engine.Speaker;
import cohost.engine.Turn;
import cohost.engine.Utterance;
import cohost.knowledge.LiveKnowledge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's room rules in a live room, over the real engine and a KB folder with a rules.json ({@link RulesShop}):
 * banned words and topics per market, pinned answers said as written, and a reload that changes them mid-show.
 */
class RoomRulesTest {
    @TempDir
    Path dir;
    private LiveKnowledge kb;
    private Cohost cohost;
    private final cohost.engine.time.VirtualTime clock = new cohost.engine.time.VirtualTime();
    private final RoomEvents events = new RoomEvents();
    private Room room;

    @BeforeEach
    void open() throws Exception {
        kb = new LiveKnowledge(RulesShop.in(dir, RulesShop.RULES));
        cohost = Cohost.builder(kb).build();
        room = new Room("live-rules", RoomEngine.of(cohost), RoomPolicy.DEFAULTS, clock, events);
    }

    @AfterEach
    void close() {
        room.close();
        cohost.close();
    }

    private void viewer(String messageId, String viewer, String lang, String country, String text) {
        room.say(Utterance.typed(messageId, Speaker.viewer(viewer, viewer, lang, country), text));
    }

    /** The finished text of the reply that answered the message. */
    private String replyTo(String messageId) {
        String outcome = events.outcome(messageId);
        assertThat(outcome).as(messageId).startsWith("reply ");
        String replyId = outcome.substring("reply ".length());
        return done(replyId).orElseThrow(() -> new AssertionError("reply " + replyId + " never finished: " + events.all))
                .text();
    }

    private Optional<ReplyEvent.Done> done(String replyId) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<ReplyEvent.Done> d = events.all.stream()
                    .filter(e -> e instanceof RoomEvent.ReplyUpdate(ReplyEvent.Done x, var i, var g) && x.replyId().equals(replyId))
                    .map(e -> (ReplyEvent.Done) ((RoomEvent.ReplyUpdate) e).event()).findFirst();
            if (d.isPresent() || events.cancelled(replyId).isPresent()) return d;
            RoomEvents.sleep();
        }
        return Optional.empty();
    }

    @Test
    void aViewersMessageWithABannedWordIsSkippedHoweverItIsWritten() {
        List<String> texts = List.of("is it cheaper on AliExpress?", "ALIEXPRESS price?", "ｔｅｍｕ has it for less",
                "拼多多上更便宜吗", "拼多多賣多少", "Temu's price is lower?");
        for (int i = 0; i < texts.size(); i++) {
            viewer("b" + i, "v" + i, null, "US", texts.get(i));
            assertThat(events.outcome("b" + i)).as(texts.get(i)).isEqualTo("skipped banned");
        }
        viewer("ok", "v-ok", "en", "US", "does the temporary discount apply to shipping to Brazil?");
        assertThat(events.outcome("ok")).as("'temporary' is not the word 'Temu'").isNotEqualTo("skipped banned");
    }

    @Test
    void aWordBannedInOneMarketIsSkippedOnlyForViewersThere() {
        viewer("de", "jule", "de", "DE", "Ist das ein Wundermittel gegen Lärm?");
        viewer("us", "bob", "de", "US", "Ist das ein Wundermittel gegen Lärm?");
        viewer("none", "kim", "de", null, "Ist das ein Wundermittel gegen Lärm?");
        assertThat(events.outcome("de")).isEqualTo("skipped banned");
        assertThat(events.outcome("us")).isNotEqualTo("skipped banned");
        assertThat(events.outcome("none")).as("no country: only every-market bans hold").isNotEqualTo("skipped banned");
    }

    @Test
    void aBannedTopicIsNotAnsweredInItsMarketAndIsElsewhere() {
        viewer("br", "ana", "pt", "BR", "posso devolver se não gostar?");
        viewer("de", "jule", "de", "DE", "Kann ich das zurückgeben?");
        assertThat(events.outcome("br")).isEqualTo("skipped banned");
        assertThat(replyTo("de")).contains("30");
    }

    @Test
    void aReplyLosesTheSentenceWithABannedWordAndKeepsTheRest() {
        viewer("q", "bob", "en", "US", "are your earbuds original?");
        String text = replyTo("q");
        assertThat(text).isEqualTo("@bob Yes, every product we sell is original.");
    }

    @Test
    void aReplyWhoseEverySentenceIsBannedIsWithheldAndTheTranscriptSaysSo() {
        viewer("q", "bob", "en", "US", "can I buy the earbuds elsewhere cheaper?");
        String replyId = events.outcome("q").substring("reply ".length());
        assertThat(events.cancelledWithin(replyId)).hasValueSatisfying(c -> {
            assertThat(c.reason()).isEqualTo("withheld");
            assertThat(c.delivered()).isEmpty();
        });
        assertThat(eventually(() -> room.transcript().stream().filter(t -> t.id().equals(replyId)).findFirst()))
                .hasValueSatisfying(t -> {
                    assertThat(t.status()).isEqualTo(Turn.Status.WITHHELD);
                    assertThat(t.detail()).isEqualTo("withheld");
                });
    }

    @Test
    void aNameWithABannedWordIsNotSaid() {
        room.say(Utterance.typed("q", Speaker.viewer("t1", "Temu deals", "en", "US"), "how long is the warranty on electronics?"));
        assertThat(replyTo("q")).doesNotContainIgnoringCase("temu").startsWith("Electronics");
    }

    @Test
    void aPinnedKeywordIsAnsweredExactlyAsWrittenInTheAskersLanguage() {
        viewer("en", "bob", "en", "US", "any promo code today??");
        assertThat(replyTo("en")).isEqualTo("@bob Use LIVE20 at checkout for 20% off until 22:00.");
        viewer("zh", "li", "zh", "CN", "有优惠码吗");
        assertThat(replyTo("zh")).isEqualTo("@li 结账输入 LIVE20 立减 20%，22:00 前有效。");
        viewer("hant", "mei", "zh-Hant", "TW", "有優惠碼嗎");
        assertThat(replyTo("hant")).as("written in Traditional from the rule's Chinese")
                .isEqualTo("@mei 結賬輸入 LIVE20 立減 20%，22:00 前有效。");
        assertThat(events.all).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(RoomEvent.Message.class,
                m -> assertThat(m.intent()).isEqualTo(Intent.PINNED)));
    }

    @Test
    void aPinnedAnswerWithoutTheAskersLanguageIsSaidInTheStoresWithANote() {
        viewer("ja", "yuki", "ja", "JP", "クーポンありますか？");
        assertThat(replyTo("ja")).isEqualTo("@yuki ストアの原文（英語）：Use LIVE20 at checkout for 20% off until 22:00.");
        viewer("pt", "ana", "pt", "BR", "tem coupon?");
        assertThat(replyTo("pt")).isEqualTo("@ana Em inglês, como a loja escreveu: Use LIVE20 at checkout for 20% off until 22:00.");
    }

    @Test
    void rulesReloadedWithTheKbChangeTheRunningRoom() throws Exception {
        viewer("before", "bob", "en", "US", "any promo code?");
        assertThat(replyTo("before")).contains("LIVE20");
        Files.writeString(dir.resolve("rules.json"), """
                {"pinned": [{"id": "flash", "keywords": ["promo code"], "answer": "Flash sale: FLASH50 until 21:00."}]}
                """);
        kb.reload();
        viewer("after", "bo2", "en", "US", "any promo code?");
        assertThat(replyTo("after")).isEqualTo("@bo2 Flash sale: FLASH50 until 21:00.");
        viewer("free", "v9", "en", "US", "is it cheaper on AliExpress?");
        assertThat(events.outcome("free")).as("the new rules ban nothing").isNotEqualTo("skipped banned");
    }

    private static <T> Optional<T> eventually(java.util.function.Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<T> v = probe.get();
            if (v.isPresent()) return v;
            RoomEvents.sleep();
        }
        return Optional.empty();
    }
}
