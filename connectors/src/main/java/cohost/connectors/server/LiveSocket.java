package cohost.connectors.server;

import cohost.engine.Role;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.engine.speech.SpeechRecognizer;
import cohost.wire.ClientFrame;
import cohost.wire.Person;
import cohost.wire.ServerFrame;
import cohost.wire.WireException;
import cohost.wire.WireJson;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code GET /v1/rooms/{roomId}/live}: JSON frames in (chat, host, moderator, host.speaking, product.showing, event, speech,
 * and the console's reply.stop, message.answer, handoff.take), room events out. A frame the server cannot use gets an {@code error} frame; the socket and the room carry on.
 */
final class LiveSocket {
    private static final Logger log = LoggerFactory.getLogger(LiveSocket.class);
    /** Longest text frame the room reads, in characters; longer ones get an error frame and are dropped. */
    static final int MAX_FRAME_CHARS = 16 * 1024;
    /** Largest binary (audio) frame, in bytes: 2 s of 16 kHz 16-bit mono; larger ones get an error frame. */
    static final int MAX_AUDIO_FRAME_BYTES = 64 * 1024;
    /** Largest message Jetty assembles at all; beyond it the socket is closed with 1009 (the protocol's way). */
    static final int MAX_MESSAGE_BYTES = 1024 * 1024;
    static final String STORE_ATTRIBUTE = "cohost.store";

    private record Connection(LiveClient client, LiveRooms.LiveRoom room, LiveSpeech speech) {
    }

    private final LiveRooms rooms;
    private final SpeechRecognizer speech;
    private final Metrics metrics;
    private final int outboxFrames;
    private final ScheduledExecutorService timer;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final AtomicLong serverIds = new AtomicLong();

    LiveSocket(LiveRooms rooms, SpeechRecognizer speech, Metrics metrics, int outboxFrames, ScheduledExecutorService timer) {
        this.rooms = rooms;
        this.speech = speech;
        this.metrics = metrics;
        this.outboxFrames = outboxFrames;
        this.timer = timer;
        // A safety net under Jetty's close events: a connection that died in a way no event reported (seen in
        // connect/abort storms: a close racing the open) is removed within a second.
        timer.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    void configure(WsConfig ws) {
        ws.onConnect(this::connected);
        ws.onMessage(ctx -> received(ctx, ctx.message()));
        ws.onBinaryMessage(ctx -> {
            Connection c = connections.get(ctx.sessionId());
            if (c != null) {
                int size = ctx.data().remaining();
                guarded(c, () -> {
                    if (size > MAX_AUDIO_FRAME_BYTES) {
                        throw new ApiError(413, "audio_frame_too_large", "an audio frame of " + size
                                + " bytes; send at most " + MAX_AUDIO_FRAME_BYTES + " bytes per binary frame (split "
                                + "longer audio into several frames); this one was dropped");
                    }
                    byte[] pcm = new byte[size];
                    ctx.data().get(pcm);
                    c.speech().audio(pcm);
                });
            }
        });
        ws.onClose(ctx -> closedLater(ctx.sessionId()));
        ws.onError(ctx -> closedLater(ctx.sessionId()));
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
        if (!ctx.session.isOpen()) { // it died while joining: its close event may have come and gone
            closed(ctx.sessionId());
        }
    }

    private void sweep() {
        connections.forEach((id, c) -> {
            if (!c.client().isOpen()) {
                closed(id);
            }
        });
    }

    /**
     * Jetty reports a dead connection inside the {@code sendText} that found it, so on the stack of a room sending
     * under its own locks; leaving the room takes the rooms' lock, which a joining socket holds while it waits for
     * the room's: leave on the timer's thread instead, never on the sender's.
     */
    private void closedLater(String sessionId) {
        try {
            timer.execute(() -> closed(sessionId));
        } catch (RejectedExecutionException shuttingDown) {
            closed(sessionId);
        }
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
        } catch (WireException e) {
            c.client().send(WireJson.write(new ServerFrame.Error("bad_request", e.getMessage(), e.messageId())));
        } catch (ApiError e) {
            c.client().send(WireJson.write(new ServerFrame.Error(e.code(), e.getMessage())));
        } catch (RuntimeException e) {
            log.error("event=live.frame_failed store={} room={}", c.room().store, c.room().room.id(), e);
            c.client().send(WireJson.write(new ServerFrame.Error("internal_error",
                    "the server could not handle this frame")));
        }
    }

    private void handle(Connection c, String text) {
        if (text.length() > MAX_FRAME_CHARS) {
            throw new ApiError(413, "frame too large: " + text.length() + " characters, at most " + MAX_FRAME_CHARS);
        }
        LiveRooms.LiveRoom room = c.room();
        switch (WireJson.readClientFrame(text)) {
            case ClientFrame.Chat chat -> room.say(utterance(chat.id(), speaker(Role.VIEWER, chat.viewer()), chat.text()));
            case ClientFrame.Moderator m -> room.say(utterance(m.id(), speaker(Role.MODERATOR, m.viewer()), m.text()));
            case ClientFrame.Host host -> room.say(utterance(host.id(), Speaker.host(), host.text()));
            case ClientFrame.HostSpeaking speaking -> room.hostSpeaking(speaking.on());
            case ClientFrame.ProductShowing showing -> room.showing(showing.sku());
            case ClientFrame.ReplyStop stop -> room.room.stop(stop.replyId()).thenAccept(stopped -> {
                if (!stopped) {
                    c.client().send(WireJson.write(new ServerFrame.Error("not_found", "reply.stop.replyId '"
                            + stop.replyId() + "' is not streaming in this room (it ended, or there is no such reply)")));
                }
            });
            case ClientFrame.MessageAnswer pick -> room.room.answerNow(pick.id()).thenAccept(started -> {
                if (!started) {
                    c.client().send(WireJson.write(new ServerFrame.Error("not_found", "message.answer.id '" + pick.id()
                            + "' cannot be answered now: the room has no such message, or its answer is streaming",
                            pick.id())));
                }
            });
            case ClientFrame.HandoffTake take -> room.take(take.id(), take.by()).ifPresent(refused ->
                    c.client().send(WireJson.write(new ServerFrame.Error(refused.code(), refused.getMessage(),
                            take.id()))));
            case ClientFrame.SpeechStart start -> c.speech().start(start, switch (start.speakerRole()) {
                case "host" -> Speaker.host();
                case "moderator" -> speaker(Role.MODERATOR, start.viewer());
                default -> speaker(Role.VIEWER, start.viewer());
            });
            case ClientFrame.SpeechEnd end -> c.speech().end(end);
            case ClientFrame.Event event -> room.room.event(
                    event.id() == null ? "s" + serverIds.incrementAndGet() : event.id(), event.kind(),
                    new Speaker(Role.VIEWER, event.viewer(), event.name(), event.lang(), event.country()));
        }
    }

    private Utterance utterance(String id, Speaker speaker, String text) {
        return new Utterance(id == null ? "s" + serverIds.incrementAndGet() : id, speaker, text, false, Instant.now());
    }

    private static Speaker speaker(Role role, Person p) {
        return new Speaker(role, p.id(), p.name(), p.lang(), p.country());
    }
}
