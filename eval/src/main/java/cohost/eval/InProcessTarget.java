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
import cohost.engine.time.VirtualTime;
import cohost.eval.Suite.SpeakerDef;
import cohost.knowledge.Knowledge;
import cohost.wire.EngineToWire;
import cohost.wire.ServerFrame;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs suites against the engine in this JVM: desk conversations through {@link Cohost#ask}, live rooms through a
 * {@link Room}. The engine and its rooms run on one {@link VirtualTime}, which the runner moves through the target's
 * {@link VirtualRunClock} once the engine is quiet, so pacing, rate limits, waits and windows are exact whatever the
 * machine's speed. Answers come from the engine's templates, spoken at the suite's pace; speech turns use their
 * {@code text} as the transcript. Events reach the runner through the server's own mapping ({@link EngineToWire}),
 * as the frames a server would send.
 */
public final class InProcessTarget implements Target {
    private final Cohost cohost;
    private final VirtualRunClock clock;
    private final String description;
    /** Runs the engine's turns that wait for an earlier one, counting them so the clock knows when all is quiet. */
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger turnsRunning = new AtomicInteger();
    private final Set<Room> rooms = ConcurrentHashMap.newKeySet();

    /**
     * @param pace  characters per second at which room replies are spoken, or 0 for whole replies
     * @param speed at most this many times real time ({@link Double#POSITIVE_INFINITY}: as fast as the machine goes)
     */
    public InProcessTarget(Knowledge knowledge, int pace, double speed, String description) {
        VirtualTime time = new VirtualTime();
        this.cohost = Cohost.builder(knowledge).pace(pace).time(time).executor(task -> {
            turnsRunning.incrementAndGet();
            try {
                threads.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        turnsRunning.decrementAndGet();
                    }
                });
            } catch (RuntimeException e) {
                turnsRunning.decrementAndGet();
                throw e;
            }
        }).build();
        this.clock = new VirtualRunClock(time, this::quiet, speed);
        this.description = description;
    }

    /** Nothing left to do until time moves: every room has decided on all it was sent, no turn is composing. */
    private boolean quiet() {
        if (turnsRunning.get() > 0) return false;
        for (Room r : rooms) {
            if (!r.idle()) return false;
        }
        return true;
    }

    @Override
    public RunClock clock() {
        return clock;
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
        Room room = new Room(roomId, RoomEngine.of(cohost), RoomPolicy.DEFAULTS, cohost.time(),
                e -> events.accept(EngineToWire.frame(e)));
        rooms.add(room);
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
                rooms.remove(room);
            }
        };
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        cohost.close();
        threads.shutdownNow();
    }
}
