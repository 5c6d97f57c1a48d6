package cohost.engine.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An OpenAI-compatible chat-completions server on loopback for tests: it streams a scripted answer as server-sent
 * events, a few characters per chunk with a pause between chunks, records every request body, and counts the
 * streams the client hung up on before the end. Point langchain4j's {@code OpenAiStreamingChatModel} at
 * {@link #baseUrl()}.
 *
 * <pre>{@code
 * try (var server = ScriptedChatServer.start(body -> "Standard shipping takes 7 to 12 business days.")) {
 *     var model = OpenAiStreamingChatModel.builder().baseUrl(server.baseUrl()).apiKey("test").modelName("test").build();
 *     ...
 * }
 * }</pre>
 */
public final class ScriptedChatServer implements AutoCloseable {

    private final HttpServer http;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Function<String, String> script;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger hangUps = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private volatile int chunkChars = 4;
    private volatile Duration pause = Duration.ofMillis(20);
    private volatile Predicate<String> endless = body -> false;
    private volatile boolean thenSilent;
    private volatile Duration stallFirst = Duration.ZERO;
    private volatile int dropAfter = -1;
    private volatile int malformedAfter = -1;

    private ScriptedChatServer(Function<String, String> script) throws IOException {
        this.script = script;
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/v1/chat/completions", this::handle);
        http.setExecutor(threads);
        http.start();
    }

    /** Starts a server that answers each request (its JSON body) with the text {@code script} returns. */
    public static ScriptedChatServer start(Function<String, String> script) {
        try {
            return new ScriptedChatServer(script);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a loopback port", e);
        }
    }

    /** Streams this many characters per chunk (default 4). */
    public ScriptedChatServer chunkChars(int n) {
        this.chunkChars = n;
        return this;
    }

    /** Waits this long between chunks (default 20 ms). */
    public ScriptedChatServer pause(Duration pause) {
        this.pause = pause;
        return this;
    }

    /** Repeats the scripted answer forever, until the client hangs up (a model that keeps sending). */
    public ScriptedChatServer endless(boolean endless) {
        return endlessFor(body -> endless);
    }

    /** Repeats the answer forever for the requests (JSON bodies) that match, e.g. all but one final question. */
    public ScriptedChatServer endlessFor(Predicate<String> requests) {
        this.endless = requests;
        return this;
    }

    /**
     * After the answer, sends no more text and never ends: only SSE comment lines (keep-alives, which carry no
     * token) every pause, until the client hangs up. A model that has gone quiet.
     */
    public ScriptedChatServer thenSilent(boolean silent) {
        this.thenSilent = silent;
        return this;
    }

    /** Sends nothing (not even headers' first chunk) for this long before the answer: a model slow to start. */
    public ScriptedChatServer stallBeforeFirst(Duration stall) {
        this.stallFirst = stall;
        return this;
    }

    /** Drops the connection without ending the stream once this many characters have been sent. */
    public ScriptedChatServer dropAfter(int chars) {
        this.dropAfter = chars;
        return this;
    }

    /** Sends a broken SSE event (truncated JSON) once this many characters have been sent, then goes on. */
    public ScriptedChatServer malformedAfter(int chars) {
        this.malformedAfter = chars;
        return this;
    }

    /** The base URL for an OpenAI client, e.g. "http://127.0.0.1:41234/v1". */
    public String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/v1";
    }

    /** Every request body received, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** How many streams the client closed before the server had sent everything. */
    public int hangUps() {
        return hangUps.get();
    }

    /** How many streams were sent to the end. */
    public int completed() {
        return completed.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        String answer = script.apply(body);
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        boolean forever = endless.test(body);
        boolean dropped = false;
        OutputStream out = exchange.getResponseBody(); // not closed on a drop: closing would end the body cleanly
        try {
            Thread.sleep(stallFirst);
            int sent = 0;
            do {
                for (int i = 0; i < answer.length(); i += chunkChars) {
                    String piece = answer.substring(i, Math.min(answer.length(), i + chunkChars));
                    if (dropAfter >= 0 && sent >= dropAfter) {
                        dropped = true;
                        throw new DroppedOnPurpose();
                    }
                    if (malformedAfter >= 0 && sent >= malformedAfter && sent - chunkChars < malformedAfter) {
                        send(out, "data: {\"id\":\"chatcmpl-test\",\"choices\":[{\"delta\":{\"content\":\"bro\n\n");
                    }
                    send(out, chunk("{\"content\":" + json(piece) + "}", null));
                    sent += piece.length();
                    Thread.sleep(pause);
                }
            } while (forever);
            while (thenSilent) {
                send(out, ": keep-alive\n\n");
                Thread.sleep(pause);
            }
            send(out, chunk("{}", "\"stop\""));
            send(out, "data: [DONE]\n\n");
            completed.incrementAndGet();
        } catch (IOException hungUp) {
            hangUps.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // A drop leaves the exchange unclosed: the server then closes the socket without ending the chunked body.
            if (!dropped) exchange.close();
        }
    }

    /** Thrown out of the handler so that the HTTP server closes the connection mid-body, as a crashed model would. */
    private static final class DroppedOnPurpose extends RuntimeException {
        DroppedOnPurpose() {
            super("connection dropped by the script", null, false, false);
        }
    }

    private static void send(OutputStream out, String event) throws IOException {
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String chunk(String delta, String finishReason) {
        return "data: {\"id\":\"chatcmpl-test\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"test\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finishReason + "}]}\n\n";
    }

    /** A JSON string literal. */
    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }
}
