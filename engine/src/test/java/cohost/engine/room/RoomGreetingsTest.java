package cohost.engine.room;

import cohost.engine.Cohost;
import cohost.engine.Intent;
import cohost.engine.ReplyEvent;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Greetings on room events (join, follow, order), on a virtual clock: the store's text for the kind in the viewer's
 * language, addressed to them, at most one per the rules' interval (30 s in {@link RulesShop}), never while a
 * question waits for its answer, and cut by the host like any reply.
 */
class RoomGreetingsTest {
    @TempDir
    Path dir;
    private final cohost.engine.time.VirtualTime clock = new cohost.engine.time.VirtualTime();
    private final RoomEvents events = new RoomEvents();
    private final AtomicInteger syncs = new AtomicInteger();
    private Cohost cohost;
    private Room room;

    private void open(int pace, RoomPolicy policy) throws Exception {
        cohost = Cohost.builder(KnowledgeBase.load(RulesShop.in(dir, RulesShop.RULES))).pace(pace).build();
        room = new Room("live-greetings", RoomEngine.of(cohost), policy, clock, events);
    }

    @AfterEach
    void close() {
        if (room != null) room.close();
        if (cohost != null) cohost.close();
    }

    /** Waits until the room has handled everything sent so far (a backchannel is skipped at once, in order). */
    private void sync() {
        String id = "sync" + syncs.incrementAndGet();
        room.say(Utterance.typed(id, Speaker.viewer(id, null, "en", null), "ok"));
        assertThat(events.outcome(id)).isEqualTo("skipped chatter");
    }

    /** The greeting said for the event, if any was started by now. */
    private Optional<String> greeting(String eventId) {
        return events.all.stream()
                .filter(e -> e instanceof RoomEvent.ReplyUpdate(ReplyEvent.Started s, var i, var g) && s.inReplyTo().contains(eventId))
                .map(e -> ((ReplyEvent.Started) ((RoomEvent.ReplyUpdate) e).event()).replyId()).findFirst();
    }

    private String text(String replyId) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (RoomEvent e : events.all) {
                if (e instanceof RoomEvent.ReplyUpdate(ReplyEvent.Done d, var i, var g) && d.replyId().equals(replyId)) {
                    assertThat(i).isEqualTo(Intent.GREETING);
                    return d.text();
                }
            }
            RoomEvents.sleep();
        }
        throw new AssertionError("greeting " + replyId + " never finished: " + events.all);
    }

    @Test
    void aJoinIsGreetedInTheViewersLanguageByNameAsAReplyToTheEvent() throws Exception {
        open(0, RoomPolicy.DEFAULTS);
        room.event("e1", "join", Speaker.viewer("ana", "Ana", "pt", "BR"));
        sync();
        assertThat(greeting("e1")).hasValueSatisfying(r -> assertThat(text(r)).isEqualTo("@Ana Bem-vindo à live!"));
    }

    @Test
    void aViewerWithoutALanguageIsGreetedInTheStoresAndOneWithoutTheirLanguageGetsTheStoresWithTheNote() throws Exception {
        open(0, RoomPolicy.DEFAULTS);
        room.event("e1", "order", Speaker.viewer("bob", "Bob", null, null));
        sync();
        assertThat(greeting("e1")).hasValueSatisfying(r -> assertThat(text(r)).isEqualTo("@Bob Thank you for your order!"));
        clock.advance(Duration.ofSeconds(30));
        room.event("e2", "join", Speaker.viewer("jule", "Jule", "de", "DE"));
        sync();
        assertThat(greeting("e2")).hasValueSatisfying(r -> assertThat(text(r))
                .isEqualTo("@Jule Auf Englisch, wie der Shop es geschrieben hat: Welcome to the live!"));
    }

    @Test
    void atMostOneGreetingPerIntervalOnTheRoomsClock() throws Exception {
        open(0, RoomPolicy.DEFAULTS);
        room.event("e1", "join", Speaker.viewer("v1", "A", "en", null));
        for (int i = 2; i <= 50; i++) room.event("e" + i, "join", Speaker.viewer("v" + i, "V" + i, "en", null));
        sync();
        clock.advance(Duration.ofSeconds(29));
        room.event("late", "order", Speaker.viewer("v51", "Z", "en", null));
        sync();
        assertThat(events.all.stream().filter(e -> e instanceof RoomEvent.ReplyUpdate(ReplyEvent.Started s, var i, var g)))
                .as("a wave of 51 events within 29 s: one greeting").hasSize(1);
        assertThat(greeting("e1")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        room.event("next", "join", Speaker.viewer("v52", "Y", "en", null));
        sync();
        assertThat(greeting("next")).as("30 s after the last greeting").isPresent();
    }

    @Test
    void aKindTheRulesGiveNoTextForIsNotGreeted() throws Exception {
        open(0, RoomPolicy.DEFAULTS);
        room.event("f1", "follow", Speaker.viewer("v1", "A", "en", null));
        sync();
        assertThat(greeting("f1")).isEmpty();
    }

    @Test
    void noGreetingWhileAQuestionWaitsForItsAnswer() throws Exception {
        // one new answer per 10 s of the room's clock: the second question waits for the first's turn to pass
        open(0, new RoomPolicy(Duration.ofSeconds(15), 3, Duration.ofSeconds(4), 1, Duration.ofSeconds(10), 6, 64,
                2048, Duration.ofSeconds(20), 500, 2000));
        room.say(Utterance.typed("q1", Speaker.viewer("a", "A", "en", "US"), "how long is the warranty on electronics?"));
        assertThat(events.outcome("q1")).startsWith("reply");
        room.say(Utterance.typed("q2", Speaker.viewer("b", "B", "en", "DE"), "can I return it?"));
        // understood on the pool while "ok" (sync) is skipped at intake: wait for q2's echo, so the room has decided
        // to hold q2 before its clock moves
        events.seen("q2");
        room.event("e1", "join", Speaker.viewer("c", "C", "en", null));
        sync();
        assertThat(events.find("q2")).as("q2 waits").isEmpty();
        assertThat(greeting("e1")).as("answers first").isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(events.outcome("q2")).startsWith("reply");
        room.event("e2", "join", Speaker.viewer("d", "D", "en", null));
        sync();
        assertThat(greeting("e2")).as("nothing waits now, and no greeting was said before").isPresent();
    }

    @Test
    void theHostCutsAGreetingAndNoneStartsWhileTheHostSpeaks() throws Exception {
        open(2, RoomPolicy.DEFAULTS); // 2 characters a second: the greeting is still being said when the host speaks
        room.event("e1", "join", Speaker.viewer("ana", "Ana", "pt", "BR"));
        sync();
        String replyId = greeting("e1").orElseThrow();
        room.hostSpeaking(true);
        assertThat(events.cancelledWithin(replyId)).hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("host_speaking"));
        clock.advance(Duration.ofMinutes(1));
        room.event("e2", "join", Speaker.viewer("bo", "Bo", "en", null));
        sync();
        assertThat(greeting("e2")).isEmpty();
    }
}
