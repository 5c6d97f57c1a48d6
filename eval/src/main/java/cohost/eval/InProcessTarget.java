package cohost.eval;

import cohost.engine.Cohost;
import cohost.engine.Reply;
import cohost.engine.Role;
import cohost.engine.ReplyEvent;
import cohost.engine.Speaker;
import cohost.engine.Utterance;
import cohost.engine.room.Room;
import cohost.engine.room.RoomEngine;
import cohost.engine.room.RoomPolicy;
import cohost.eval.Suite.SpeakerDef;
import cohost.knowledge.Knowledge;
import cohost.wire.EngineToWire;
import cohost.wire.ServerFrame;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Runs suites against the engine in this JVM: desk conversations through {@link Cohost#ask}, live rooms through a
 * {@link Room} whose clock is the run's {@link RunClock} (so replays may be time-compressed). Answers come from the
 * engine's templates, spoken at the suite's pace on that same clock; speech turns use their {@code text} as the
 * transcript. Events reach the runner through the server's own mapping ({@link EngineToWire}), as the frames a
 * server would send.
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
    public Channel desk(String conversationId, Consumer<ServerFrame> events) {
        return new Channel() {
            private String showing;

            @Override
            public void say(String messageId, SpeakerDef speaker, String text, Path audio, Instant at) {
                if (text == null) {
                    events.accept(Target.failed(messageId, "in-process runs need 'text' for an audio turn"));
                    return;
                }
                Reply reply;
                try {
                    reply = cohost.ask(conversationId, new Utterance(messageId, speaker(speaker), text, audio != null, at),
                            showing);
                } catch (RuntimeException e) {
                    events.accept(Target.failed(messageId, "engine error: " + e));
                    return;
                }
                reply.subscribe(e -> {
                    // the end is taken from result(), which also says intent and handoff, as the desk's last event does
                    if (e instanceof ReplyEvent.Started || e instanceof ReplyEvent.Delta) {
                        events.accept(EngineToWire.frame(e));
                    }
                });
                reply.result().whenComplete((r, err) -> {
                    if (err != null) events.accept(Target.failed(messageId, "engine error: " + err));
                    else events.accept(EngineToWire.end(r));
                });
            }

            @Override
            public void show(String sku) {
                showing = sku;
            }

            @Override
            public void hostSpeaking(boolean on) {
                throw new IllegalStateException("a desk conversation has no host");
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public Channel room(String roomId, Consumer<ServerFrame> events) {
        Room room = new Room(roomId, RoomEngine.of(cohost), RoomPolicy.DEFAULTS, clock,
                e -> events.accept(EngineToWire.frame(e)));
        return new Channel() {
            @Override
            public void say(String messageId, SpeakerDef speaker, String text, Path audio, Instant at) {
                if (text == null) {
                    events.accept(Target.failed(messageId, "in-process runs need 'text' for an audio turn"));
                    return;
                }
                boolean hostSpeech = audio != null && speaker.role() == Role.HOST;
                // as a server does: host speech holds the room from its onset until the utterance ends
                if (hostSpeech) room.hostSpeaking(true);
                room.say(new Utterance(messageId, speaker(speaker), text, audio != null, at));
                if (hostSpeech) room.hostSpeaking(false);
            }

            @Override
            public void show(String sku) {
                room.showing(sku);
            }

            @Override
            public void hostSpeaking(boolean on) {
                room.hostSpeaking(on);
            }

            @Override
            public void close() {
                room.close();
            }
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
