package cohost.eval;

import cohost.engine.Source;
import cohost.wire.DeskAnswer;
import cohost.wire.DeskReply;
import cohost.wire.ServerFrame;
import cohost.wire.Sse;
import cohost.wire.WireJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in for a Cohost server speaking the public desk API (the wire records) over real HTTP on loopback: it
 * checks the Bearer key, answers JSON or server-sent events, and replies from a fixed table keyed by a word in the
 * message. What it was sent is kept for the test to inspect, as raw JSON.
 */
final class FakeDeskServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A canned reply: when the message contains {@code word}. */
    record Canned(String word, String text, String lang, String intent, String sourceKind, String sourceId,
                  boolean handoff) {
    }

    private final HttpServer server;
    private final String key;
    private final List<Canned> table;
    final List<JsonNode> received = new CopyOnWriteArrayList<>();
    final List<String> paths = new CopyOnWriteArrayList<>();

    FakeDeskServer(String key, List<Canned> table) throws IOException {
        this.key = key;
        this.table = table;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/conversations/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            paths.add(ex.getRequestURI().getPath());
            if (!("Bearer " + key).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                send(ex, 401, "application/json", "{\"error\":{\"code\":\"unauthorized\",\"message\":\"bad key\"}}");
                return;
            }
            if (!ex.getRequestMethod().equals("POST") || !ex.getRequestURI().getPath().endsWith("/messages")) {
                send(ex, 404, "application/json", "{\"error\":{\"code\":\"not_found\",\"message\":\"no such route\"}}");
                return;
            }
            JsonNode body = JSON.readTree(ex.getRequestBody());
            received.add(body);
            String text = body.path("text").asText();
            String messageId = body.path("id").asText("d" + received.size());
            Canned c = table.stream().filter(t -> text.toLowerCase().contains(t.word())).findFirst()
                    .orElse(new Canned("", "Sorry, I don't know. A person from the team will help you.", "en",
                            "out_of_scope", null, null, true));
            String id = "r" + received.size();
            List<Source> sources = c.sourceId() == null ? List.of() : List.of(new Source(c.sourceKind(), c.sourceId()));
            String accept = ex.getRequestHeaders().getFirst("Accept");
            if (accept == null || !accept.contains("text/event-stream")) {
                send(ex, 200, "application/json", WireJson.write(new DeskAnswer(new DeskReply(id, List.of(messageId),
                        c.text(), c.lang(), c.intent(), sources, c.handoff(), "[" + c.intent() + "]", 1.5, true, null,
                        null))));
                return;
            }
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            event(out, new ServerFrame.ReplyStarted(id, List.of(messageId), c.lang(), null, null, true));
            for (String word : c.text().split("(?<= )")) event(out, new ServerFrame.ReplyDelta(id, word));
            event(out, new ServerFrame.ReplyDone(id, c.text(), c.lang(), sources, "[" + c.intent() + "]", c.intent(),
                    c.handoff(), 1.5));
        }
    }

    private static void event(OutputStream out, ServerFrame frame) throws IOException {
        out.write(Sse.event(frame).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
