package cohost.connectors.cli;

import cohost.connectors.llm.LlmSettings;
import cohost.connectors.server.CohostServer;
import cohost.connectors.server.KbReloader;
import cohost.connectors.speech.Speech;
import cohost.connectors.server.ServerConfig;
import cohost.connectors.server.Warmup;
import cohost.engine.Cohost;
import cohost.knowledge.KbException;
import cohost.knowledge.Knowledge;
import cohost.knowledge.LiveKnowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/** {@code cohost serve}: the desk API, live rooms and console over HTTP until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the desk API, live-room sockets and the operator console. With no options: the bundled "
                + "demo store, template answers, local demo mode (no key, 127.0.0.1 only).")
final class ServeCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--kb", paramLabel = "DIR", description = "KB folder to serve; repeat for several stores (each needs a key)")
    List<Path> kbs;

    @Option(names = "--port", defaultValue = "7070", description = "port (default ${DEFAULT-VALUE}; 0 picks one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--keys", paramLabel = "STORE:KEY[:RATE/s],...", description = "API keys per store, each "
            + "optionally with its own request rate (default 50/s); default COHOST_KEYS")
    String keys;

    @Option(names = "--allowed-origins", paramLabel = "ORIGIN,...", description = "web origins (e.g. "
            + "https://studio.example.com) whose pages may use the API and live sockets besides the server's own; "
            + "default COHOST_ALLOWED_ORIGINS, else none")
    String allowedOrigins;

    @Mixin
    LlmOptions llmOptions = new LlmOptions();

    @Option(names = "--vosk-model", paramLabel = "[LANG=]DIR", description = "Vosk speech model folder, for all "
            + "languages or one (e.g. zh=models/cn); repeatable; default COHOST_VOSK_MODEL. Without one, no speech")
    List<String> voskModels = new java.util.ArrayList<>();

    /** Live-room replies at a brisk speaking pace, so the host can cut in (README, config). */
    static final int DEFAULT_PACE = 20;

    @Option(names = "--pace", paramLabel = "CHARS_PER_S", description = "speak live-room replies a word at a time at "
            + "this many characters per second, so the host or the asker can cut in; 0 sends them whole; default "
            + "COHOST_PACE, else " + DEFAULT_PACE + ". Desk replies are never paced")
    Integer pace;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "3", description = "before serving, run each "
            + "store's own questions through a spare engine for this long, so that a server restarted under load is "
            + "not JIT-cold (default ${DEFAULT-VALUE}; 0 skips it)")
    int warmupSeconds;

    @Option(names = "--data", paramLabel = "DIR", description = "folder for what serving keeps (transcripts.db, "
            + "SQLite), created when missing; default COHOST_DATA, else $XDG_DATA_HOME/cohost or ~/.local/share/cohost")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "keep transcripts in this PostgreSQL instead of the "
            + "data folder: jdbc:postgresql://HOST[:PORT]/DATABASE?user=USER&password=SECRET (several servers may "
            + "share it); 'memory' keeps them in memory only; default COHOST_DB")
    String db;

    @Option(names = "--retention-days", paramLabel = "DAYS", defaultValue = "30", description = "delete transcript "
            + "turns older than this (default ${DEFAULT-VALUE}; 0 keeps them)")
    int retentionDays;

    @Option(names = "--retention-rows", paramLabel = "N", defaultValue = "2000000", description = "keep at most this "
            + "many transcript turns, the oldest deleted first (default ${DEFAULT-VALUE}; 0: no cap)")
    long retentionRows;

    @Option(names = "--no-watch", description = "do not watch the KB folders for changes (reload them with SIGHUP or "
            + "POST /v1/stores/{storeId}/kb/reload instead)")
    boolean noWatch;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> env = System.getenv();
        Map<String, Knowledge> knowledge;
        Map<String, LiveKnowledge> folders;
        Optional<LlmSettings> llm;
        Map<String, String> storeByKey;
        ServerConfig.Security security;
        Speech speech;
        int roomPace;
        Transcripts transcripts;
        try {
            roomPace = pace(pace, env.get("COHOST_PACE"));
            if (warmupSeconds < 0) throw new IllegalArgumentException("--warmup must be 0 or more seconds");
            folders = Stores.folders(kbs);
            knowledge = new LinkedHashMap<>();
            if (folders.isEmpty()) knowledge.putAll(Stores.load(kbs));
            folders.forEach((id, live) -> knowledge.put(id, live.current()));
            llm = llmOptions.resolve(env);
            String keySpec = keys != null ? keys : env.get("COHOST_KEYS");
            storeByKey = Stores.keys(keySpec);
            String origins = allowedOrigins != null ? allowedOrigins : env.getOrDefault("COHOST_ALLOWED_ORIGINS", "");
            security = new ServerConfig.Security(origins(origins), Stores.keyRates(keySpec),
                    ServerConfig.Security.DEFAULTS.failedAuthPerMinute());
            if (storeByKey.isEmpty() && !loopback(host)) {
                throw new IllegalArgumentException("without API keys the server runs in local demo mode and binds to "
                        + "loopback only; set COHOST_KEYS (or --keys) to serve on " + host);
            }
            var models = Speech.modelOptions(voskModels, env.get("COHOST_VOSK_MODEL"));
            speech = models.isEmpty() ? Speech.none() : Speech.load(models); // loaded and checked before serving
            transcripts = Transcripts.open(db, data, env, retentionDays, retentionRows);
        } catch (KbException | IllegalArgumentException | IllegalStateException e) {
            err.println("cohost serve: " + e.getMessage());
            return 2;
        }
        for (Knowledge kb : knowledge.values()) {
            long t0 = System.nanoTime();
            long messages = Warmup.run(kb, Duration.ofSeconds(warmupSeconds));
            if (messages > 0) {
                out.printf("Warmed up %s: %,d messages in %.1f s (--warmup)%n", kb.store().id(), messages,
                        (System.nanoTime() - t0) / 1e9);
                out.flush();
            }
        }
        Map<String, Cohost> engines = new LinkedHashMap<>();
        knowledge.forEach((id, kb) -> engines.put(id, Stores.engine(kb, llm, roomPace, transcripts.forStore(id))));
        KbReloader reloader = KbReloader.of(folders, engines, KbReloader.DEFAULT_DEBOUNCE);
        CohostServer server;
        try {
            server = CohostServer.start(ServerConfig.of(host, port, engines, storeByKey).withSpeech(speech)
                    .withSecurity(security), reloader);
        } catch (IllegalArgumentException e) {
            transcripts.close();
            err.println("cohost serve: " + e.getMessage());
            reloader.close();
            return 2;
        }
        if (!noWatch) reloader.watch();
        reloadOnHangUp(out, reloader);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            reloader.close();
            server.close();
            engines.values().forEach(Cohost::close);
            transcripts.close(); // writes what is still queued
            stopped.countDown();
        }));
        out.println("Cohost is serving at " + server.url());
        out.println("  console:  " + server.url() + "/   (API: " + server.url() + "/openapi.json)");
        out.println("  KB:       " + knowledge.values().stream()
                .map(k -> k.store().id() + " (" + k.store().name() + ")" + (kbs == null || kbs.isEmpty() ? ", bundled demo" : ""))
                .collect(Collectors.joining("; ")));
        out.println("  reload:   " + (folders.isEmpty() ? "none (the bundled demo store)"
                : (noWatch ? "" : "watching the KB folders; ") + "SIGHUP or POST /v1/stores/{storeId}/kb/reload"));
        out.println("  composer: " + llm.map(LlmSettings::toString).orElse("templates (no LLM configured)"));
        out.println("  rooms:    " + (roomPace == 0 ? "replies sent whole (--pace 0)"
                : "replies spoken at " + roomPace + " chars/s (--pace)"));
        out.println("  origins:  " + (security.allowedOrigins().isEmpty() ? "this server's own pages only"
                : "this server's own pages and " + String.join(", ", security.allowedOrigins())) + " (--allowed-origins)");
        out.println("  transcripts: " + transcripts);
        out.println("  auth:     " + (storeByKey.isEmpty()
                ? "LOCAL DEMO MODE: no key needed, bound to " + host + " only"
                : "API keys (Bearer) for stores " + String.join(", ", new java.util.TreeSet<>(storeByKey.values()))));
        out.flush();
        stopped.await();
        return 0;
    }

    /**
     * SIGHUP is the operator's "reload": every store's folder is reloaded (each logged as it ends; a folder that does
     * not load keeps its last good KB). It must never stop a live show, which is the JVM's default (exit 129).
     */
    @SuppressWarnings("sunapi") // sun.misc.Signal: the JDK's only way to handle a POSIX signal
    private static void reloadOnHangUp(PrintWriter out, KbReloader reloader) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("HUP"), signal -> {
                boolean any = !reloader.storeIds().isEmpty();
                org.slf4j.LoggerFactory.getLogger(ServeCommand.class).info("event=signal.hup action={}",
                        any ? "reload stores=" + String.join(",", reloader.storeIds()) : "none reason=\"no KB folder\"");
                out.println(any ? "SIGHUP received: reloading " + String.join(", ", reloader.storeIds())
                        : "SIGHUP received: nothing to reload (the bundled demo store)");
                out.flush();
                reloader.reloadAll();
            });
        } catch (IllegalArgumentException noSuchSignal) {
            // a platform without SIGHUP (Windows): nothing to handle
        }
    }

    /** "https://a.example, http://localhost:3000" as origins; each must be scheme://host[:port]. */
    static java.util.Set<String> origins(String list) {
        java.util.Set<String> origins = new java.util.LinkedHashSet<>();
        for (String o : list.split(",")) {
            String origin = o.strip().replaceAll("/+$", "");
            if (origin.isEmpty()) continue;
            if (!origin.matches("(?i)https?://[^/\\s?#]+")) {
                throw new IllegalArgumentException("--allowed-origins takes origins such as https://studio.example.com "
                        + "(scheme, host and optional port, no path); cannot read '" + origin + "'");
            }
            origins.add(origin);
        }
        return origins;
    }

    static int pace(Integer flag, String env) {
        if (flag != null) {
            if (flag < 0) throw new IllegalArgumentException("--pace is characters per second, 0 (off) or more; got " + flag);
            return flag;
        }
        if (env == null || env.isBlank()) return DEFAULT_PACE;
        try {
            int p = Integer.parseInt(env.strip());
            if (p >= 0) return p;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("COHOST_PACE is characters per second, 0 (off) or more; got '" + env + "'");
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
