package cohost.connectors.server;

import cohost.engine.ReplyEvent;
import cohost.engine.Utterance;
import cohost.engine.room.Room;
import cohost.engine.room.RoomEngine;
import cohost.engine.room.RoomEvent;
import cohost.engine.room.RoomPolicy;
import cohost.wire.EngineToWire;
import cohost.wire.WireJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The open live rooms, per store: a room opens with its first socket and closes with its last. Every room event is
 * encoded once and sent to each socket in the room.
 */
final class LiveRooms implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveRooms.class);

    /** One open room and its sockets. */
    final class LiveRoom implements Consumer<RoomEvent> {
        final String store;
        final Room room;
        final Set<LiveClient> clients = ConcurrentHashMap.newKeySet();
        /** Arrival time of each message until its outcome (every message gets exactly one, so this stays small). */
        private final Map<String, Long> arrivals = new ConcurrentHashMap<>();

        private LiveRoom(String store, String roomId) {
            this.store = store;
            this.room = new Room(roomId, engines.get(store), policy, Clock.systemUTC(), this);
        }

        void say(Utterance u) {
            arrivals.put(u.messageId(), System.nanoTime());
            room.say(u);
        }

        @Override
        public void accept(RoomEvent event) {
            switch (event) {
                case RoomEvent.ReplyUpdate(ReplyEvent.Started s, var i, var g) -> {
                    s.inReplyTo().forEach(id -> arrived(id).ifPresent(ms -> metrics.turnLatency("live", ms)));
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
                case RoomEvent.Joined j -> {
                    arrived(j.messageId());
                    metrics.join();
                }
                case RoomEvent.Skipped s -> {
                    arrived(s.messageId());
                    metrics.skip(s.reason().wireName());
                    log.debug("event=skipped store={} room={} message={} reason={}", store, room.id(),
                            s.messageId(), s.reason().wireName());
                }
                default -> {
                }
            }
            String frame = WireJson.write(EngineToWire.frame(event));
            clients.forEach(c -> c.send(frame));
        }

        private Optional<Double> arrived(String messageId) {
            Long at = arrivals.remove(messageId);
            return at == null ? Optional.empty() : Optional.of((System.nanoTime() - at) / 1e6);
        }
    }

    private final Map<String, RoomEngine> engines;
    private final RoomPolicy policy;
    private final Metrics metrics;
    private final Map<String, LiveRoom> rooms = new HashMap<>();

    LiveRooms(Map<String, RoomEngine> engines, RoomPolicy policy, Metrics metrics) {
        this.engines = Map.copyOf(engines);
        this.policy = policy;
        this.metrics = metrics;
    }

    synchronized LiveRoom join(String store, String roomId, LiveClient client) {
        LiveRoom room = rooms.computeIfAbsent(store + "/" + roomId, k -> new LiveRoom(store, roomId));
        room.clients.add(client);
        return room;
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
