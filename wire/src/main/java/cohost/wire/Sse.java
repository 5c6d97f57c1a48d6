package cohost.wire;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Server-sent events as the desk uses them: each reply frame is one event, {@code event: <type>} then
 * {@code data: <the frame's JSON>} and a blank line.
 */
public final class Sse {
    private Sse() {
    }

    /** One event, ready to write. */
    public static String event(ServerFrame frame) {
        return "event: " + WireJson.typeOf(frame) + "\ndata: " + WireJson.write(frame) + "\n\n";
    }

    /**
     * Reads an event stream line by line and hands each event's frame on (frames of unknown types are skipped). Lines
     * other than {@code data:} (event names, comments, ids) carry nothing the frame does not.
     */
    public static final class Reader {
        private final Consumer<ServerFrame> frames;
        private final StringBuilder data = new StringBuilder();

        public Reader(Consumer<ServerFrame> frames) {
            this.frames = frames;
        }

        /** The next line, without its line break. */
        public void line(String line) {
            if (line.isEmpty()) {
                end();
            } else if (line.startsWith("data:")) {
                if (!data.isEmpty()) {
                    data.append('\n');
                }
                data.append(line.substring(5).stripLeading());
            }
        }

        /** The stream ended: an event without its blank line still counts. */
        public void end() {
            if (!data.isEmpty()) {
                Optional<ServerFrame> frame = WireJson.readServerFrame(data.toString());
                data.setLength(0);
                frame.ifPresent(frames);
            }
        }
    }
}
