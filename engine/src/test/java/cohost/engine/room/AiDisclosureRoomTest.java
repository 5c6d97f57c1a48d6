package cohost.engine.room;

import cohost.engine.Cohost;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.engine.testing.TestShop;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store's AI disclosure (store.json {@code aiDisclosure}): a label before every reply in its language, and a
 * reminder to the room every interval of the room's own clock (a virtual one here: nothing waits for real minutes).
 */
class AiDisclosureRoomTest {
    private static final String DISCLOSURE = """
            "aiDisclosure": {"leadIn": {"en": "[AI]", "zh": "【AI回复】", "pt": "[IA]"},
                             "reminder": {"everyMinutes": 10, "text": {"en": "Replies here are written by an AI assistant.",
                                                                         "zh": "本直播间的回复由AI助手生成。"}}},
            """;

    @TempDir
    Path dir;

    private KnowledgeBase shopWith(String disclosure) throws Exception {
        Path source = Path.of(TestShop.class.getResource("/kb/shop/store.json").toURI()).getParent();
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        Path store = dir.resolve("store.json");
        Files.writeString(store, Files.readString(store).replaceFirst("\\{", "{" + disclosure));
        return KnowledgeBase.load(dir);
    }

    @Test
    void everyReplyStartsWithTheLabelInItsLanguage() throws Exception {
        try (Cohost cohost = Cohost.builder(shopWith(DISCLOSURE)).build()) {
            String pt = cohost.ask("c1", Utterance.typed("m1", Speaker.customer("c1", "Ana", "pt", "BR"),
                    "quanto custa o frete?")).result().join().text();
            assertThat(pt).startsWith("[IA] @Ana ");
            String zh = cohost.ask("c2", Utterance.typed("m2", Speaker.customer("c2", null, "zh", "CN"),
                    "寄到日本要多久？")).result().join().text();
            assertThat(zh).as("no space after CJK punctuation").startsWith("【AI回复】寄往日本");
            String de = cohost.ask("c3", Utterance.typed("m3", Speaker.customer("c3", null, "de", "DE"),
                    "Versand nach Deutschland?")).result().join().text();
            assertThat(de).as("no German label: the store's default language's").startsWith("[AI] ");
        }
    }

    @Test
    void withoutTheFieldRepliesCarryNoLabel() {
        try (Cohost cohost = Cohost.builder(TestShop.kb()).build()) {
            String text = cohost.ask("c1", Utterance.typed("m1", Speaker.customer("c1", "Ana", "pt", "BR"),
                    "quanto custa o frete?")).result().join().text();
            assertThat(text).startsWith("@Ana ");
        }
    }

    @Test
    void theRoomIsRemindedEveryIntervalOfItsClock() throws Exception {
        MutableClock clock = new MutableClock();
        RoomEvents events = new RoomEvents();
        try (Cohost cohost = Cohost.builder(shopWith(DISCLOSURE)).build();
             Room room = new Room("live-ai", RoomEngine.of(cohost), RoomPolicy.DEFAULTS, clock, events)) {
            clock.advance(Duration.ofMinutes(9));
            room.say(Utterance.typed("m1", Speaker.viewer("v1", "Ana", "pt", "BR"), "quanto custa o frete?"));
            events.outcome("m1"); // the room has ticked at 9 minutes
            assertThat(reminders(events)).as("not yet due").isEmpty();

            clock.advance(Duration.ofMinutes(1));
            List<RoomEvent.AiReminder> first = eventually(events, r -> r.size() == 1);
            assertThat(first.getFirst().text().in("zh")).isEqualTo("本直播间的回复由AI助手生成。");
            assertThat(first.getFirst().text().in("en")).isEqualTo("Replies here are written by an AI assistant.");

            clock.advance(Duration.ofMinutes(9));
            room.say(Utterance.typed("m2", Speaker.viewer("v2", "Bo", "en", "US"), "shipping to the US?"));
            events.outcome("m2");
            assertThat(reminders(events)).as("ten minutes after the last one, not before").hasSize(1);
            clock.advance(Duration.ofMinutes(1));
            eventually(events, r -> r.size() == 2);
        }
    }

    @Test
    void aStoreWithoutAReminderNeverRemindsTheRoom() throws Exception {
        MutableClock clock = new MutableClock();
        RoomEvents events = new RoomEvents();
        try (Cohost cohost = Cohost.builder(shopWith("\"aiDisclosure\": {\"leadIn\": \"[AI]\"},")).build();
             Room room = new Room("live-no-reminder", RoomEngine.of(cohost), RoomPolicy.DEFAULTS, clock, events)) {
            clock.advance(Duration.ofHours(3));
            room.say(Utterance.typed("m1", Speaker.viewer("v1", "Ana", "pt", "BR"), "quanto custa o frete?"));
            events.outcome("m1");
            assertThat(reminders(events)).isEmpty();
        }
    }

    private static List<RoomEvent.AiReminder> reminders(RoomEvents events) {
        return events.all.stream().filter(e -> e instanceof RoomEvent.AiReminder).map(e -> (RoomEvent.AiReminder) e)
                .toList();
    }

    /** Polls (bounded) until the room's reminders pass the check; the room ticks every 20 ms of real time. */
    private static List<RoomEvent.AiReminder> eventually(RoomEvents events, Predicate<List<RoomEvent.AiReminder>> ok)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<RoomEvent.AiReminder> seen = reminders(events);
        while (!ok.test(seen)) {
            assertThat(System.nanoTime()).as("reminders so far: %s", seen).isLessThan(deadline);
            Thread.sleep(5);
            seen = reminders(events);
        }
        return seen;
    }
}
