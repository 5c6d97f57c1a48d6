package cohost.engine.room;

import cohost.engine.time.VirtualTime;
import cohost.engine.Reply;
import cohost.engine.Speaker;
import cohost.engine.Turn;
import cohost.engine.Utterance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RoomTest {
    private final VirtualTime clock = new VirtualTime();
    private final RoomEvents events = new RoomEvents();
    private Room room;

    @AfterEach
    void close() {
        if (room != null) {
            room.close();
        }
    }

    private ScriptedEngine open(boolean autoFinish, RoomPolicy policy) {
        ScriptedEngine engine = new ScriptedEngine(autoFinish);
        room = new Room("live-1", engine, policy, clock, events);
        return engine;
    }

    private static RoomPolicy policy(int answerBurst, Duration answerInterval, int maxConcurrent, int queueCapacity) {
        RoomPolicy d = RoomPolicy.DEFAULTS;
        return new RoomPolicy(d.dedupWindow(), d.viewerBurst(), d.viewerInterval(), answerBurst, answerInterval,
                maxConcurrent, queueCapacity, d.inboxCapacity(), d.maxWait(), d.maxTextLength(), d.transcriptCapacity());
    }

    private void chat(String messageId, String viewerId, String lang, String text) {
        room.say(Utterance.typed(messageId, Speaker.viewer(viewerId, viewerId, lang, null), text));
    }

    private void host(String messageId, String text) {
        room.say(Utterance.typed(messageId, Speaker.host(), text));
    }

    @Test
    void duplicatesInFourLanguagesAreAnsweredOncePerLanguageAndAddressedToEveryAsker() {
        ScriptedEngine engine = open(false, RoomPolicy.DEFAULTS);
        List<String> langs = List.of("pt", "de", "es", "ja");
        for (int i = 0; i < 5; i++) {
            for (String lang : langs) {
                chat(lang + i, "v-" + lang + i, lang, "shipping BR");
            }
        }
        for (int i = 0; i < 5; i++) {
            for (String lang : langs) {
                assertThat(events.outcome(lang + i)).matches("(reply|joined) r\\d+");
                assertThat(events.outcomeCount(lang + i)).isEqualTo(1);
            }
        }
        assertThat(engine.replies).hasSize(4);
        Map<String, String> byLang = engine.replies.stream()
                .collect(Collectors.toMap(Reply::lang, Reply::id));
        assertThat(byLang.keySet()).containsExactlyInAnyOrderElementsOf(langs);
        for (int i = 0; i < 5; i++) {
            for (String lang : langs) {
                assertThat(events.outcome(lang + i)).endsWith(" " + byLang.get(lang));
            }
        }
    }

    @Test
    void theSameQuestionShortlyAfterTheAnswerJoinsIt() {
        ScriptedEngine engine = open(true, RoomPolicy.DEFAULTS);
        chat("m1", "v1", "pt", "shipping BR");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        clock.advance(Duration.ofSeconds(5));
        chat("m2", "v2", "pt", "shipping BR");
        assertThat(events.outcome("m2")).isEqualTo("joined r1");
        clock.advance(RoomPolicy.DEFAULTS.dedupWindow().plusSeconds(1));
        chat("m3", "v3", "pt", "shipping BR");
        assertThat(events.outcome("m3")).isEqualTo("reply r2");
        assertThat(engine.replies).hasSize(2);
    }

    @Test
    void aDifferentDestinationIsADifferentQuestion() {
        open(false, RoomPolicy.DEFAULTS);
        chat("m1", "v1", "pt", "shipping BR");
        chat("m2", "v2", "pt", "shipping MX");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        assertThat(events.outcome("m2")).isEqualTo("reply r2");
    }

    @Test
    void hostAndModeratorGoFirstThenPurchaseQuestionsThenSmallTalk() {
        ScriptedEngine engine = open(false, policy(10, Duration.ofMillis(1), 1, 64));
        room.hostSpeaking(true);
        chat("small", "v1", "en", "greeting");
        chat("purchase", "v2", "en", "shipping BR");
        host("h1", "Cohost payment");
        room.say(Utterance.typed("mod1", new Speaker(cohost.engine.Role.MODERATOR, "mod", "Mo", "en", null), "returns"));
        room.hostSpeaking(false);
        assertThat(events.outcome("h1")).isEqualTo("reply r1");
        engine.finish(0);
        assertThat(events.outcome("mod1")).isEqualTo("reply r2");
        engine.finish(1);
        assertThat(events.outcome("purchase")).isEqualTo("reply r3");
        engine.finish(2);
        assertThat(events.outcome("small")).isEqualTo("reply r4");
    }

    @Test
    void aViewerWhoSendsTooFastIsRateLimited() {
        open(true, RoomPolicy.DEFAULTS);
        chat("m1", "v1", "en", "shipping BR");
        chat("m2", "v1", "en", "returns");
        chat("m3", "v1", "en", "payment");
        chat("m4", "v1", "en", "product");
        assertThat(events.outcome("m4")).isEqualTo("skipped rate_limited");
        chat("other", "v2", "en", "product");
        assertThat(events.outcome("other")).startsWith("reply");
        clock.advance(RoomPolicy.DEFAULTS.viewerInterval());
        chat("m5", "v1", "en", "order_status");
        assertThat(events.outcome("m5")).startsWith("reply");
    }

    @Test
    void aNewQuestionBeyondTheRoomCapWaitsForTheNextSlot() {
        open(true, policy(2, Duration.ofSeconds(10), 6, 64));
        chat("m1", "v1", "en", "shipping BR");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        chat("m2", "v2", "en", "returns");
        chat("m3", "v3", "en", "payment");
        chat("m4", "v4", "en", "shipping BR");
        assertThat(events.outcome("m4")).isEqualTo("joined r1");
        assertThat(events.outcome("m2")).isEqualTo("reply r2");
        assertThat(events.find("m3")).isEmpty();
        assertThat(room.backlog()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(10));
        assertThat(events.outcome("m3")).isEqualTo("reply r3");
    }

    @Test
    void aQuestionThatWaitedTooLongIsSkippedRatherThanAnsweredLate() {
        open(true, policy(1, Duration.ofHours(1), 6, 64));
        chat("m1", "v1", "en", "shipping BR");
        chat("m2", "v2", "en", "returns");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        awaitIdle(); // m2 decided (waiting) before time moves
        assertThat(events.find("m2")).isEmpty();
        clock.advance(RoomPolicy.DEFAULTS.maxWait().plusSeconds(1));
        assertThat(events.outcome("m2")).isEqualTo("skipped rate_limited");
    }

    @Test
    void aWaitingQuestionIsSkippedTheMomentItsWaitRunsOutAndNotBefore() {
        open(true, policy(1, Duration.ofHours(1), 6, 64));
        chat("m1", "v1", "en", "shipping BR");
        chat("m2", "v2", "en", "returns");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        awaitIdle(); // m2 taken in (and its wait begun) before time moves
        clock.advance(RoomPolicy.DEFAULTS.maxWait());
        awaitIdle();
        assertThat(events.find("m2")).as("exactly maxWait is not too long yet").isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(events.outcome("m2")).isEqualTo("skipped rate_limited");
    }

    @Test
    void theNextAnswerStartsWhenTheRateCapAllowsItWithoutAnythingElseHappening() {
        open(true, policy(1, Duration.ofSeconds(2), 6, 64));
        chat("m1", "v1", "en", "shipping BR");
        chat("m2", "v2", "en", "returns");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        awaitIdle();
        clock.advance(Duration.ofMillis(1999));
        awaitIdle();
        assertThat(events.find("m2")).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(events.outcome("m2")).isEqualTo("reply r2");
    }

    @Test
    void eachAnsweredMessageIsTimedFromItsArrivalAtTheRoomToItsRepliesStart() {
        open(true, policy(1, Duration.ofSeconds(2), 6, 64));
        chat("m1", "v1", "en", "shipping BR");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        chat("m2", "v2", "en", "returns"); // the cap's next slot is 2 s after r1
        awaitIdle();
        clock.advance(Duration.ofMillis(500));
        chat("m3", "v3", "en", "returns"); // the same question, waiting with m2 for the same answer
        awaitIdle();
        clock.advance(Duration.ofMillis(1500));
        assertThat(events.outcome("m2")).isEqualTo("reply r2");

        assertThat(events.started("r1").latencyMs()).containsExactly(0.0);
        assertThat(events.started("r2").inReplyTo()).containsExactly("m2", "m3");
        assertThat(events.started("r2").latencyMs()).as("per message, in inReplyTo's order")
                .containsExactly(2000.0, 1500.0);
    }

    /** Waits (bounded) until the room has taken in everything sent and acted on every timer that rang. */
    private void awaitIdle() {
        for (int i = 0; i < 2000 && !room.idle(); i++) RoomEvents.sleep();
        assertThat(room.idle()).isTrue();
    }

    @Test
    void aFullQueueSkipsTheLeastUrgentMessage() {
        open(false, policy(10, Duration.ofMillis(1), 1, 2));
        room.hostSpeaking(true);
        chat("small", "v1", "en", "greeting");
        chat("purchase1", "v2", "en", "shipping BR");
        chat("purchase2", "v3", "en", "returns");
        assertThat(events.outcome("small")).isEqualTo("skipped rate_limited");
        assertThat(events.find("purchase1")).isEmpty();
    }

    @Test
    void spamIsSkippedWithAReason() {
        open(true, RoomPolicy.DEFAULTS);
        chat("link", "v1", "en", "cheap followers at www.spam.xyz");
        chat("flood", "v2", "en", "!!!!!!!!!!!!!!!!!!!!");
        chat("empty", "v3", "en", "   ");
        chat("long", "v4", "en", "shipping " + "x".repeat(600));
        for (String m : List.of("link", "flood", "empty", "long")) {
            assertThat(events.outcome(m)).isEqualTo("skipped spam");
        }
    }

    @Test
    void chatterThatIsNotAQuestionIsSkippedAsOffTopic() {
        open(true, RoomPolicy.DEFAULTS);
        chat("m1", "v1", "en", "out_of_scope");
        assertThat(events.outcome("m1")).isEqualTo("skipped off_topic");
    }

    @Test
    void askingAgainWhileBeingAnsweredIsADuplicateAndDoesNotCancel() {
        ScriptedEngine engine = open(false, RoomPolicy.DEFAULTS);
        chat("m1", "v1", "en", "shipping BR");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        chat("m2", "v1", "en", "shipping BR");
        assertThat(events.outcome("m2")).isEqualTo("skipped duplicate");
        assertThat(engine.reply(0).isEnded()).isFalse();
    }

    @Test
    void aViewersNewQuestionSupersedesTheirOwnReply() {
        ScriptedEngine engine = open(false, RoomPolicy.DEFAULTS);
        chat("m1", "v1", "en", "shipping BR");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        chat("m2", "v1", "en", "returns");
        assertThat(events.outcome("m2")).isEqualTo("reply r2");
        assertThat(events.cancelled("r1")).hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("superseded"));
        assertThat(engine.reply(1).isEnded()).isFalse();
    }

    @Test
    void aViewerNeverCancelsAReplyMeantForSomeoneElse() {
        ScriptedEngine engine = open(false, RoomPolicy.DEFAULTS);
        host("h1", "Cohost, product");
        assertThat(events.outcome("h1")).isEqualTo("reply r1");
        chat("m1", "v1", "en", "shipping BR");
        assertThat(events.outcome("m1")).isEqualTo("reply r2");
        chat("m2", "v2", "en", "returns");
        chat("m3", "v1", "en", "shipping BR");
        assertThat(events.outcome("m2")).isEqualTo("reply r3");
        assertThat(events.outcome("m3")).isEqualTo("skipped duplicate");
        assertThat(engine.reply(0).isEnded()).as("the host's reply").isFalse();
        assertThat(engine.reply(1).isEnded()).as("v1's reply").isFalse();
    }

    @Test
    void aViewerDoesNotCancelAnAnswerSharedWithOthers() {
        ScriptedEngine engine = open(false, RoomPolicy.DEFAULTS);
        room.hostSpeaking(true);
        chat("m1", "v1", "en", "shipping BR");
        chat("m2", "v2", "en", "shipping BR");
        room.hostSpeaking(false);
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        assertThat(events.outcome("m2")).as("one answer for both (started for both, or joined)").matches("(reply|joined) r1");
        chat("m3", "v1", "en", "returns");
        assertThat(events.outcome("m3")).isEqualTo("reply r2");
        assertThat(engine.reply(0).isEnded()).isFalse();
    }

    @Test
    void theHostInterruptsEveryReplyInFlight() {
        ScriptedEngine engine = open(false, RoomPolicy.DEFAULTS);
        chat("m1", "v1", "en", "shipping BR");
        chat("m2", "v2", "de", "returns");
        assertThat(events.outcome("m2")).isEqualTo("reply r2");
        host("h1", "Cohost, product");
        assertThat(events.outcome("h1")).isEqualTo("reply r3");
        assertThat(events.cancelled("r1")).hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("host_spoke"));
        assertThat(events.cancelled("r2")).isPresent();
        assertThat(engine.reply(2).isEnded()).isFalse();
    }

    @Test
    void whileTheHostSpeaksRepliesAreCutAndNothingNewStarts() {
        ScriptedEngine engine = open(false, RoomPolicy.DEFAULTS);
        chat("m1", "v1", "en", "shipping BR");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        room.hostSpeaking(true);
        chat("m2", "v2", "en", "returns");
        chat("m3", "v3", "en", "shipping BR");
        awaitIdle(); // both decided: waiting while the host speaks
        assertThat(events.cancelled("r1")).hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("host_speaking"));
        assertThat(events.find("m2")).isEmpty();
        assertThat(engine.replies).hasSize(1);
        room.hostSpeaking(false);
        assertThat(events.outcome("m2")).isEqualTo("reply r2");
        assertThat(events.outcome("m3")).as("a cut reply is not joined").isEqualTo("reply r3");
    }

    @Test
    void theTranscriptRecordsEveryMessageWithItsOutcome() {
        ScriptedEngine engine = open(false, RoomPolicy.DEFAULTS);
        chat("m1", "v1", "pt", "shipping BR");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        chat("m2", "v2", "pt", "shipping BR");
        chat("m3", "v3", "en", "out_of_scope");
        assertThat(events.outcome("m3")).isEqualTo("skipped off_topic");
        engine.finish(0);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (room.transcript().stream().noneMatch(t -> t.id().equals("r1")) && System.nanoTime() < deadline) {
            RoomEvents.sleep();
        }
        assertThat(room.transcript()).extracting(Turn::id, Turn::status, Turn::detail).contains(
                org.assertj.core.groups.Tuple.tuple("m1", Turn.Status.RECEIVED, "r1"),
                org.assertj.core.groups.Tuple.tuple("m2", Turn.Status.JOINED, "r1"),
                org.assertj.core.groups.Tuple.tuple("m3", Turn.Status.SKIPPED, "off_topic"),
                org.assertj.core.groups.Tuple.tuple("r1", Turn.Status.ANSWERED, null));
        assertThat(engine.recorded).as("each message's outcome, the same turn in the asker's conversation")
                .containsAll(room.transcript().stream().filter(t -> t.speaker().role() != null).toList());
    }

    @Test
    void aViewersBackchannelIsChatterAndNeverSupersedesTheirOwnReply() {
        ScriptedEngine engine = open(false, RoomPolicy.DEFAULTS);
        chat("m1", "v1", "pt", "shipping BR");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        List<String> backchannels = List.of("ok", "thanks!", "kkkk", "哈哈", "嗯嗯", "👍👍", "ありがとう", "obrigado",
                "ㅋㅋㅋ", "شكرا");
        for (int i = 0; i < backchannels.size(); i++) {
            clock.advance(RoomPolicy.DEFAULTS.viewerInterval()); // not rate limited: each is judged on what it says
            chat("b" + i, "v1", "pt", backchannels.get(i));
            assertThat(events.outcome("b" + i)).as(backchannels.get(i)).isEqualTo("skipped chatter");
        }
        clock.advance(RoomPolicy.DEFAULTS.viewerInterval());
        chat("c1", "v1", "pt", "chatter");
        assertThat(events.outcome("c1")).as("understood as chatter").isEqualTo("skipped chatter");
        assertThat(engine.reply(0).isEnded()).isFalse();
        assertThat(events.cancelled("r1")).isEmpty();
    }

    @Test
    void theHostsBackchannelCancelsNothing() {
        ScriptedEngine engine = open(false, RoomPolicy.DEFAULTS);
        chat("m1", "v1", "en", "shipping BR");
        chat("m2", "v2", "zh", "returns");
        assertThat(events.outcome("m2")).isEqualTo("reply r2");
        for (String text : List.of("嗯嗯", "好的", "ok!", "👍", "haha")) {
            host("h-" + text, text);
            assertThat(events.outcome("h-" + text)).isEqualTo("skipped chatter");
        }
        assertThat(engine.reply(0).isEnded()).isFalse();
        assertThat(engine.reply(1).isEnded()).isFalse();
    }

    @Test
    void theHostTalkingToTheAudienceTakesTheFloorButIsNoQuestionUnlessItNamesTheCohost() {
        ScriptedEngine engine = open(false, RoomPolicy.DEFAULTS);
        chat("m1", "v1", "en", "shipping BR");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        host("h1", "product");
        assertThat(events.outcome("h1")).as("an announcement to the audience").isEqualTo("skipped chatter");
        assertThat(events.cancelled("r1")).hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("host_spoke"));
        host("h2", "小助手，payment");
        assertThat(events.outcome("h2")).isEqualTo("reply r2");
        host("h3", "@assistant product");
        assertThat(events.outcome("h3")).isEqualTo("reply r3");
        assertThat(engine.replies).hasSize(3);
    }

    @Test
    void realHostSpeechStillTakesTheFloor() {
        open(false, RoomPolicy.DEFAULTS);
        chat("m1", "v1", "en", "shipping BR");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        room.hostSpeaking(true);
        assertThat(events.cancelledWithin("r1")).hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("host_speaking"));
    }

    @Test
    void hostSpeechIsReadBeforeAnyChatWaitingInLine() throws Exception {
        ScriptedEngine engine = open(false, RoomPolicy.DEFAULTS);
        chat("m1", "v1", "en", "shipping BR");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        engine.holdNext = release;
        chat("busy", "v2", "en", "returns");
        engine.busy.await(); // the room's thread is now understanding "busy"; the rest queues up behind it
        for (int i = 0; i < 50; i++) chat("c" + i, "w" + i, "en", "payment");
        room.hostSpeaking(true);
        release.countDown();
        assertThat(events.cancelledWithin("r1")).hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("host_speaking"));
        room.hostSpeaking(false);
        events.outcome("c49");
        int cancelAt = -1, firstChatAt = -1;
        for (int i = 0; i < events.all.size(); i++) {
            RoomEvent e = events.all.get(i);
            if (e instanceof RoomEvent.ReplyUpdate(cohost.engine.ReplyEvent.Cancelled c, var in, var g)) cancelAt = i;
            if (firstChatAt < 0 && e instanceof RoomEvent.Message m && m.messageId().startsWith("c")) firstChatAt = i;
        }
        assertThat(cancelAt).as("host speech cut the reply before the waiting chat was read").isLessThan(firstChatAt);
    }

    /**
     * A room whose thread is held in its listener while it decides on the message {@code stallOn} (its echo), until
     * {@code release}: what the host's words do then is done without the room's thread.
     */
    private ScriptedEngine openHeldOn(String stallOn, java.util.concurrent.CountDownLatch held,
                                      java.util.concurrent.CountDownLatch release) {
        ScriptedEngine engine = new ScriptedEngine(false);
        room = new Room("live-1", engine, RoomPolicy.DEFAULTS, clock, event -> {
            events.accept(event);
            if (event instanceof RoomEvent.Message m && m.messageId().equals(stallOn)) {
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        return engine;
    }

    @Test
    void theHostsWordsCutTheRepliesInFlightAsTheyArriveWithoutWaitingForTheRoomsThread() throws Exception {
        var held = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        ScriptedEngine engine = openHeldOn("stall", held, release);
        chat("m1", "v1", "en", "shipping BR");
        chat("m2", "v2", "pt", "returns");
        assertThat(events.outcome("m2")).isEqualTo("reply r2");
        chat("stall", "v3", "es", "payment");
        held.await(); // the room's thread is busy deciding "stall" and reads nothing else until released

        host("h0", "ok!");
        assertThat(events.cancelled("r1")).as("the host's backchannel takes no floor, at the door either").isEmpty();
        host("h1", "product");
        assertThat(events.cancelled("r1")).as("cut when say() returned, by the caller's thread")
                .hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("host_spoke"));
        assertThat(events.cancelled("r2")).isPresent();
        assertThat(events.find("h1")).as("while the room has not read the host's words yet").isEmpty();

        release.countDown();
        assertThat(events.outcome("h0")).isEqualTo("skipped chatter");
        assertThat(events.outcome("h1")).as("then decided as before: an announcement").isEqualTo("skipped chatter");
        assertThat(events.outcome("stall")).as("the room goes on").isEqualTo("reply r3");
        assertThat(engine.reply(0).isEnded()).isTrue();
        assertThat(events.all.stream().filter(e -> e instanceof RoomEvent.ReplyUpdate(
                cohost.engine.ReplyEvent.Cancelled c, var i, var g) && c.replyId().equals("r1")))
                .as("one cut, however many hands reached for it").hasSize(1);
    }

    @Test
    void hostSpeechOnsetCutsTheRepliesInFlightAsItArrives() throws Exception {
        var held = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        ScriptedEngine engine = openHeldOn("stall", held, release);
        chat("m1", "v1", "en", "shipping BR");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        chat("stall", "v2", "en", "returns");
        held.await();
        room.hostSpeaking(true);
        assertThat(events.cancelled("r1")).hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("host_speaking"));
        release.countDown();
        awaitIdle();
        assertThat(events.find("stall")).as("held while the host speaks, as before").isEmpty();
        room.hostSpeaking(false);
        assertThat(events.outcome("stall")).isEqualTo("reply r2");
        assertThat(engine.replies).hasSize(2);
    }

    @Test
    void theHostCutsInAtOnceWhileAViewersMessageIsStillBeingUnderstood() throws Exception {
        ScriptedEngine engine = open(false, RoomPolicy.DEFAULTS);
        chat("m1", "v1", "en", "shipping BR");
        assertThat(events.outcome("m1")).isEqualTo("reply r1");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        engine.holdNext = release;
        chat("slow", "v2", "en", "returns");
        engine.busy.await(); // "slow" is being understood, off the room's thread, and stays so until released
        room.hostSpeaking(true);
        assertThat(events.cancelledWithin("r1")).as("the room was free to act on the host")
                .hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("host_speaking"));
        assertThat(events.find("slow")).isEmpty();
        room.hostSpeaking(false);
        release.countDown();
        assertThat(events.outcome("slow")).isEqualTo("reply r2");
    }

    @Test
    void messagesAreDecidedInArrivalOrderAndOneAskersInTheContextOfTheirLast() throws Exception {
        ScriptedEngine engine = open(true, RoomPolicy.DEFAULTS);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        engine.holdNext = release;
        chat("a1", "v1", "en", "returns");
        engine.busy.await();
        chat("b1", "v2", "en", "payment");
        chat("a2", "v1", "en", "shipping BR");
        for (int i = 0; i < 2000 && room.backlog() > 2; i++) RoomEvents.sleep();
        assertThat(room.backlog()).as("b1 understood; a1 held, a2 waits behind it").isEqualTo(2);
        assertThat(events.find("b1")).as("understood, but a1 came first").isEmpty();
        assertThat(engine.recorded).as("a2 not understood before a1's outcome is recorded").isEmpty();
        release.countDown();
        assertThat(events.outcome("a2")).startsWith("reply");
        List<String> order = events.all.stream().filter(RoomEvent.Message.class::isInstance)
                .map(e -> ((RoomEvent.Message) e).messageId()).toList();
        assertThat(order).containsExactly("a1", "b1", "a2");
    }
}
