package cohost.connectors.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A live-room client on the JDK's WebSocket: sends frames, records every frame it receives, waits for some. */
final class LiveConnection implements WebSocket.Listener, AutoCloseable {
    private final List<JsonNode> frames = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket socket;

    /** Opens a socket to {@code path} (e.g. "/v1/rooms/r1/live"), with the key as a Bearer header when not null. */
    static LiveConnection open(CohostServer server, String path, String key) throws Exception {
        return open(server.url(), path, key);
    }

    /** As above, to a server at {@code baseUrl} (e.g. one in another process). */
    static LiveConnection open(String baseUrl, String path, String key) throws Exception {
        LiveConnection c = new LiveConnection();
        WebSocket.Builder builder = Http.CLIENT.newWebSocketBuilder();
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        c.socket = builder.buildAsync(URI.create(baseUrl.replace("http", "ws") + path), c).get(10, TimeUnit.SECONDS);
        return c;
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    void chat(String id, String viewerId, String lang, String text) {
        ObjectNode f = Http.JSON.createObjectNode().put("type", "chat").put("id", id).put("text", text);
        f.putObject("viewer").put("id", viewerId).put("name", viewerId).put("lang", lang);
        send(f.toString());
    }

    void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    /** The first frame, received so far or within 20 s, that matches. */
    JsonNode await(String what, Predicate<JsonNode> matches) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        synchronized (frames) {
            while (true) {
                Optional<JsonNode> found = frames.stream().filter(matches).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no frame: " + what + "; got " + frames);
                }
                frames.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
    }

    /** Waits until at least {@code n} frames received so far match. */
    void awaitCount(String what, Predicate<JsonNode> matches, long n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        synchronized (frames) {
            while (frames.stream().filter(matches).count() < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("fewer than " + n + " frames: " + what + "; got " + frames);
                }
                frames.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
    }

    JsonNode awaitType(String type) throws InterruptedException {
        return await(type, f -> f.path("type").asText().equals(type));
    }

    /** "reply r1", "joined r1" or "skipped spam": the outcome of a message, once it has one. */
    String outcome(String messageId) throws InterruptedException {
        JsonNode f = await("outcome of " + messageId, frame -> isOutcomeOf(frame, messageId));
        return switch (f.get("type").asText()) {
            case "reply.started" -> "reply " + f.get("replyId").asText();
            case "joined" -> "joined " + f.get("replyId").asText();
            default -> "skipped " + f.get("reason").asText();
        };
    }

    long outcomeCount(String messageId) {
        return frames().stream().filter(f -> isOutcomeOf(f, messageId)).count();
    }

    static boolean isOutcomeOf(JsonNode f, String messageId) {
        return switch (f.path("type").asText()) {
            case "reply.started" -> {
                for (JsonNode id : f.get("inReplyTo")) {
                    if (id.asText().equals(messageId)) {
                        yield true;
                    }
                }
                yield false;
            }
            case "joined", "skipped" -> f.get("inReplyTo").asText().equals(messageId);
            default -> false;
        };
    }

    List<JsonNode> frames() {
        synchronized (frames) {
            return List.copyOf(frames);
        }
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                JsonNode frame = Http.JSON.readTree(partial.toString());
                synchronized (frames) {
                    frames.add(frame);
                    frames.notifyAll();
                }
            } catch (IOException e) {
                throw new AssertionError("the server sent a frame that is not JSON: " + partial, e);
            } finally {
                partial.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        socket.abort();
    }
}
