package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.engine.room.Room;
import cohost.engine.room.RoomEngine;
import cohost.engine.room.RoomPolicy;
import cohost.knowledge.Knowledge;
import cohost.knowledge.Localized;
import cohost.knowledge.Product;
import cohost.wire.EngineToWire;
import cohost.wire.WireJson;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Puts a store's live-room path through its paces before the server opens: the store's own FAQ questions and product
 * titles, in every language the KB writes them, go through room intake, understanding and answers on a spare engine,
 * and every room event is encoded as its socket frame. A server restarted under 2,000 messages a second is otherwise
 * JIT-cold and needs about 30 s to catch up; warmed for 3 s, about 10 s (BENCHMARKS.md, "Server").
 */
public final class Warmup {
    private static final int ROOMS = 16;
    /** Messages a warm-up room may have unanswered; the warm-up waits rather than filling the rooms' queues. */
    private static final int BACKLOG = 32;
    /** The default limits without the answer-rate cap: the store's questions are mostly distinct, and all answered. */
    private static final RoomPolicy UNCAPPED;

    static {
        RoomPolicy d = RoomPolicy.DEFAULTS;
        UNCAPPED = new RoomPolicy(d.dedupWindow(), d.viewerBurst(), d.viewerInterval(), 1_000, Duration.ofMillis(1),
                d.maxConcurrentReplies(), d.queueCapacity(), d.inboxCapacity(), d.maxWait(), d.maxTextLength(),
                d.transcriptCapacity());
    }

    private Warmup() {
    }

    /** Runs for about {@code budget} and returns how many messages went through; nothing of it stays behind. */
    public static long run(Knowledge knowledge, Duration budget) throws InterruptedException {
        List<Map.Entry<String, String>> questions = questions(knowledge);
        if (questions.isEmpty() || !budget.isPositive()) {
            return 0;
        }
        long sent = 0;
        try (Cohost spare = Cohost.builder(knowledge).build()) {
            RoomEngine engine = RoomEngine.of(spare);
            List<Room> rooms = new ArrayList<>();
            for (int i = 0; i < ROOMS; i++) {
                rooms.add(new Room("warmup-" + i, engine, UNCAPPED, Clock.systemUTC(),
                        event -> WireJson.write(EngineToWire.frame(event))));
            }
            Random random = new Random(1);
            long end = System.nanoTime() + budget.toNanos();
            while (System.nanoTime() < end) {
                Room room = rooms.get((int) (sent % ROOMS));
                if (room.backlog() >= BACKLOG) {
                    Thread.sleep(1);
                    continue;
                }
                Map.Entry<String, String> q = questions.get(random.nextInt(questions.size()));
                // many viewers, so that the rooms answer and join rather than rate-limit one asker
                Speaker viewer = Speaker.viewer("v" + random.nextInt(5_000), null, q.getKey(), null);
                room.say(Utterance.typed("warmup-" + sent, viewer, q.getValue()));
                sent++;
            }
            rooms.forEach(Room::close);
        }
        return sent;
    }

    /** (language, text) of every FAQ question and product title the KB has. */
    private static List<Map.Entry<String, String>> questions(Knowledge knowledge) {
        List<Map.Entry<String, String>> questions = new ArrayList<>();
        knowledge.faqs().forEach(f -> add(questions, f.question()));
        for (Product p : knowledge.products()) add(questions, p.title());
        return questions;
    }

    private static void add(List<Map.Entry<String, String>> questions, Localized text) {
        text.texts().forEach((lang, t) -> questions.add(Map.entry(lang, t)));
    }
}
