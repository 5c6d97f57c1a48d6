package cohost.eval;

import cohost.engine.Role;
import cohost.eval.Suite.SpeakerDef;
import cohost.wire.ClientFrame;
import cohost.wire.DeskAnswer;
import cohost.wire.DeskMessage;
import cohost.wire.DeskReply;
import cohost.wire.ErrorBody;
import cohost.wire.Person;
import cohost.wire.ServerFrame;
import cohost.wire.Sse;
import cohost.wire.WireException;
import cohost.wire.WireJson;

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
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs suites against a Cohost server over its public API (README; records in the wire module), as any client would: desk conversations are
 * {@code POST /v1/conversations/{id}/messages} with {@code Accept: text/event-stream}, live rooms a WebSocket on
 * {@code /v1/rooms/{id}/live}. Times are real: a server cannot be time-compressed.
 */
public final class RemoteTarget implements Target {
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
    public Channel desk(String conversationId, Consumer<ServerFrame> events) {
        return new Channel() {
            private String showing;

            @Override
            public void say(String messageId, SpeakerDef speaker, String text, Path audio, Instant at) {
                if (text == null) {
                    events.accept(Target.failed(messageId, "the desk API takes text only; give the turn 'text'"));
                    return;
                }
                String body;
                try {
                    body = WireJson.write(new DeskMessage(messageId, text, speaker.lang(), person(speaker), showing));
                } catch (WireException e) {
                    events.accept(Target.failed(messageId, "cannot send: " + e.getMessage()));
                    return;
                }
                HttpRequest.Builder req = HttpRequest.newBuilder(base.resolve("v1/conversations/"
                                + enc(conversationId) + "/messages"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("Accept", "text/event-stream")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
                if (key != null) req.header("Authorization", "Bearer " + key);
                http.sendAsync(req.build(), HttpResponse.BodyHandlers.ofLines()).whenComplete((resp, err) -> {
                    if (err != null) {
                        events.accept(Target.failed(messageId, "cannot reach " + base + ": " + err.getMessage()));
                    } else {
                        deskResponse(messageId, resp, events);
                    }
                });
            }

            @Override
            public void show(String sku) {
                showing = sku; // the product the customer is looking at, sent with each message
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

    /**
     * A desk answer: server-sent events, or one JSON reply. Either way it answers the one message posted, whatever
     * ids the server put in {@code inReplyTo}.
     */
    private static void deskResponse(String messageId, HttpResponse<Stream<String>> resp, Consumer<ServerFrame> events) {
        Consumer<ServerFrame> answer = f -> events.accept(f instanceof ServerFrame.ReplyStarted s
                ? new ServerFrame.ReplyStarted(s.replyId(), List.of(messageId), s.lang(), s.intent(), s.gist(), s.ai())
                : f);
        String type = resp.headers().firstValue("Content-Type").orElse("");
        try (Stream<String> lines = resp.body()) {
            if (resp.statusCode() != 200) {
                String text = String.join("\n", lines.toList());
                events.accept(Target.failed(messageId, "HTTP " + resp.statusCode() + ": " + errorMessage(text)));
            } else if (type.startsWith("text/event-stream")) {
                Sse.Reader reader = new Sse.Reader(answer);
                lines.forEach(reader::line);
                reader.end();
            } else {
                DeskReply r = WireJson.read(String.join("\n", lines.toList()), DeskAnswer.class).reply();
                answer.accept(new ServerFrame.ReplyStarted(r.id(), List.of(messageId), r.lang(), null, null, r.ai()));
                answer.accept(Boolean.TRUE.equals(r.cancelled())
                        ? new ServerFrame.ReplyCancelled(r.id(), r.cancelReason(), r.text(), r.intent(), r.handoff(),
                        r.latencyMs())
                        : new ServerFrame.ReplyDone(r.id(), r.text(), r.lang(), r.sources(), r.hostText(), r.intent(),
                        r.handoff(), r.latencyMs()));
            }
        } catch (RuntimeException e) {
            events.accept(Target.failed(messageId, "unreadable answer: " + e.getMessage()));
        }
    }

    private static String errorMessage(String body) {
        try {
            ErrorBody.Problem e = WireJson.read(body, ErrorBody.class).error();
            if (e != null) return e.code() + ": " + e.message();
        } catch (WireException ignored) {
            // not JSON: show it as it came
        }
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static Person person(SpeakerDef s) {
        return new Person(s.id(), s.displayName(), s.lang(), s.country());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- live rooms

    @Override
    public Channel room(String roomId, Consumer<ServerFrame> events) {
        String ws = base.toString().replaceFirst("^http", "ws") + "v1/rooms/" + enc(roomId) + "/live"
                + (key == null ? "" : "?key=" + enc(key));
        java.util.Set<String> speechStreams = java.util.concurrent.ConcurrentHashMap.newKeySet();
        RoomSocket listener = new RoomSocket(speechMessages(speechStreams, events));
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
                        speechStreams.add(messageId);
                        speak(socket, messageId, speaker, audio);
                        return;
                    }
                    ClientFrame frame = switch (speaker.role()) {
                        case HOST -> new ClientFrame.Host(messageId, text);
                        case MODERATOR -> new ClientFrame.Moderator(messageId, person(speaker), text);
                        case VIEWER, CUSTOMER -> new ClientFrame.Chat(messageId, person(speaker), text);
                    };
                    send(socket, frame);
                } catch (Exception e) {
                    events.accept(Target.failed(messageId, "cannot send: " + e.getMessage()));
                }
            }

            @Override
            public synchronized void show(String sku) {
                socket.sendText(WireJson.write(new ClientFrame.ProductShowing(sku)), true).join();
            }

            @Override
            public synchronized void hostSpeaking(boolean on) {
                socket.sendText(WireJson.write(new ClientFrame.HostSpeaking(on)), true).join();
            }

            @Override
            public void close() {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS)
                        .exceptionally(e -> null).join();
            }
        };
    }

    /**
     * The server names the message each final transcript of speech stream {@code s} becomes {@code s.1}, {@code s.2}...;
     * a speech turn's outcome is its first utterance's, so {@code s.1} is reported under the turn's id.
     */
    static Consumer<ServerFrame> speechMessages(java.util.Set<String> streams, Consumer<ServerFrame> events) {
        java.util.function.UnaryOperator<String> id = m -> m != null && m.endsWith(".1")
                && streams.contains(m.substring(0, m.length() - 2)) ? m.substring(0, m.length() - 2) : m;
        return f -> events.accept(switch (f) {
            case ServerFrame.ReplyStarted s -> new ServerFrame.ReplyStarted(s.replyId(),
                    s.inReplyTo().stream().map(id).toList(), s.lang(), s.intent(), s.gist(), s.ai());
            case ServerFrame.Joined j -> new ServerFrame.Joined(id.apply(j.inReplyTo()), j.replyId(), j.gist());
            case ServerFrame.Skipped k -> new ServerFrame.Skipped(id.apply(k.inReplyTo()), k.reason(), k.gist());
            case ServerFrame.Error e -> new ServerFrame.Error(e.code(), e.message(), id.apply(e.inReplyTo()));
            case ServerFrame.Message m -> new ServerFrame.Message(id.apply(m.id()), m.role(), m.viewer(), m.text(),
                    m.lang(), m.intent(), m.gist());
            default -> f;
        });
    }

    /** Streams a 16-bit mono PCM WAV as speech frames, paced in real time; the stream id is the message id. */
    private static void speak(WebSocket socket, String messageId, SpeakerDef speaker, Path wav) throws Exception {
        Wav w = Wav.read(wav);
        boolean host = speaker.role() == Role.HOST;
        send(socket, new ClientFrame.SpeechStart(messageId, speaker.role().wireName(), host ? null : person(speaker),
                w.sampleRate(), null));
        int chunk = w.sampleRate() / 10 * 2; // 100 ms
        for (int off = 0; off < w.pcm().length; off += chunk) {
            int len = Math.min(chunk, w.pcm().length - off);
            socket.sendBinary(ByteBuffer.wrap(w.pcm(), off, len), true).get(10, TimeUnit.SECONDS);
            Thread.sleep(100);
        }
        send(socket, new ClientFrame.SpeechEnd(messageId));
    }

    private static void send(WebSocket socket, ClientFrame frame) throws Exception {
        socket.sendText(WireJson.write(frame), true).get(10, TimeUnit.SECONDS);
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

    /** Reassembles text frames and hands the room's frames on. */
    private static final class RoomSocket implements WebSocket.Listener {
        private final Consumer<ServerFrame> events;
        private final StringBuilder partial = new StringBuilder();

        RoomSocket(Consumer<ServerFrame> events) {
            this.events = events;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    WireJson.readServerFrame(text).ifPresent(events);
                } catch (WireException e) {
                    // a frame we cannot read is not the reply to any message; ignore it
                }
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public RunClock clock() {
        return RunClock.real(); // a server lives in real time
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
