package cohost.connectors.server;

import cohost.connectors.speech.Speech;
import cohost.engine.Role;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code GET /v1/rooms/{roomId}/live}: JSON frames in (chat, host, moderator, host.speaking, product.showing), room
 * events out. A frame the server cannot use gets an {@code error} frame; the socket and the room carry on.
 */
final class LiveSocket {
    private static final Logger log = LoggerFactory.getLogger(LiveSocket.class);
    private static final int MAX_FRAME_CHARS = 16 * 1024;
    static final String STORE_ATTRIBUTE = "cohost.store";

    private record Connection(LiveClient client, LiveRooms.LiveRoom room, LiveSpeech speech) {
    }

    private final LiveRooms rooms;
    private final Speech speech;
    private final Metrics metrics;
    private final int outboxFrames;
    private final ScheduledExecutorService timer;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final AtomicLong serverIds = new AtomicLong();

    LiveSocket(LiveRooms rooms, Speech speech, Metrics metrics, int outboxFrames, ScheduledExecutorService timer) {
        this.rooms = rooms;
        this.speech = speech;
        this.metrics = metrics;
        this.outboxFrames = outboxFrames;
        this.timer = timer;
    }

    void configure(WsConfig ws) {
        ws.onConnect(this::connected);
        ws.onMessage(ctx -> received(ctx, ctx.message()));
        ws.onBinaryMessage(ctx -> {
            Connection c = connections.get(ctx.sessionId());
            if (c != null) {
                byte[] pcm = new byte[ctx.data().remaining()];
                ctx.data().get(pcm);
                guarded(c, () -> c.speech().audio(pcm));
            }
        });
        ws.onClose(ctx -> closed(ctx.sessionId()));
        ws.onError(ctx -> closed(ctx.sessionId()));
    }

    private void connected(WsContext ctx) {
        String store = ctx.attribute(STORE_ATTRIBUTE);
        String roomId = ctx.pathParam("roomId");
        LiveClient client = new LiveClient(ctx.session, outboxFrames, timer, () -> {
            metrics.slowClientDropped();
            log.warn("event=live.too_slow store={} room={} session={}", store, roomId, ctx.sessionId());
        });
        LiveRooms.LiveRoom room = rooms.join(store, roomId, client);
        connections.put(ctx.sessionId(), new Connection(client, room, new LiveSpeech(speech, client, room)));
        log.info("event=live.connected store={} room={} session={}", store, roomId, ctx.sessionId());
    }

    private void closed(String sessionId) {
        Connection c = connections.remove(sessionId);
        if (c != null) {
            c.speech().close();
            rooms.leave(c.room(), c.client());
            log.info("event=live.closed store={} room={} session={}", c.room().store, c.room().room.id(), sessionId);
        }
    }

    private void received(WsContext ctx, String text) {
        Connection c = connections.get(ctx.sessionId());
        if (c != null) {
            guarded(c, () -> handle(c, text));
        }
    }

    /** Runs a frame's work; a refusal becomes an error frame and the socket carries on. */
    private void guarded(Connection c, Runnable work) {
        try {
            work.run();
        } catch (ApiError e) {
            c.client().send(Wire.errorFrame(e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            log.error("event=live.frame_failed store={} room={}", c.room().store, c.room().room.id(), e);
            c.client().send(Wire.errorFrame("internal_error", "the server could not handle this frame"));
        }
    }

    private void handle(Connection c, String text) {
        if (text.length() > MAX_FRAME_CHARS) {
            throw new ApiError(413, "frame too large: " + text.length() + " characters, at most " + MAX_FRAME_CHARS);
        }
        JsonNode frame;
        try {
            frame = Wire.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getOriginalMessage() + " at column "
                    + e.getLocation().getColumnNr());
        }
        if (frame == null || !frame.isObject()) {
            throw ApiError.badRequest("a frame must be one JSON object, e.g. {\"type\": \"chat\", ...}");
        }
        String type = Validate.requiredText(frame, "type", "");
        LiveRooms.LiveRoom room = c.room();
        switch (type) {
            case "chat" -> room.say(utterance(frame, Role.VIEWER, type));
            case "moderator" -> room.say(utterance(frame, Role.MODERATOR, type));
            case "host" -> room.say(new Utterance(messageId(frame, type), Speaker.host(),
                    Validate.requiredText(frame, "text", type + "."), false, Instant.now()));
            case "host.speaking" -> {
                JsonNode on = frame.get("on");
                if (on == null || !on.isBoolean()) {
                    throw ApiError.badRequest("host.speaking.on is required (true or false)");
                }
                room.room.hostSpeaking(on.booleanValue());
            }
            case "product.showing" -> room.room.showing(Validate.optionalText(frame, "sku", type + "."));
            case "speech.start" -> c.speech().start(frame, () -> speaker(frame, role(frame), type));
            case "speech.end" -> c.speech().end(frame);
            default -> throw ApiError.badRequest("unknown type '" + type + "'; expected chat, host, host.speaking, "
                    + "product.showing, moderator, speech.start or speech.end");
        }
    }

    private Utterance utterance(JsonNode frame, Role role, String type) {
        Speaker speaker = speaker(frame, role, type);
        String text = frame.get("text") != null && frame.get("text").isTextual() ? frame.get("text").asText() : null;
        if (text == null) {
            throw ApiError.badRequest(type + ".text is required (a string)");
        }
        return new Utterance(messageId(frame, type), speaker, text, false, Instant.now());
    }

    /** speech.start's role: viewer (the default), host or moderator. */
    private static Role role(JsonNode frame) {
        String role = Validate.optionalText(frame, "role", "speech.start.");
        return switch (role == null ? "viewer" : role) {
            case "viewer" -> Role.VIEWER;
            case "host" -> Role.HOST;
            case "moderator" -> Role.MODERATOR;
            default -> throw ApiError.badRequest("speech.start.role must be viewer, host or moderator, not '" + role + "'");
        };
    }

    private Speaker speaker(JsonNode frame, Role role, String type) {
        if (role == Role.HOST) {
            return Speaker.host();
        }
        JsonNode viewer = frame.get("viewer");
        if (viewer == null || !viewer.isObject()) {
            throw ApiError.badRequest(type + ".viewer is required: {\"id\": \"v1\", \"name\": ..., \"lang\": ..., \"country\": ...}");
        }
        String where = type + ".viewer.";
        return new Speaker(role, Validate.requiredText(viewer, "id", where),
                Validate.optionalText(viewer, "name", where),
                Validate.lang(Validate.optionalText(viewer, "lang", where), where),
                Validate.country(Validate.optionalText(viewer, "country", where), where));
    }

    private String messageId(JsonNode frame, String type) {
        String id = Validate.optionalText(frame, "id", type + ".");
        return id == null ? "s" + serverIds.incrementAndGet() : id;
    }
}
