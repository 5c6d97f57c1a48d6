package cohost.engine;

import cohost.engine.testing.TestShop;
import cohost.engine.time.VirtualTime;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live-room replies at a speaking pace: delivered a word at a time, so the host or the asker can cut in. The paced
 * engine runs on virtual time: a word goes out only when the test moves time on.
 */
class PacedReplyTest {
    static final KnowledgeBase kb = TestShop.kb();
    static final VirtualTime time = new VirtualTime();
    /** Slow enough that a reply is still being spoken when the test interrupts it. */
    static final Cohost paced = Cohost.builder(kb).pace(10).time(time).build();
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
        VirtualTime fastTime = new VirtualTime();
        Cohost fast = Cohost.builder(kb).pace(2000).time(fastTime).build();
        try (fast) {
            Reply reply = askInRoom(fast, "room:pace-1", "quanto custa o frete pro Brasil?");
            List<ReplyEvent> events = record(reply);
            assertThat(reply.result()).as("a paced reply takes time to say").isNotDone();
            fastTime.advance(Duration.ofMinutes(1));
            ReplyResult r = reply.result().getNow(null);
            assertThat(r).as("said in full once its time has passed").isNotNull();
            String unpaced = askInRoom(whole, "room:pace-1", "quanto custa o frete pro Brasil?").result().join().text();
            assertThat(r.text()).isEqualTo(unpaced).startsWith("@Ana ");
            assertThat(deltas(events)).hasSizeGreaterThan(5).first().isEqualTo("@Ana ");
            assertThat(String.join("", deltas(events))).isEqualTo(r.text());
            assertThat(events.getLast()).isInstanceOf(ReplyEvent.Done.class);
        }
    }

    @Test
    void theHostCuttingInStopsAPacedReplyWithOnlyTheWordsAlreadySaid() {
        Reply reply = askInRoom(paced, "room:pace-2", "quanto custa o frete pro Brasil?");
        List<ReplyEvent> events = record(reply);
        assertThat(deltas(events)).as("the first word goes out at once").hasSize(1);
        time.advance(Duration.ofSeconds(1));
        assertThat(deltas(events)).as("then one word per word's length at 10 chars/s").hasSizeBetween(2, 4);

        assertThat(reply.cancel("host_spoke")).as("the room cancels it as the host cuts in").isTrue();
        String said = String.join("", deltas(events));
        time.advance(Duration.ofMinutes(1)); // long enough to say it all: a timer left running would have spoken

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
