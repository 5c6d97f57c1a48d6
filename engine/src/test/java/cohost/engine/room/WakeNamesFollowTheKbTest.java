package cohost.engine.room;

import cohost.engine.Cohost;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.engine.testing.TestShop;
import cohost.engine.time.VirtualTime;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names the host calls the co-host by come from the KB in service (store.json {@code assistantNames}), so a KB
 * swapped in while a room runs ({@link Cohost#use}) renames the co-host in that room at once, without reopening it.
 */
class WakeNamesFollowTheKbTest {
    @TempDir
    Path dir;

    private void shopCalled(String names) throws Exception {
        Path source = Path.of(TestShop.class.getResource("/kb/shop/store.json").toURI()).getParent();
        if (!Files.exists(dir.resolve("store.json"))) {
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        String store = Files.readString(source.resolve("store.json"));
        Files.writeString(dir.resolve("store.json"), store.replaceFirst("\\{", "{\"assistantNames\": " + names + ", "));
    }

    @Test
    void aRoomOpenedBeforeAReloadAnswersTheHostByTheNewNameAndNoLongerByTheOld() throws Exception {
        shopCalled("[\"Mia\", \"小美\"]");
        VirtualTime clock = new VirtualTime();
        RoomEvents events = new RoomEvents();
        try (Cohost cohost = Cohost.builder(KnowledgeBase.load(dir)).build();
             Room room = new Room("live-names", RoomEngine.of(cohost), RoomPolicy.DEFAULTS, clock, events)) {
            room.say(Utterance.typed("h1", Speaker.host(), "Mia, how long is shipping to Brazil?"));
            assertThat(events.outcome("h1")).as("the store's name").startsWith("reply");
            room.say(Utterance.typed("h2", Speaker.host(), "Luna, how long is shipping to Brazil?"));
            assertThat(events.outcome("h2")).as("not a name of this store yet").isEqualTo("skipped chatter");

            shopCalled("[\"Luna\"]");
            cohost.use(KnowledgeBase.load(dir));

            room.say(Utterance.typed("h3", Speaker.host(), "Luna, how long is shipping to Japan?"));
            assertThat(events.outcome("h3")).as("the reloaded KB's name").startsWith("reply");
            room.say(Utterance.typed("h4", Speaker.host(), "小美，运费多少？"));
            assertThat(events.outcome("h4")).as("the old name is the host talking to the audience")
                    .isEqualTo("skipped chatter");
        }
    }

    @Test
    void aReloadThatDropsTheNamesBringsBackTheDefaults() throws Exception {
        shopCalled("[\"Mia\"]");
        try (Cohost cohost = Cohost.builder(KnowledgeBase.load(dir)).build()) {
            RoomEngine engine = RoomEngine.of(cohost);
            assertThat(engine.wakeName().addressed("Cohost, shipping?")).isEmpty();
            assertThat(engine.wakeName()).as("kept while the names stay").isSameAs(engine.wakeName());

            shopCalled("[]");
            cohost.use(KnowledgeBase.load(dir));

            assertThat(engine.wakeName().addressed("Cohost, shipping?")).hasValue("shipping?");
            assertThat(engine.wakeName().addressed("Mia, shipping?")).isEmpty();
        }
    }
}
