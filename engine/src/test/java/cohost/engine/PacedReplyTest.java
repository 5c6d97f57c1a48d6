package cohost.engine;

import cohost.engine.testing.TestShop;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Live-room replies at a speaking pace: delivered a word at a time, so the host or the asker can cut in. */
class PacedReplyTest {
    static final KnowledgeBase kb = TestShop.kb();
    /** Slow enough that a reply is still being spoken when the test interrupts it. */
    static final Cohost paced = Cohost.builder(kb).pace(10).build();
    static final Cohost whole = Cohost.builder(kb).build();
    static final Speaker ana = Speaker.viewer("v1", "Ana", "pt", "BR");

    @AfterAll
    static void close() {
        paced.close();
        whole.close();
    }

    static Reply askInRoom(Cohost c, String conversation, String text) {
        Utterance u = Utterance.typed("m-" + conversation, ana, text);
        return c.answer(List.of(c.question(conversation, u, null)), "pt");
    }

    static List<ReplyEvent> record(Reply reply) {
        List<ReplyEvent> events = Collections.synchronizedList(new ArrayList<>());
        reply.subscribe(events::add);
        return events;
    }

    static List<String> deltas(List<ReplyEvent> events) {
        synchronized (events) {
            return events.stream().filter(ReplyEvent.Delta.class::isInstance).map(e -> ((ReplyEvent.Delta) e).text()).toList();
        }
    }

    @Test
    void aPacedRoomReplyArrivesWordByWordAndSaysTheSameAsAnUnpacedOne() {
        Cohost fast = Cohost.builder(kb).pace(2000).build();
        try (fast) {
            Reply reply = askInRoom(fast, "room:pace-1", "quanto custa o frete pro Brasil?");
            List<ReplyEvent> events = record(reply);
            ReplyResult r = reply.result().join();
            String unpaced = askInRoom(whole, "room:pace-1", "quanto custa o frete pro Brasil?").result().join().text();
            assertThat(r.text()).isEqualTo(unpaced).startsWith("@Ana ");
            assertThat(deltas(events)).hasSizeGreaterThan(5).first().isEqualTo("@Ana ");
            assertThat(String.join("", deltas(events))).isEqualTo(r.text());
            assertThat(events.getLast()).isInstanceOf(ReplyEvent.Done.class);
        }
    }

    @Test
    void theHostCuttingInStopsAPacedReplyWithOnlyTheWordsAlreadySaid() throws Exception {
        Reply reply = askInRoom(paced, "room:pace-2", "quanto custa o frete pro Brasil?");
        List<ReplyEvent> events = record(reply);
        for (int i = 0; i < 2000 && deltas(events).isEmpty(); i++) Thread.sleep(5);
        assertThat(deltas(events)).as("the first word goes out at once").isNotEmpty();

        assertThat(reply.cancel("host_spoke")).as("the room cancels it as the host cuts in").isTrue();
        String said = String.join("", deltas(events));
        Thread.sleep(800); // longer than any one word takes at 10 chars/s: a timer left running would have spoken

        ReplyEvent.Cancelled cancelled = (ReplyEvent.Cancelled) events.getLast();
        assertThat(cancelled.reason()).isEqualTo("host_spoke");
        assertThat(cancelled.delivered()).isEqualTo(said).isEqualTo(String.join("", deltas(events))).startsWith("@Ana ");
        String full = askInRoom(whole, "room:pace-2b", "quanto custa o frete pro Brasil?").result().join().text();
        assertThat(full).startsWith(said).isNotEqualTo(said);
        Turn last = paced.transcript("room:pace-2").orElseThrow().getLast();
        assertThat(last.status()).isEqualTo(Turn.Status.CUT);
        assertThat(last.text()).as("the conversation keeps only what was said").isEqualTo(said);
    }

    @Test
    void deskRepliesAreNeverPaced() {
        Reply reply = paced.ask("desk:pace-4", Utterance.typed("d1", ana, "quanto custa o frete pro Brasil?"));
        List<ReplyEvent> events = record(reply);
        ReplyResult r = reply.result().join();
        assertThat(deltas(events)).containsExactly(r.text());
    }
}
