package cohost.connectors.server;

import cohost.connectors.store.HandoffQueue;
import cohost.engine.Cohost;
import cohost.engine.room.RoomEngine;
import cohost.engine.transcript.TranscriptsUnavailable;
import cohost.wire.EngineToWire;
import cohost.wire.ErrorBody;
import cohost.wire.Health;
import cohost.wire.Transcript;
import cohost.wire.KbReload;
import cohost.wire.WireJson;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The HTTP and WebSocket server: desk API, live rooms, console page, health, metrics and the OpenAPI document.
 *
 * <pre>{@code
 * try (CohostServer server = CohostServer.start(ServerConfig.of("127.0.0.1", 0, Map.of("demo", cohost), Map.of()))) {
 *     URI desk = URI.create(server.url() + "/v1/conversations/c1/messages");
 * }
 * }</pre>
 */
public final class CohostServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CohostServer.class);
    private static final String OPENAPI = readResource("/openapi.json");
    /** The request line and headers together, in bytes (Jetty answers 414 or 431 beyond; README, "Limits"). */
    static final int MAX_HEADER_BYTES = 8 * 1024;
    /** A desk body without speech (with speech, a WAV upload may be 24 MiB). */
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** Rooms whose handoff queues a server without a transcript database keeps in memory, per store. */
    static final int MAX_ROOM_QUEUES = 1000;

    private final ServerConfig config;
    private final Access access;
    private final Metrics metrics = new Metrics();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("cohost-timer").factory());
    private final LiveRooms rooms;
    private final KbReloader reloader;
    private final Javalin app;

    private CohostServer(ServerConfig config, KbReloader reloader) {
        this.config = config;
        this.reloader = reloader;
        this.access = new Access(config.storeByKey(),
                config.demoMode() ? config.stores().keySet().iterator().next() : null,
                config.requestsPerSecond(), config.requestBurst(), config.security());
        Map<String, RoomEngine> engines = new HashMap<>();
        config.stores().forEach((id, cohost) -> engines.put(id, RoomEngine.of(cohost)));
        // A store's transcript database keeps its rooms' handoff queues too; without one, this process's memory does.
        Map<String, HandoffQueue> handoffQueues = new HashMap<>();
        config.stores().forEach((id, cohost) -> handoffQueues.put(id, cohost.transcripts() instanceof HandoffQueue q
                ? q : HandoffQueue.inMemory(MAX_ROOM_QUEUES, LiveRooms.MAX_HANDOFFS)));
        this.rooms = new LiveRooms(engines, store -> config.stores().get(store).knowledge(), config.roomPolicy(),
                metrics, handoffQueues::get);
        DeskApi desk = new DeskApi(config.stores(), config.speech(), metrics, config.maxTextLength());
        LiveSocket live = new LiveSocket(rooms, config.speech(), metrics, config.outboxFrames(), timer);
        metrics.gauge("cohost.live.rooms", "open live rooms", rooms::size);
        metrics.gauge("cohost.live.clients", "connected live sockets", rooms::clients);
        metrics.gauge("cohost.live.backlog", "room messages waiting for an outcome", rooms::backlog);
        metrics.gauge("cohost.live.outbox", "frames queued to live sockets, not yet sent", rooms::unsentFrames);
        config.stores().forEach((id, cohost) -> metrics.transcripts(id, cohost.transcripts()));
        reloader.onOutcome(o -> metrics.kbReload(o.storeId(), o.reloaded(), o.took()));
        for (String store : reloader.storeIds()) {
            metrics.gauge("cohost.kb.failing", "1 while the store's folder does not load (the last good KB answers)",
                    () -> reloader.failing(store) ? 1 : 0, "store", store);
        }

        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.concurrency.useVirtualThreads = true;
            // Jetty's own threads are platform threads: with Javalin's virtual threads, its selectors and every
            // socket read wait in the one virtual-thread queue, behind paced words and replies being composed (under
            // load, hundreds), so a host's barge-in frame waited seconds before it was read (BENCHMARKS, "Server").
            cfg.jetty.threadPool = jettyThreads();
            // WAV uploads (speech on) need room: 120 s of 48 kHz stereo is 23 MB; text bodies stay small.
            cfg.http.maxRequestSize = config.speech().available() ? 24L * 1024 * 1024 : MAX_BODY_BYTES;
            cfg.http.compressionStrategy = CompressionStrategy.NONE;
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
            });
            // What Jetty refuses before routing (bad request lines, 414, 431) in the same JSON error shape.
            cfg.jetty.modifyServer(server -> server.setErrorHandler(
                    new JsonErrorHandler(MAX_HEADER_BYTES, MAX_HEADER_BYTES)));
            cfg.jetty.modifyWebSocketServletFactory(f -> {
                f.setIdleTimeout(Duration.ofMinutes(5));
                // The room's own limits (LiveSocket) answer with an error frame; only beyond this does Jetty close.
                f.setMaxTextMessageSize(LiveSocket.MAX_MESSAGE_BYTES);
                f.setMaxBinaryMessageSize(LiveSocket.MAX_MESSAGE_BYTES);
            });
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/console";
                files.location = Location.CLASSPATH;
            });
            var routes = cfg.routes;
            // Javalin decodes path and query parameters with URLDecoder, which throws on a malformed escape
            // ("%u002e", "%zz"): refuse those before any parameter is read.
            routes.before(ctx -> Validate.percentEncoding(ctx.req().getRequestURI(), ctx.req().getQueryString()));
            // Pages on other origins may not use the API (a page open in the operator's browser could drive a
            // local demo server otherwise); the browser also gets no CORS headers, so it cannot read answers.
            routes.before("/v1/*", ctx -> checkOrigin(ctx));
            routes.get("/health", ctx -> json(ctx, WireJson.write(new Health("ok",
                    config.demoMode() ? "local-demo" : "keys", storesHealth(ctx)))));
            routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            routes.get("/openapi.json", ctx -> json(ctx, OPENAPI));
            routes.post("/v1/conversations/{conversationId}/messages", ctx -> desk.post(ctx, store(ctx)));
            routes.get("/v1/conversations/{conversationId}", ctx -> desk.transcript(ctx, store(ctx)));
            routes.post("/v1/stores/{storeId}/kb/reload", this::reloadKb);
            routes.get("/v1/rooms/{roomId}", ctx -> json(ctx, WireJson.write(roomTranscript(ctx))));
            // The same turns as JSON Lines, one turn a line, as a file to download (the console's export).
            routes.get("/v1/rooms/{roomId}/transcript.jsonl", ctx -> {
                Transcript transcript = roomTranscript(ctx);
                StringBuilder lines = new StringBuilder();
                transcript.turns().forEach(t -> lines.append(WireJson.write(t)).append('\n'));
                ctx.header("Content-Disposition", "attachment; filename=\"room-" + transcript.id() + ".jsonl\"");
                ctx.contentType("application/x-ndjson; charset=utf-8").result(lines.toString());
            });
            routes.wsBeforeUpgrade("/v1/rooms/{roomId}/live", ctx -> {
                Validate.percentEncoding(ctx.req().getRequestURI(), ctx.req().getQueryString());
                checkOrigin(ctx);
                Validate.id(ctx.pathParam("roomId"), "room id");
                ctx.attribute(LiveSocket.STORE_ATTRIBUTE,
                        access.storeFor(ctx.header("Authorization"), ctx.queryParam("key"), namedStore(ctx),
                                ctx.req().getRemoteAddr()));
            });
            routes.ws("/v1/rooms/{roomId}/live", live::configure);
            routes.exception(TranscriptsUnavailable.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
            routes.exception(ApiError.class, (e, ctx) -> {
                if (e.retryAfterSeconds() > 0) {
                    ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
                }
                error(ctx, e.status(), e.code(), e.getMessage());
            });
            // Javalin's own refusals (no such route, body over the size limit...) in the same JSON shape.
            routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), switch (e.getStatus()) {
                case 404 -> "no such endpoint: " + ctx.method() + " " + Validate.printable(ctx.path())
                        + " (see /openapi.json)";
                case 405 -> "method " + ctx.method() + " is not allowed on " + Validate.printable(ctx.path())
                        + " (see /openapi.json)";
                case 413 -> "request body over " + cfg.http.maxRequestSize + " bytes";
                default -> "the request was refused (HTTP " + e.getStatus() + ")";
            }));
            routes.exception(Exception.class, (e, ctx) -> {
                log.error("event=http.failed method={} path={}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "the server failed on this request; it is logged");
            });
        });
    }

    /** Starts serving; {@code config.port()} 0 picks a free port. */
    public static CohostServer start(ServerConfig config) {
        return start(config, KbReloader.none());
    }

    /**
     * Starts serving, with the stores' KB reloads: their status in {@code /health}, their metrics, and the admin
     * reload endpoint. The server does not own the reloader (its caller closes it).
     */
    public static CohostServer start(ServerConfig config, KbReloader reloader) {
        CohostServer server = new CohostServer(config, reloader);
        server.app.start(config.host(), config.port());
        return server;
    }

    /**
     * Each store's KB status for {@code /health}. With keys, a store's status (folder, problems) is its own: a request
     * with a key gets its store's, one without gets none (liveness only); in local demo mode, the one store's.
     */
    private java.util.List<Health.StoreHealth> storesHealth(Context ctx) {
        if (config.demoMode()) return reloader.health(config.stores());
        if (ctx.header("Authorization") == null && ctx.queryParam("key") == null) return java.util.List.of();
        String store = store(ctx);
        return java.util.List.of(reloader.health(store, config.stores().get(store)));
    }

    /**
     * {@code POST /v1/stores/{storeId}/kb/reload}: the store's key reloads its folder now (another store's key is
     * refused, 403). The answer says whether the new KB serves, or every problem while the last good one keeps on.
     */
    private void reloadKb(Context ctx) throws InterruptedException {
        String named = Validate.id(ctx.pathParam("storeId"), "store id");
        String store = access.storeFor(ctx.header("Authorization"), ctx.queryParam("key"), named,
                ctx.req().getRemoteAddr());
        Cohost engine = config.stores().get(store);
        var outcome = reloader.reloadNow(store).orElseThrow(() -> new ApiError(409, "not_reloadable", "store '"
                + store + "' is not served from a KB folder (the bundled demo); there is nothing to reload"));
        json(ctx, WireJson.write(new KbReload(outcome.reloaded(), reloader.health(store, engine))));
    }

    public int port() {
        return app.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:7070}. */
    /**
     * Jetty's threads: platform threads, pooled. Sockets are read and frames handled on them, so the OS schedules a
     * host's frame as soon as it arrives, whatever else the process is doing; a desk reply in flight holds one of
     * them while it waits (at most {@link #MAX_JETTY_THREADS} at once, Javalin's own default without virtual threads).
     */
    static org.eclipse.jetty.util.thread.QueuedThreadPool jettyThreads() {
        var pool = new org.eclipse.jetty.util.thread.QueuedThreadPool(MAX_JETTY_THREADS, 8, 60_000);
        pool.setName("jetty");
        return pool;
    }

    static final int MAX_JETTY_THREADS = 250;

    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + port();
    }

    public ServerConfig config() {
        return config;
    }

    /** The open live rooms (for tests in this package). */
    LiveRooms rooms() {
        return rooms;
    }

    @Override
    public void close() {
        rooms.close();
        app.stop();
        timer.shutdownNow();
    }

    /** A room's transcript as kept by the store's transcripts (a database when configured): also a closed room's. */
    private Transcript roomTranscript(Context ctx) {
        String store = store(ctx);
        String roomId = Validate.id(ctx.pathParam("roomId"), "room id");
        var turns = config.stores().get(store).roomTranscript(roomId);
        if (turns.isEmpty() && rooms.find(store, roomId).isEmpty()) {
            throw new ApiError(404, "no live room '" + roomId + "' open in this store, and no transcript kept");
        }
        return EngineToWire.transcript(roomId, turns);
    }

    private String store(Context ctx) {
        return access.storeFor(ctx.header("Authorization"), ctx.queryParam("key"), namedStore(ctx),
                ctx.req().getRemoteAddr());
    }

    /**
     * Refuses a request sent by a page on another origin: its {@code Origin} must be the server's own (same scheme
     * host and port as the request's Host) or one of {@code --allowed-origins}. Requests without an Origin (curl,
     * servers, the JDK's clients) are not from a browser page and pass.
     */
    private void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String normalized = origin.strip().toLowerCase(java.util.Locale.ROOT);
        if (config.security().allowedOrigins().contains(normalized)) {
            return;
        }
        String host = ctx.header("Host");
        try {
            java.net.URI uri = java.net.URI.create(normalized);
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            String self = host == null ? "" : host.strip().toLowerCase(java.util.Locale.ROOT);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && (self.equals(uri.getHost() + ":" + port) || self.equals(uri.getRawAuthority()))) {
                return;
            }
        } catch (IllegalArgumentException malformed) {
            // refused below
        }
        throw new ApiError(403, "forbidden", "pages from origin '" + Validate.printable(origin) + "' may not use this "
                + "server; start it with --allowed-origins " + Validate.printable(origin) + " to allow them");
    }

    private static String namedStore(Context ctx) {
        String header = ctx.header(Access.STORE_HEADER);
        return header != null ? header : ctx.queryParam("store");
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json").result(body);
    }

    private static void error(Context ctx, int status, String message) {
        error(ctx, status, ApiError.code(status), message);
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status);
        json(ctx, WireJson.write(new ErrorBody(code, message)));
    }

    private static String readResource(String path) {
        try (InputStream in = CohostServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
