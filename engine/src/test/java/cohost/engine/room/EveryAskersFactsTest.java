package cohost.engine.room;

import cohost.engine.time.VirtualTime;
import cohost.engine.Cohost;
import cohost.engine.ReplyEvent;
import cohost.engine.Source;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.PaymentMethod;
import cohost.knowledge.ShippingOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9, item 1, through a real room over the real engine and the demo store: the same words from viewers in
 * different countries at once get each asker their own country's facts; askers join one reply only when their facts
 * are the same, still once per language; a joined asker's follow-up has the context of the reply they joined.
 */
class EveryAskersFactsTest {
    private final KnowledgeBase kb = KnowledgeBase.demo();
    private final Cohost cohost = Cohost.builder(kb).build();
    private final VirtualTime clock = new VirtualTime();
    private final RoomEvents events = new RoomEvents();
    private final Room room = new Room("live-facts", RoomEngine.of(cohost), RoomPolicy.DEFAULTS, clock, events);

    @AfterEach
    void close() {
        room.close();
        cohost.close();
    }

    private record Asker(String messageId, String lang, String country, String text) {
    }

    private void send(Asker a) {
        room.say(Utterance.typed(a.messageId(), Speaker.viewer("v-" + a.messageId(), "V" + a.messageId(), a.lang(),
                a.country()), a.text()));
    }

    @Test
    void theSameShippingQuestionFromFiveCountriesGetsEachAskerTheirOwnCountrysShipping() {
        Map<String, List<String>> words = Map.of(
                "en", List.of("how much is shipping?"),
                "pt", List.of("quanto custa o frete?"),
                "es", List.of("¿cuánto cuesta el envío?"),
                "ja", List.of("送料はいくらですか？"));
        List<String> countries = List.of("US", "BR", "PT", "JP", "ID");
        List<Asker> askers = new ArrayList<>();
        for (var e : words.entrySet()) {
            for (String country : countries) {
                // two viewers per country and language: they ask the same thing, so they share one reply
                for (int i = 0; i < 2; i++) {
                    askers.add(new Asker(e.getKey() + "-" + country + "-" + i, e.getKey(), country, e.getValue().getFirst()));
                }
            }
        }
        askers.forEach(this::send);

        Set<String> replies = new HashSet<>();
        for (Asker a : askers) {
            String replyId = events.outcome(a.messageId()).replaceFirst("^(reply|joined) ", "");
            replies.add(replyId);
            ReplyEvent.Done done = done(replyId);
            List<ShippingOption> expected = kb.shippingTo(a.country());
            assertThat(expected).as(a.country()).isNotEmpty();
            assertThat(done.sources()).as("%s asked from %s", a.messageId(), a.country())
                    .containsExactlyInAnyOrderElementsOf(expected.stream().map(o -> new Source("shipping", o.id())).toList());
            assertThat(done.lang()).isEqualTo(a.lang());
            List<BigDecimal> said = numbers(done.text());
            for (ShippingOption o : expected) {
                assertThat(said).as("%s to %s: %s", a.messageId(), a.country(), done.text())
                        .contains(BigDecimal.valueOf(o.minDays()), BigDecimal.valueOf(o.maxDays()))
                        .anyMatch(n -> n.compareTo(o.price().amount()) == 0);
            }
        }
        assertThat(replies).as("one reply per country and language, shared by its two askers")
                .hasSize(words.size() * countries.size());
    }

    @Test
    void theSamePaymentQuestionFromDifferentCountriesListsEachCountrysMethods() {
        List<Asker> askers = List.of(new Asker("p-br", "pt", "BR", "quais as formas de pagamento?"),
                new Asker("p-pt", "pt", "PT", "quais as formas de pagamento?"),
                new Asker("p-mx", "es", "MX", "¿qué formas de pago aceptan?"),
                new Asker("p-es", "es", "ES", "¿qué formas de pago aceptan?"),
                new Asker("p-id", "id", "ID", "bisa bayar pakai apa aja?"),
                new Asker("p-kr", "id", "KR", "bisa bayar pakai apa aja?"));
        askers.forEach(this::send);
        for (Asker a : askers) {
            String replyId = events.outcome(a.messageId()).replaceFirst("^(reply|joined) ", "");
            ReplyEvent.Done done = done(replyId);
            List<PaymentMethod> methods = kb.paymentMethodsFor(a.country());
            assertThat(done.sources()).as("%s from %s: %s", a.messageId(), a.country(), done.text())
                    .containsExactlyInAnyOrderElementsOf(methods.stream().map(m -> new Source("payment", m.id())).toList());
        }
        assertThat(done(reply("p-br")).text()).contains("Pix");
        assertThat(done(reply("p-pt")).text()).doesNotContain("Pix");
        assertThat(done(reply("p-mx")).text()).contains("OXXO");
        assertThat(done(reply("p-es")).text()).doesNotContain("OXXO");
    }

    @Test
    void aCountryNamedInTheTextWinsOverTheDeclaredOneAndJoinsOthersAskingForIt() {
        send(new Asker("a", "en", "US", "how much is shipping to Brazil?"));
        send(new Asker("b", "en", "BR", "how much is shipping?"));
        send(new Asker("c", "en", "US", "how much is shipping?"));
        assertThat(reply("b")).as("BR by declaration, BR by name: same facts").isEqualTo(reply("a"));
        assertThat(reply("c")).isNotEqualTo(reply("a"));
        assertThat(done(reply("a")).sources()).allMatch(s -> s.id().startsWith("br-"));
        assertThat(done(reply("c")).sources()).allMatch(s -> s.id().startsWith("us-"));
    }

    @Test
    void aJoinedAskersFollowUpHasTheContextOfTheReplyTheyJoined() {
        send(new Asker("first", "pt", "BR", "posso devolver?"));
        String first = reply("first");
        assertThat(done(first).sources()).contains(new Source("returns", "br"));
        send(new Asker("second", "pt", "BR", "posso devolver?"));
        assertThat(events.outcome("second")).isEqualTo("joined " + first);
        // the joined viewer's follow-up names only a country: it is about returns because of the reply they joined
        room.say(Utterance.typed("follow", Speaker.viewer("v-second", "Vsecond", "pt", "BR"), "e em Portugal?"));
        ReplyEvent.Done followUp = done(reply("follow"));
        assertThat(followUp.sources()).as(followUp.text()).contains(new Source("returns", "eu-uk"));
        assertThat(numbers(followUp.text())).contains(BigDecimal.valueOf(30));
        assertThat(cohost.transcript("live-facts/viewer/v-second").orElseThrow())
                .extracting(t -> t.id()).containsSubsequence("second", first, "follow");
    }

    private String reply(String messageId) {
        return events.outcome(messageId).replaceFirst("^(reply|joined) ", "");
    }

    private ReplyEvent.Done done(String replyId) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (RoomEvent e : events.all) {
                if (e instanceof RoomEvent.ReplyUpdate(ReplyEvent.Done d, var i, var g) && d.replyId().equals(replyId)) {
                    return d;
                }
            }
            RoomEvents.sleep();
        }
        throw new AssertionError("reply " + replyId + " never finished: " + events.all);
    }

    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,]\\p{Nd}+)?");

    /** Every number in the text, whatever the digits and decimal separator ("7", "4,99", "٤٫٩٩" aside). */
    static List<BigDecimal> numbers(String text) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            StringBuilder ascii = new StringBuilder();
            m.group().codePoints().forEach(c -> ascii.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : '.'));
            out.add(new BigDecimal(ascii.toString()));
        }
        return out;
    }
}
