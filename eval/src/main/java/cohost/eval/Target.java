package cohost.eval;

import cohost.eval.Suite.SpeakerDef;
import cohost.wire.ServerFrame;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where a suite runs: the engine in-process ({@link InProcessTarget}) or a server over its public API
 * ({@link RemoteTarget}). Either way the runner sends messages and receives the frames of the public wire format
 * ({@link ServerFrame}), exactly as a client of the server would.
 */
public interface Target extends AutoCloseable {

    /** A message the target could not handle (an HTTP error, a dropped connection), as an error frame naming it. */
    static ServerFrame.Error failed(String messageId, String message) {
        return new ServerFrame.Error("failed", message, messageId);
    }

    /** A desk conversation (customers only). */
    Channel desk(String conversationId, Consumer<ServerFrame> events);

    /** A live room. */
    Channel room(String roomId, Consumer<ServerFrame> events);

    /** The run's time: real for a server, the engine's virtual time in-process. */
    RunClock clock();

    /** Short description for reports, e.g. "in-process (demo store)" or "http://localhost:7070". */
    String describe();

    @Override
    void close();

    /** One conversation or room, open for messages. */
    interface Channel extends AutoCloseable {
        /**
         * Sends one message. {@code text} stands in for {@code audio} where the target cannot take speech;
         * {@code at} is the message's time on the run's clock.
         */
        void say(String messageId, SpeakerDef speaker, String text, Path audio, Instant at);

        /** The product on screen from now on. */
        void show(String sku);

        /** The host starts or stops talking (live rooms; a desk has no host). */
        void hostSpeaking(boolean on);

        @Override
        void close();
    }
}
