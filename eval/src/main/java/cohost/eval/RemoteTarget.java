package cohost.eval;

import cohost.engine.Role;
import cohost.engine.Source;
import cohost.eval.Suite.SpeakerDef;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs suites against a Cohost server over its public API (DESIGN.md), as any client would: desk conversations are
 * {@code POST /v1/conversations/{id}/messages} with {@code Accept: text/event-stream}, live rooms a WebSocket on
 * {@code /v1/rooms/{id}/live}. Times are real: a server cannot be time-compressed.
 */
public final class RemoteTarget implements Target {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI base;
    private final String key;
    private final HttpClient http;

    /** @param key the store key sent as a Bearer token, or null */
    public RemoteTarget(URI base, String key) {
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
        this.key = key;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public Channel desk(String conversationId, Consumer<Event> events) {
        return new Channel() {
            @Override
            public void say(String messageId, SpeakerDef speaker, String text, Path audio, Instant at) {
                if (text == null) {
                    events.accept(new Event.Failed(messageId, "the desk API takes text only; give the turn 'text'"));
                    return;
                }
                ObjectNode body = JSON.createObjectNode().put("text", text);
                if (speaker.lang() != null) body.put("lang", speaker.lang());
                body.set("customer", person(speaker));
                HttpRequest.Builder req = HttpRequest.newBuilder(base.resolve("v1/conversations/"
                                + enc(conversationId) + "/messages"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("Accept", "text/event-stream")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
                if (key != null) req.header("Authorization", "Bearer " + key);
                http.sendAsync(req.build(), HttpResponse.BodyHandlers.ofLines()).whenComplete((resp, err) -> {
                    if (err != null) {
                        events.accept(new Event.Failed(messageId, "cannot reach " + base + ": " + err.getMessage()));
                    } else {
                        deskResponse(messageId, resp, events);
                    }
                });
            }

            @Override
            public void show(String sku) {
                // The desk API has no "product on screen"; only live rooms do.
            }

            @Override
            public void close() {
            }
        };
    }

    private static void deskResponse(String messageId, HttpResponse<Stream<String>> resp, Consumer<Event> events) {
        String type = resp.headers().firstValue("Content-Type").orElse("");
        try (Stream<String> lines = resp.body()) {
            if (resp.statusCode() != 200) {
                String text = String.join("\n", lines.toList());
                events.accept(new Event.Failed(messageId, "HTTP " + resp.statusCode() + ": " + errorMessage(text)));
            } else if (type.startsWith("text/event-stream")) {
                readSse(messageId, lines, events);
            } else {
                // A plain JSON answer: the whole reply at once.
                JsonNode reply = JSON.readTree(String.join("\n", lines.toList())).path("reply");
                String replyId = reply.path("replyId").asText("desk-" + messageId);
                events.accept(new Event.Started(replyId, List.of(messageId), reply.path("lang").asText(null)));
                events.accept(done(replyId, reply));
            }
        } catch (IOException | RuntimeException e) {
            events.accept(new Event.Failed(messageId, "unreadable answer: " + e.getMessage()));
        }
    }

    /** Server-sent events: "event: NAME" and "data: JSON" lines, a blank line ends each event. */
    private static void readSse(String messageId, Stream<String> lines, Consumer<Event> events) {
        String[] name = {null};
        StringBuilder data = new StringBuilder();
        String[] replyId = {"desk-" + messageId};
        lines.forEach(line -> {
            if (line.isEmpty()) {
                if (name[0] != null || !data.isEmpty()) deskEvent(messageId, name[0], data.toString(), replyId, events);
                name[0] = null;
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                name[0] = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                if (!data.isEmpty()) data.append('\n');
                data.append(line.substring(5).stripLeading());
            }
        });
        if (name[0] != null || !data.isEmpty()) deskEvent(messageId, name[0], data.toString(), replyId, events);
    }

    private static void deskEvent(String messageId, String name, String data, String[] replyId,
                                  Consumer<Event> events) {
        JsonNode d;
        try {
            d = data.isBlank() ? JSON.createObjectNode() : JSON.readTree(data);
        } catch (IOException e) {
            events.accept(new Event.Failed(messageId, "bad event data: " + data));
            return;
        }
        if (d.has("reply") && d.get("reply").isObject()) d = d.get("reply");
        if (d.hasNonNull("replyId")) replyId[0] = d.get("replyId").asText();
        String type = name != null ? name : d.path("type").asText("");
        switch (type) {
            case "reply.started" -> events.accept(new Event.Started(replyId[0], List.of(messageId), d.path("lang").asText(null)));
            case "reply.delta" -> events.accept(new Event.Delta(replyId[0], d.path("text").asText("")));
            case "reply.done" -> events.accept(done(replyId[0], d));
            case "reply.cancelled" -> events.accept(new Event.Cancelled(replyId[0], d.path("reason").asText(null),
                    d.path("delivered").asText("")));
            case "error" -> events.accept(new Event.Failed(messageId, errorMessage(data)));
            default -> { } // unknown events are for newer clients
        }
    }

    private static Event.Done done(String replyId, JsonNode d) {
        List<Source> sources = new ArrayList<>();
        for (JsonNode s : d.path("sources")) sources.add(new Source(s.path("kind").asText(), s.path("id").asText()));
        return new Event.Done(replyId, d.path("text").asText(""), d.path("lang").asText(null),
                d.hasNonNull("intent") ? d.get("intent").asText() : null, sources,
                d.hasNonNull("handoff") ? d.get("handoff").asBoolean() : null, d.path("hostText").asText(null));
    }

    private static String errorMessage(String body) {
        try {
            JsonNode e = JSON.readTree(body).path("error");
            if (e.isObject()) return e.path("code").asText() + ": " + e.path("message").asText();
        } catch (IOException | RuntimeException ignored) {
            // not JSON: show it as it came
        }
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static ObjectNode person(SpeakerDef s) {
        ObjectNode p = JSON.createObjectNode().put("id", s.id());
        if (s.displayName() != null) p.put("name", s.displayName());
        if (s.lang() != null) p.put("lang", s.lang());
        if (s.country() != null) p.put("country", s.country());
        return p;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- live rooms

    @Override
    public Channel room(String roomId, Consumer<Event> events) {
        String ws = base.toString().replaceFirst("^http", "ws") + "v1/rooms/" + enc(roomId) + "/live"
                + (key == null ? "" : "?key=" + enc(key));
        RoomSocket listener = new RoomSocket(events);
        WebSocket.Builder b = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (key != null) b.header("Authorization", "Bearer " + key);
        WebSocket socket;
        try {
            socket = b.buildAsync(URI.create(ws), listener).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open " + ws + ": " + e.getMessage(), e);
        }
        return new Channel() {
            @Override
            public synchronized void say(String messageId, SpeakerDef speaker, String text, Path audio, Instant at) {
                try {
                    if (audio != null) {
                        speak(socket, messageId, speaker, audio);
                        return;
                    }
                    ObjectNode frame = JSON.createObjectNode();
                    if (speaker.role() == Role.HOST || speaker.role() == Role.MODERATOR) {
                        frame.put("type", "host").put("id", messageId).put("text", text);
                        if (speaker.role() == Role.MODERATOR) frame.put("role", "moderator");
                    } else {
                        frame.put("type", "chat").put("id", messageId).put("text", text);
                        frame.set("viewer", person(speaker));
                    }
                    socket.sendText(frame.toString(), true).get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    events.accept(new Event.Failed(messageId, "cannot send: " + e.getMessage()));
                }
            }

            @Override
            public synchronized void show(String sku) {
                socket.sendText(JSON.createObjectNode().put("type", "product.showing").put("sku", sku).toString(), true)
                        .join();
            }

            @Override
            public void close() {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS)
                        .exceptionally(e -> null).join();
            }
        };
    }

    /** Streams a 16-bit mono PCM WAV as speech frames, paced in real time; the stream id is the message id. */
    private static void speak(WebSocket socket, String messageId, SpeakerDef speaker, Path wav) throws Exception {
        Wav w = Wav.read(wav);
        ObjectNode start = JSON.createObjectNode().put("type", "speech.start").put("stream", messageId)
                .put("role", speaker.role().wireName()).put("sampleRate", w.sampleRate());
        if (speaker.role() == Role.VIEWER) start.set("viewer", person(speaker));
        socket.sendText(start.toString(), true).get(10, TimeUnit.SECONDS);
        int chunk = w.sampleRate() / 10 * 2; // 100 ms
        for (int off = 0; off < w.pcm().length; off += chunk) {
            int len = Math.min(chunk, w.pcm().length - off);
            socket.sendBinary(ByteBuffer.wrap(w.pcm(), off, len), true).get(10, TimeUnit.SECONDS);
            Thread.sleep(100);
        }
        socket.sendText(JSON.createObjectNode().put("type", "speech.end").put("stream", messageId).toString(), true)
                .get(10, TimeUnit.SECONDS);
    }

    /** A 16-bit little-endian mono PCM WAV file's samples. */
    record Wav(int sampleRate, byte[] pcm) {
        static Wav read(Path file) throws IOException {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            if (b.remaining() < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
                throw new IOException(file + " is not a WAV file");
            }
            int pos = 12, rate = 0;
            while (pos + 8 <= b.limit()) {
                int id = b.getInt(pos), size = b.getInt(pos + 4);
                if (id == 0x20746d66) { // "fmt "
                    int channels = b.getShort(pos + 10), bits = b.getShort(pos + 22);
                    rate = b.getInt(pos + 12);
                    if (b.getShort(pos + 8) != 1 || channels != 1 || bits != 16) {
                        throw new IOException(file + " must be 16-bit mono PCM");
                    }
                } else if (id == 0x61746164) { // "data"
                    byte[] pcm = new byte[Math.min(size, b.limit() - pos - 8)];
                    b.get(pos + 8, pcm);
                    return new Wav(rate, pcm);
                }
                pos += 8 + size + (size & 1);
            }
            throw new IOException(file + " has no data chunk");
        }
    }

    /** Reassembles text frames and turns the room's out-messages into events. */
    private static final class RoomSocket implements WebSocket.Listener {
        private final Consumer<Event> events;
        private final StringBuilder partial = new StringBuilder();

        RoomSocket(Consumer<Event> events) {
            this.events = events;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    frame(JSON.readTree(text));
                } catch (IOException | RuntimeException e) {
                    // a frame we cannot read is not the reply to any message; ignore it
                }
            }
            ws.request(1);
            return null;
        }

        private void frame(JsonNode f) {
            String replyId = f.path("replyId").asText(null);
            switch (f.path("type").asText("")) {
                case "reply.started" -> {
                    List<String> ids = new ArrayList<>();
                    f.path("inReplyTo").forEach(i -> ids.add(i.asText()));
                    events.accept(new Event.Started(replyId, ids, f.path("lang").asText(null)));
                }
                case "reply.delta" -> events.accept(new Event.Delta(replyId, f.path("text").asText("")));
                case "reply.done" -> events.accept(done(replyId, f));
                case "reply.cancelled" -> events.accept(new Event.Cancelled(replyId, f.path("reason").asText(null),
                        f.path("delivered").asText("")));
                case "joined" -> events.accept(new Event.Joined(f.path("inReplyTo").asText(), replyId));
                case "skipped" -> events.accept(new Event.Skipped(f.path("inReplyTo").asText(),
                        f.path("reason").asText(null)));
                case "error" -> {
                    if (f.hasNonNull("inReplyTo")) {
                        events.accept(new Event.Failed(f.get("inReplyTo").asText(),
                                f.path("code").asText() + ": " + f.path("message").asText()));
                    }
                }
                default -> { } // transcripts and newer frame types
            }
        }
    }

    @Override
    public boolean compressesTime() {
        return false;
    }

    @Override
    public String describe() {
        return base.toString();
    }

    @Override
    public void close() {
        http.close();
    }
}
