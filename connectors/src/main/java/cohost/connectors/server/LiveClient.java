package cohost.connectors.server;

import cohost.wire.ServerFrame;
import cohost.wire.WireJson;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One socket's outbound side. Frames are handed to Jetty asynchronously; at most {@code limit} may be unsent. A client
 * that falls that far behind is told ({@code too_slow}) and disconnected, so it never holds up the room or grows the
 * server's memory.
 */
final class LiveClient {
    private final Session session;
    private final int limit;
    private final ScheduledExecutorService timer;
    private final Runnable onDropped;
    private final AtomicInteger unsent = new AtomicInteger();
    private final AtomicBoolean dropped = new AtomicBoolean();

    LiveClient(Session session, int limit, ScheduledExecutorService timer, Runnable onDropped) {
        this.session = session;
        this.limit = limit;
        this.timer = timer;
        this.onDropped = onDropped;
    }

    void send(String frame) {
        if (dropped.get()) {
            return;
        }
        if (unsent.incrementAndGet() > limit) {
            unsent.decrementAndGet();
            drop();
            return;
        }
        try {
            session.sendText(frame, Callback.from(unsent::decrementAndGet, failure -> unsent.decrementAndGet()));
        } catch (RuntimeException closed) {
            unsent.decrementAndGet();
        }
    }

    int unsent() {
        return unsent.get();
    }

    /** Whether the connection is still there; false once closed, reset or cut (even before Jetty reports it). */
    boolean isOpen() {
        return session.isOpen();
    }

    private void drop() {
        if (!dropped.compareAndSet(false, true)) {
            return;
        }
        onDropped.run();
        session.sendText(WireJson.write(new ServerFrame.Error("too_slow", "you are not reading fast enough; disconnecting")),
                Callback.NOOP);
        session.close(1013, "too_slow", Callback.NOOP);
        // A stalled peer never completes the close handshake (nor reads the close frame): cut the connection after
        // a moment, whatever isOpen() says (it turns false as soon as the close frame is queued).
        timer.schedule(session::disconnect, 1, TimeUnit.SECONDS);
    }
}
