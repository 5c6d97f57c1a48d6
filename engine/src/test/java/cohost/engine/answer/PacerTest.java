package cohost.engine.answer;

import cohost.engine.Intent;
import cohost.engine.ReplyEvent;
import cohost.engine.time.VirtualTime;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PacerTest {
    private final VirtualTime time = new VirtualTime();
    /** What the reply's listener saw, each event with the virtual moment it arrived, in milliseconds. */
    private final List<String> seen = new ArrayList<>();

    private StreamingReply reply(String id) {
        StreamingReply r = new StreamingReply(id, List.of("m-" + id), "en", Intent.SHIPPING, time.nanoTime(), x -> {
        }, time);
        r.subscribe(e -> seen.add(switch (e) {
            case ReplyEvent.Started s -> "started";
            case ReplyEvent.Delta d -> "'" + d.text() + "'";
            case ReplyEvent.Done d -> "done";
            case ReplyEvent.Cancelled c -> "cancelled:" + c.reason();
        } + "@" + Duration.ofNanos(time.nanoTime()).toMillis()));
        return r;
    }

    @Test
    void eachWordGoesOutOnceThePreviousOneHasBeenSaidAtThePaceInOrder() {
        try (Pacer pacer = new Pacer(10, time)) { // 10 chars/s: a word of n characters takes n * 100 ms
            StreamingReply r = reply("r1");
            AtomicInteger done = new AtomicInteger();
            pacer.speak(r, "Ship it, now.", done::incrementAndGet);
            assertThat(seen).as("the first word at once").containsExactly("started@0", "'Ship '@0");

            time.advance(Duration.ofMillis(499));
            assertThat(seen).as("'Ship ' is 5 characters: nothing more before 500 ms").hasSize(2);
            time.advance(Duration.ofSeconds(10));
            assertThat(seen).containsExactly("started@0", "'Ship '@0", "'it, '@500", "'now.'@900");
            assertThat(done).as("done once the last word is out").hasValue(1);
            assertThat(time.untilNext()).as("nothing left scheduled").isEmpty();
        }
    }

    @Test
    void aCancelTakesThePendingWordOffTheTimersAtOnceAndNothingFollowsTheCancel() {
        try (Pacer pacer = new Pacer(10, time)) {
            StreamingReply r = reply("r2");
            AtomicInteger done = new AtomicInteger();
            pacer.speak(r, "Envío a México: DHL, 5-8 días hábiles.", done::incrementAndGet);
            time.advance(Duration.ofMillis(700)); // "Envío " (600 ms) said, "a " on its way
            assertThat(time.untilNext()).as("the next word is pending").isPresent();

            r.cancel("host_spoke");
            assertThat(time.untilNext()).as("no step left to run").isEmpty();
            time.advance(Duration.ofMinutes(1)); // long enough to say it all
            assertThat(seen).containsExactly("started@0", "'Envío '@0", "'a '@600", "cancelled:host_spoke@700");
            assertThat(r.delivered()).isEqualTo("Envío a ");
            assertThat(done).as("a cut reply is not done").hasValue(0);
        }
    }

    @Test
    void aListenerCancellingOnAWordStopsTheReplyAfterThatWord() {
        try (Pacer pacer = new Pacer(20, time)) {
            StreamingReply r = reply("r3");
            r.subscribe(e -> {
                if (e instanceof ReplyEvent.Delta d && d.text().startsWith("7")) r.cancel("stopped");
            });
            pacer.speak(r, "配送は 7 日、送料は 2,000 円です。", () -> { });
            time.advance(Duration.ofMinutes(1));
            assertThat(seen.getLast()).startsWith("cancelled:stopped@");
            assertThat(r.delivered()).endsWith("7 ").doesNotContain("2,000");
            assertThat(time.untilNext()).isEmpty();
        }
    }

    @Test
    void repliesSpokenTogetherKeepTheirOwnPaceAndClosingThePacerStopsThemAll() {
        Pacer pacer = new Pacer(10, time);
        StreamingReply a = reply("a"), b = reply("b");
        pacer.speak(a, "aaaa bbbb cccc", () -> { });
        time.advance(Duration.ofMillis(200));
        pacer.speak(b, "xx yy zz", () -> { });
        time.advance(Duration.ofMillis(400));
        assertThat(a.delivered()).as("a at 0 and 500 ms").isEqualTo("aaaa bbbb ");
        assertThat(b.delivered()).as("b at 200 and 500 ms").isEqualTo("xx yy ");

        pacer.close();
        assertThat(time.untilNext()).as("closing unschedules every pending word").isEmpty();
        time.advance(Duration.ofMinutes(1));
        assertThat(a.delivered()).isEqualTo("aaaa bbbb ");
        assertThat(b.delivered()).isEqualTo("xx yy ");
        assertThat(a.isEnded()).as("the replies stay open for their owner to end").isFalse();
    }

    @Test
    void wordsCarryTheirSpacesAndPunctuationAndJoinBackIntoTheText() {
        String text = "@Ana Envio ao Brasil: Correios, 7-12 dias úteis, US$ 12.50.";
        assertThat(Pacer.words(text)).startsWith("@Ana ", "Envio ", "ao ", "Brasil: ");
        assertThat(String.join("", Pacer.words(text))).isEqualTo(text);
    }

    @Test
    void textWithoutSpacesStillSplitsIntoSeveralPieces() {
        String text = "日本への配送：EMS、5〜8営業日、送料は2,000円です。";
        assertThat(Pacer.words(text)).hasSizeGreaterThan(3);
        assertThat(String.join("", Pacer.words(text))).isEqualTo(text);
    }

    @Test
    void anEmptyTextHasNoWords() {
        assertThat(Pacer.words("")).isEmpty();
    }
}
