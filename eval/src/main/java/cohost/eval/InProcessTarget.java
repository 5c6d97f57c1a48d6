package cohost.eval;

import cohost.engine.Cohost;
import cohost.engine.Reply;
import cohost.engine.ReplyEvent;
import cohost.engine.ReplyResult;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.engine.room.Room;
import cohost.engine.room.RoomEngine;
import cohost.engine.room.RoomEvent;
import cohost.engine.room.RoomPolicy;
import cohost.eval.Suite.SpeakerDef;
import cohost.knowledge.Knowledge;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs suites against the engine in this JVM: desk conversations through {@link Cohost#ask}, live rooms through a
 * {@link Room} whose clock is the run's {@link RunClock} (so replays may be time-compressed). Answers come from the
 * engine's templates, spoken at the suite's pace on that same clock; speech turns use their {@code text} as the
 * transcript.
 */
public final class InProcessTarget implements Target {
    private final Cohost cohost;
    private final RunClock clock;
    private final String description;

    /**
     * @param pace characters per second of run time at which room replies are spoken, or 0 for whole replies; the
     *             engine paces in real time, so a run at speed 20 speaks 20 times faster, as the room's clock runs
     */
    public InProcessTarget(Knowledge knowledge, RunClock clock, int pace, String description) {
        this.cohost = Cohost.builder(knowledge).pace(pace == 0 ? 0 : (int) Math.max(1, Math.round(pace * clock.speed())))
                .build();
        this.clock = clock;
        this.description = description;
    }

    static Speaker speaker(SpeakerDef s) {
        return new Speaker(s.role(), s.id(), s.displayName(), s.lang(), s.country());
    }

    @Override
    public Channel desk(String conversationId, Consumer<Event> events) {
        return new Channel() {
            private String showing;

            @Override
            public void say(String messageId, SpeakerDef speaker, String text, Path audio, Instant at) {
                if (text == null) {
                    events.accept(new Event.Failed(messageId, "in-process runs need 'text' for an audio turn"));
                    return;
                }
                Reply reply;
                try {
                    reply = cohost.ask(conversationId, new Utterance(messageId, speaker(speaker), text, audio != null, at),
                            showing);
                } catch (RuntimeException e) {
                    events.accept(new Event.Failed(messageId, "engine error: " + e));
                    return;
                }
                reply.subscribe(e -> {
                    switch (e) {
                        case ReplyEvent.Started s -> events.accept(
                                new Event.Started(s.replyId(), List.of(messageId), s.lang()));
                        case ReplyEvent.Delta d -> events.accept(new Event.Delta(d.replyId(), d.text()));
                        default -> { } // the end is taken from result(), which also says intent and handoff
                    }
                });
                reply.result().whenComplete((r, err) -> {
                    if (err != null) events.accept(new Event.Failed(messageId, "engine error: " + err));
                    else events.accept(end(r));
                });
            }

            @Override
            public void show(String sku) {
                showing = sku;
            }

            @Override
            public void close() {
            }
        };
    }

    private static Event end(ReplyResult r) {
        return r.cancelled() ? new Event.Cancelled(r.replyId(), r.cancelReason(), r.text())
                : new Event.Done(r.replyId(), r.text(), r.lang(), r.intent() == null ? null : r.intent().wireName(),
                r.sources(), r.handoff(), r.hostText());
    }

    @Override
    public Channel room(String roomId, Consumer<Event> events) {
        Room room = new Room(roomId, RoomEngine.of(cohost), RoomPolicy.DEFAULTS, clock, e -> {
            Event out = fromRoom(e);
            if (out != null) events.accept(out);
        });
        return new Channel() {
            @Override
            public void say(String messageId, SpeakerDef speaker, String text, Path audio, Instant at) {
                if (text == null) {
                    events.accept(new Event.Failed(messageId, "in-process runs need 'text' for an audio turn"));
                    return;
                }
                room.say(new Utterance(messageId, speaker(speaker), text, audio != null, at));
            }

            @Override
            public void show(String sku) {
                room.showing(sku);
            }

            @Override
            public void close() {
                room.close();
            }
        };
    }

    /** The room's events as the live-room WebSocket would carry them (DESIGN.md). */
    private static Event fromRoom(RoomEvent e) {
        return switch (e) {
            case RoomEvent.Message m -> null;
            case RoomEvent.Joined j -> new Event.Joined(j.messageId(), j.replyId());
            case RoomEvent.Skipped s -> new Event.Skipped(s.messageId(), s.reason().wireName());
            case RoomEvent.ReplyUpdate u -> switch (u.event()) {
                case ReplyEvent.Started s -> new Event.Started(s.replyId(), s.inReplyTo(), s.lang());
                case ReplyEvent.Delta d -> new Event.Delta(d.replyId(), d.text());
                case ReplyEvent.Done d -> new Event.Done(d.replyId(), d.text(), d.lang(),
                        u.intent() == null ? null : u.intent().wireName(), d.sources(), null, d.hostText());
                case ReplyEvent.Cancelled c -> new Event.Cancelled(c.replyId(), c.reason(), c.delivered());
            };
        };
    }

    @Override
    public boolean compressesTime() {
        return true;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        cohost.close();
    }
}
