package cohost.connectors.server;

import cohost.connectors.store.HandoffQueue;
import cohost.engine.Question;
import cohost.engine.Reply;
import cohost.engine.ReplyEvent;
import cohost.engine.Turn;
import cohost.engine.Understanding;
import cohost.engine.Utterance;
import cohost.engine.room.Room;
import cohost.engine.room.RoomEngine;
import cohost.engine.room.RoomEvent;
import cohost.engine.room.RoomPolicy;
import cohost.engine.room.WakeName;
import cohost.engine.transcript.TranscriptsUnavailable;
import cohost.knowledge.Knowledge;
import cohost.wire.EngineToWire;
import cohost.wire.ProductCard;
import cohost.wire.ServerFrame;
import cohost.wire.WireJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The open live rooms, per store: a room opens with its first socket and closes with its last. Every room event is
 * encoded once and sent to each socket in the room. Besides the room itself, each open room keeps what its consoles
 * share: the host's hold and the product on screen ({@code room.state}) and the handoff queue ({@code handoff}),
 * sent to a socket when it joins and to all when they change. A room's handoff queue outlives it: each change is
 * written to the store's {@link HandoffQueue} (the transcript database when there is one), and a room opening again
 * (after its last console left, or after a restart) reads it back, taken marks included.
 */
final class LiveRooms implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveRooms.class);

    /** One open room and its sockets. */
    final class LiveRoom implements Consumer<RoomEvent> {
        final String store;
        final Room room;
        final Set<LiveClient> clients = ConcurrentHashMap.newKeySet();
        /** Questions handed to a human, by message id, oldest first; the oldest are dropped beyond the cap. */
        private final Map<String, ServerFrame.Handoff> handoffs = new LinkedHashMap<>();
        /**
         * Messages sent to the consoles that have no outcome yet (waiting, or held while the host speaks), as sent, in
         * order: a console joining gets them, as they are in no transcript yet. Guards the sending of room events, so
         * a joining console gets each such message before its outcome.
         */
        private final LinkedHashMap<String, String> unanswered = new LinkedHashMap<>();
        private volatile boolean hostSpeaking;
        private volatile String showingSku;

        /** @param queued the room's handoff queue as kept (from its last time open), oldest first */
        private LiveRoom(String store, String roomId, List<HandoffQueue.Entry> queued) {
            this.store = store;
            queued.forEach(e -> handoffs.put(e.messageId(), frame(e)));
            this.room = new Room(roomId, watchingHandoffs(engines.get(store)), policy, Clock.systemUTC(), this);
        }

        /**
         * A socket joins: it gets the room's state, its handoff queue and the messages still waiting for an outcome,
         * then every room event.
         */
        void welcome(LiveClient client) {
            synchronized (unanswered) { // no room event meanwhile: each comes after what it follows
                clients.add(client); // first: a state or handoff change meanwhile is in what it is sent, or sent after
                client.send(WireJson.write(state()));
                synchronized (handoffs) {
                    handoffs.values().forEach(h -> client.send(WireJson.write(h)));
                }
                unanswered.values().forEach(client::send);
            }
        }

        /** The host started or stopped speaking (the toggle, or speech onset and end). */
        void hostSpeaking(boolean on) {
            hostSpeaking = on;
            room.hostSpeaking(on);
            broadcast(state());
        }

        /** The product on screen now; null or blank: none. */
        void showing(String sku) {
            showingSku = sku == null || sku.isBlank() ? null : sku.strip();
            room.showing(showingSku);
            broadcast(state());
        }

        /**
         * Takes a handed-off question for {@code by}. The store's handoff queue decides, once for every node sharing
         * its database: this room's consoles are sent the entry as decided (also when someone else had it first, so a
         * console that lost the race shows who has it), and the refusal is returned to the loser (taken by someone
         * else, unknown, or the queue unreachable).
         */
        Optional<ApiError> take(String messageId, String by) {
            Optional<HandoffQueue.Entry> decided;
            try {
                decided = handoffQueues.apply(store).take(room.id(), messageId, by);
            } catch (TranscriptsUnavailable e) {
                log.error("event=handoff.take_failed store={} room={} message={}", store, room.id(), messageId, e);
                return Optional.of(new ApiError(503, "unavailable", "handoff '" + messageId + "' cannot be taken now:"
                        + " the handoff queue's database cannot be reached; try again"));
            }
            if (decided.isEmpty()) {
                return Optional.of(new ApiError(404, "not_found", "handoff.take.id '" + messageId
                        + "' is not in this room's handoff queue"));
            }
            ServerFrame.Handoff now = frame(decided.get());
            synchronized (handoffs) {
                handoffs.put(messageId, now); // in place when listed; one queued by another node joins the end
                if (handoffs.size() > MAX_HANDOFFS) {
                    handoffs.remove(handoffs.keySet().iterator().next());
                }
            }
            broadcast(now);
            if (now.takenBy() == null) { // handed off again (answer now) between the take and its read-back
                return Optional.of(new ApiError(409, "conflict", "handoff '" + messageId + "' was queued again just"
                        + " now; take it again"));
            }
            if (!by.equals(now.takenBy())) {
                return Optional.of(new ApiError(409, "conflict", "handoff '" + messageId + "' was already taken by "
                        + now.takenBy()));
            }
            return Optional.empty();
        }

        private ServerFrame.RoomState state() {
            String sku = showingSku;
            ProductCard card = null;
            if (sku != null) {
                Knowledge kb = knowledge.apply(store);
                String lang = kb.store().hostLanguage() != null ? kb.store().hostLanguage()
                        : kb.store().defaultLanguage();
                card = kb.product(sku).map(p -> EngineToWire.card(p, lang)).orElse(null);
            }
            return new ServerFrame.RoomState(hostSpeaking, sku, card);
        }

        private void broadcast(ServerFrame frame) {
            String text = WireJson.write(frame);
            clients.forEach(c -> c.send(text));
        }

        /** The room's engine, noting every question whose answer hands the asker to a human (forwards every other call). */
        private RoomEngine watchingHandoffs(RoomEngine engine) {
            return new RoomEngine() {
                @Override
                public Question question(String conversationId, Utterance utterance, String showingSku) {
                    return engine.question(conversationId, utterance, showingSku);
                }

                @Override
                public Reply answer(List<Question> questions, String lang) {
                    Reply reply = engine.answer(questions, lang);
                    questions.forEach(q -> handedOff(q, reply));
                    return reply;
                }

                @Override
                public void joined(Question question, Reply reply) {
                    engine.joined(question, reply);
                    handedOff(question, reply);
                }

                @Override
                public void record(String conversationId, Turn outcome, Understanding meaning) {
                    engine.record(conversationId, outcome, meaning);
                }

                @Override
                public void transcribed(String roomId, Turn turn) {
                    engine.transcribed(roomId, turn);
                }

                @Override
                public WakeName wakeName() {
                    return engine.wakeName();
                }

                @Override
                public cohost.knowledge.AiDisclosure.Reminder aiReminder() {
                    return engine.aiReminder();
                }

                @Override
                public cohost.knowledge.RoomRules rules() {
                    return engine.rules(); // the store's room rules (rules stream)
                }

                @Override
                public cohost.engine.Reply greet(String conversationId, String eventId, cohost.engine.Speaker viewer,
                                                 String kind, cohost.knowledge.Localized text, java.time.Instant at) {
                    return engine.greet(conversationId, eventId, viewer, kind, text, at);
                }
            };
        }

        private void handedOff(Question q, Reply reply) {
            if (!q.facts().handoff()) {
                return;
            }
            Utterance u = q.utterance();
            HandoffQueue.Entry entry = new HandoffQueue.Entry(u.messageId(), u.speaker(), u.text(), q.lang(), q.gist(),
                    reply.id(), Instant.now(), null);
            ServerFrame.Handoff h = frame(entry);
            handoffQueues.apply(store).queued(room.id(), entry); // never blocks: a database queues it
            synchronized (handoffs) {
                handoffs.remove(u.messageId()); // asked again (answer now): queued again, untaken
                handoffs.put(u.messageId(), h);
                if (handoffs.size() > MAX_HANDOFFS) {
                    handoffs.remove(handoffs.keySet().iterator().next());
                }
            }
            log.info("event=handoff store={} room={} message={} reply={}", store, room.id(), u.messageId(), reply.id());
            broadcast(h);
        }

        void say(Utterance u) {
            room.say(u);
        }

        @Override
        public void accept(RoomEvent event) {
            // the frame first, the books after: a cancel's frame is what the host waits for (BENCHMARKS, "Server")
            String frame = WireJson.write(EngineToWire.frame(event));
            synchronized (unanswered) {
                switch (event) {
                    case RoomEvent.Message m -> {
                        unanswered.put(m.messageId(), frame);
                        if (unanswered.size() > MAX_UNANSWERED) {
                            unanswered.remove(unanswered.keySet().iterator().next());
                        }
                    }
                    case RoomEvent.Joined j -> unanswered.remove(j.messageId());
                    case RoomEvent.Skipped s -> unanswered.remove(s.messageId());
                    case RoomEvent.ReplyUpdate(ReplyEvent.Started s, var i, var g) ->
                            s.inReplyTo().forEach(unanswered::remove);
                    default -> {
                    }
                }
                clients.forEach(c -> c.send(frame));
            }
            count(event);
        }

        private void count(RoomEvent event) {
            switch (event) {
                case RoomEvent.ReplyUpdate(ReplyEvent.Started s, var i, var g) -> {
                    // the room's own figure per message: arrival at the room to this start (ARCHITECTURE, "Latency")
                    s.latencyMs().forEach(ms -> metrics.turnLatency("live", ms));
                    log.debug("event=reply.started store={} room={} reply={} inReplyTo={} lang={}", store, room.id(),
                            s.replyId(), s.inReplyTo(), s.lang());
                }
                case RoomEvent.ReplyUpdate(ReplyEvent.Done d, var i, var g) -> metrics.reply("live", "done");
                case RoomEvent.ReplyUpdate(ReplyEvent.Cancelled c, var i, var g) -> {
                    metrics.reply("live", "cancelled");
                    metrics.cancellation(c.reason());
                    log.info("event=reply.cancelled store={} room={} reply={} reason={}", store, room.id(),
                            c.replyId(), c.reason());
                }
                case RoomEvent.Joined j -> metrics.join();
                case RoomEvent.Skipped s -> {
                    metrics.skip(s.reason().wireName());
                    log.debug("event=skipped store={} room={} message={} reason={}", store, room.id(),
                            s.messageId(), s.reason().wireName());
                }
                default -> {
                }
            }
        }

    }

    private static ServerFrame.Handoff frame(HandoffQueue.Entry e) {
        return new ServerFrame.Handoff(e.messageId(), EngineToWire.person(e.viewer()), e.text(), e.lang(), e.gist(),
                e.replyId(), e.at().toString(), e.takenBy());
    }

    /** Handed-off questions a room keeps for its consoles. */
    static final int MAX_HANDOFFS = 200;
    /** Messages without an outcome a room shows a joining console (beyond the room's inbox, never reached). */
    static final int MAX_UNANSWERED = 2000;

    private final Map<String, RoomEngine> engines;
    private final Function<String, Knowledge> knowledge;
    private final RoomPolicy policy;
    private final Metrics metrics;
    private final Function<String, HandoffQueue> handoffQueues;
    private final Map<String, LiveRoom> rooms = new HashMap<>();

    /**
     * @param knowledge     each store's KB as it is now (the product card follows a reloaded KB)
     * @param handoffQueues each store's rooms' handoff queues, kept beyond a room's life
     */
    LiveRooms(Map<String, RoomEngine> engines, Function<String, Knowledge> knowledge, RoomPolicy policy,
              Metrics metrics, Function<String, HandoffQueue> handoffQueues) {
        this.engines = Map.copyOf(engines);
        this.knowledge = knowledge;
        this.handoffQueues = handoffQueues;
        this.policy = policy;
        this.metrics = metrics;
    }

    LiveRoom join(String store, String roomId, LiveClient client) {
        String key = store + "/" + roomId;
        synchronized (this) {
            LiveRoom open = rooms.get(key);
            if (open != null) {
                open.welcome(client);
                return open;
            }
        }
        // Opening: the kept handoff queue is read outside the rooms' lock (a database read may wait for queued writes)
        List<HandoffQueue.Entry> queued = keptHandoffs(store, roomId);
        synchronized (this) {
            LiveRoom room = rooms.computeIfAbsent(key, k -> new LiveRoom(store, roomId, queued));
            room.welcome(client);
            return room;
        }
    }

    private List<HandoffQueue.Entry> keptHandoffs(String store, String roomId) {
        try {
            return handoffQueues.apply(store).queue(roomId, MAX_HANDOFFS);
        } catch (TranscriptsUnavailable e) {
            log.error("event=handoffs.unreadable store={} room={}: the room opens with an empty handoff queue",
                    store, roomId, e);
            return List.of();
        }
    }

    synchronized void leave(LiveRoom room, LiveClient client) {
        room.clients.remove(client);
        if (room.clients.isEmpty() && rooms.remove(room.store + "/" + room.room.id(), room)) {
            room.room.close();
        }
    }

    synchronized Optional<LiveRoom> find(String store, String roomId) {
        return Optional.ofNullable(rooms.get(store + "/" + roomId));
    }

    synchronized int backlog() {
        return rooms.values().stream().mapToInt(r -> r.room.backlog()).sum();
    }

    synchronized int clients() {
        return rooms.values().stream().mapToInt(r -> r.clients.size()).sum();
    }

    synchronized int unsentFrames() {
        return rooms.values().stream().flatMap(r -> r.clients.stream()).mapToInt(LiveClient::unsent).sum();
    }

    synchronized int size() {
        return rooms.size();
    }

    @Override
    public synchronized void close() {
        rooms.values().forEach(r -> r.room.close());
        rooms.clear();
    }
}
