package cohost.eval;

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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in for a Cohost server speaking the public desk API (DESIGN.md) over real HTTP on loopback: it checks
 * the Bearer key, answers JSON or server-sent events, and replies from a fixed table keyed by a word in the
 * message. What it was sent is kept for the test to inspect.
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
            Canned c = table.stream().filter(t -> text.toLowerCase().contains(t.word())).findFirst()
                    .orElse(new Canned("", "Sorry, I don't know. A person from the team will help you.", "en",
                            "out_of_scope", null, null, true));
            Map<String, Object> reply = new java.util.LinkedHashMap<>();
            reply.put("text", c.text());
            reply.put("lang", c.lang());
            reply.put("intent", c.intent());
            reply.put("sources", c.sourceId() == null ? List.of() : List.of(Map.of("kind", c.sourceKind(), "id", c.sourceId())));
            reply.put("handoff", c.handoff());
            reply.put("hostText", "[" + c.intent() + "]");
            reply.put("latencyMs", 1.5);
            String accept = ex.getRequestHeaders().getFirst("Accept");
            if (accept == null || !accept.contains("text/event-stream")) {
                send(ex, 200, "application/json", JSON.writeValueAsString(Map.of("reply", reply)));
                return;
            }
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            String id = "r" + received.size();
            event(out, "reply.started", Map.of("replyId", id, "lang", c.lang()));
            for (String word : c.text().split("(?<= )")) event(out, "reply.delta", Map.of("replyId", id, "text", word));
            reply.put("replyId", id);
            event(out, "reply.done", reply);
        }
    }

    private static void event(OutputStream out, String name, Object data) throws IOException {
        out.write(("event: " + name + "\ndata: " + JSON.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
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
