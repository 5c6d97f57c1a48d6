package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.knowledge.KbException;
import cohost.knowledge.KbProblem;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.LiveKnowledge;
import cohost.wire.Health;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps each served store's KB in step with its folder while the server runs, without stopping a room.
 *
 * <p>A change in a store's folder (a save, an editor's rename, a copied file) is noticed by a {@link WatchService};
 * once the folder has been quiet for the debounce time (or at most {@link #MAX_DELAY} after the first change, for a
 * folder that keeps changing), the folder is loaded and validated in full on the reload thread, the store's engine
 * builds its understanding of the new KB there, and both are swapped in as one reference ({@link Cohost#use}). Rooms
 * and desk turns keep running on the old KB until the swap. A folder that does not load leaves the last good KB
 * answering; the failure is logged, counted, and shown per store in {@code /health} until a good reload.
 *
 * <p>All reloads, whether from the watcher, the admin endpoint or SIGHUP, run one at a time on one thread, so at most
 * one KB is being built beside the ones serving (two indexes of a store alive at most).
 */
public final class KbReloader implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KbReloader.class);
    /** A folder that keeps changing is still reloaded this long after its first change (the promise is 2 s). */
    static final Duration MAX_DELAY = Duration.ofMillis(1_000);
    /** Quiet time after a change before the folder is read: an editor's save is often several writes. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(250);
    /** How long an admin reload waits for its turn and its load before answering. */
    private static final Duration ADMIN_WAIT = Duration.ofMinutes(2);
    private static final Pattern LINE = Pattern.compile("^line (\\d+)");

    /**
     * What one reload attempt did.
     *
     * @param storeId  the store
     * @param reloaded whether a new KB is now in service
     * @param took     from the start of the load to the swap (or the failure)
     * @param problems every problem of the folder, when it did not load
     */
    public record Outcome(String storeId, boolean reloaded, Duration took, List<KbProblem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    private record Served(LiveKnowledge folder, Cohost engine) {
    }

    private final Map<String, Served> stores;
    private final Map<Path, String> storeByFolder = new ConcurrentHashMap<>();
    private final Duration debounce;
    private final ScheduledExecutorService reloads = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("kb-reload").factory());
    /**
     * Where a reload's work runs: one thread, so that the parallel parts of a load (parsing, indexing), which use
     * every core at startup, leave the other cores to the rooms while the server is live (BENCHMARKS.md, "KB reload
     * under load").
     */
    private final ForkJoinPool work = new ForkJoinPool(1, pool -> {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        t.setName("kb-reload-work");
        t.setDaemon(true);
        return t;
    }, null, false);
    /** Per store: the pending debounced reload, and when the first change it covers was seen. */
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final Map<String, Long> firstChange = new ConcurrentHashMap<>();
    private final List<Consumer<Outcome>> listeners = new CopyOnWriteArrayList<>();
    private volatile WatchService watcher;
    private volatile Thread watching;

    private KbReloader(Map<String, Served> stores, Duration debounce) {
        this.stores = stores;
        this.debounce = debounce;
    }

    /** For a server whose stores are not served from folders (tests, the bundled demo): nothing to reload. */
    public static KbReloader none() {
        return new KbReloader(Map.of(), DEFAULT_DEBOUNCE);
    }

    /**
     * Reloads for these stores: store id to its folder and the engine that serves it (built from the folder's
     * current KB). Nothing is watched until {@link #watch()}.
     */
    public static KbReloader of(Map<String, LiveKnowledge> folders, Map<String, Cohost> engines, Duration debounce) {
        if (debounce.isNegative()) throw new IllegalArgumentException("debounce must not be negative");
        Map<String, Served> stores = new LinkedHashMap<>();
        folders.forEach((id, folder) -> {
            Cohost engine = engines.get(id);
            if (engine == null) throw new IllegalArgumentException("no engine serves store '" + id + "'");
            stores.put(id, new Served(folder, engine));
        });
        return new KbReloader(Map.copyOf(stores), debounce);
    }

    /** Starts watching every store's folder; a change is reloaded once the folder is quiet. */
    public KbReloader watch() throws IOException {
        if (stores.isEmpty() || watcher != null) return this;
        WatchService service = FileSystems.getDefault().newWatchService();
        for (var e : stores.entrySet()) {
            Path folder = e.getValue().folder().folder().toAbsolutePath().normalize();
            folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            storeByFolder.put(folder, e.getKey());
        }
        watcher = service;
        watching = Thread.ofPlatform().daemon().name("kb-watch").start(this::watchLoop);
        return this;
    }

    /** Called with every reload's outcome (metrics), on the reload thread. */
    public void onOutcome(Consumer<Outcome> listener) {
        listeners.add(listener);
    }

    /** The stores served from folders, which can be reloaded. */
    public java.util.Set<String> storeIds() {
        return stores.keySet();
    }

    /**
     * Reloads a store's folder now (the admin endpoint) and waits for the outcome; queued behind a reload under way.
     *
     * @return empty when the store is not served from a folder
     */
    public Optional<Outcome> reloadNow(String storeId) throws InterruptedException {
        if (!stores.containsKey(storeId)) return Optional.empty();
        Future<Outcome> outcome = reloads.submit(() -> reload(storeId));
        try {
            return Optional.of(outcome.get(ADMIN_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            throw new IllegalStateException("reloading store " + storeId + " failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("reloading store " + storeId + " took over " + ADMIN_WAIT.toSeconds() + " s");
        }
    }

    /** Queues a reload of every store (SIGHUP); each is logged as it ends. */
    public void reloadAll() {
        stores.keySet().forEach(id -> reloads.execute(() -> reload(id)));
    }

    /** Each store's KB status for {@code /health}: every store the engines serve, with or without a folder. */
    public List<Health.StoreHealth> health(Map<String, Cohost> engines) {
        List<Health.StoreHealth> all = new ArrayList<>();
        engines.keySet().stream().sorted().forEach(id -> all.add(health(id, engines.get(id))));
        return all;
    }

    /** One store's KB status; a store without a folder reports the version its engine serves. */
    public Health.StoreHealth health(String storeId, Cohost engine) {
        Served served = stores.get(storeId);
        if (served == null) {
            return new Health.StoreHealth(storeId, engine.knowledge().version(), null, null, null);
        }
        LiveKnowledge.Status s = served.folder().status();
        return new Health.StoreHealth(storeId, s.version(), s.loadedAt().toString(),
                served.folder().folder().toString(), s.lastFailure() == null ? null : error(s.lastFailure()));
    }

    /** Whether the store's folder, as it is now, failed to load (the last good KB serves meanwhile). */
    public boolean failing(String storeId) {
        Served served = stores.get(storeId);
        return served != null && served.folder().status().lastFailure() != null;
    }

    static Health.KbError error(LiveKnowledge.Failure failure) {
        List<KbProblem> problems = failure.problems();
        List<Health.KbProblem> wire = problems.stream().map(p -> new Health.KbProblem(p.file(), line(p.where()),
                p.where(), p.message())).toList();
        return new Health.KbError(failure.at().toString(), summary(problems), wire);
    }

    /** "shipping.json rules[0].minDays: minDays 10 is greater than maxDays 2 (and 2 more problems)". */
    static String summary(List<KbProblem> problems) {
        if (problems.isEmpty()) return "the folder did not load";
        int more = problems.size() - 1;
        return problems.getFirst() + (more == 0 ? "" : " (and " + more + (more == 1 ? " more problem)" : " more problems)"));
    }

    private static Integer line(String where) {
        Matcher m = LINE.matcher(where);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Loads, validates and swaps one store's KB; runs on the reload thread only. */
    private Outcome reload(String storeId) {
        Served served = stores.get(storeId);
        long t0 = System.nanoTime();
        Outcome outcome;
        try {
            KnowledgeBase next = reloadOnOneThread(served);
            outcome = new Outcome(storeId, true, Duration.ofNanos(System.nanoTime() - t0), List.of());
            log.info("event=kb.reloaded store={} version={} products={} took_ms={}", storeId, next.version(),
                    next.products().size(), outcome.took().toMillis());
        } catch (KbException e) {
            outcome = new Outcome(storeId, false, Duration.ofNanos(System.nanoTime() - t0), e.problems());
            log.warn("event=kb.reload_failed store={} folder={} problems={} first=\"{}\" action=\"the last good KB "
                            + "(version {}) keeps answering\"", storeId, served.folder().folder(), e.problems().size(),
                    summary(e.problems()), served.folder().status().version());
            e.problems().forEach(p -> log.warn("event=kb.problem store={} problem=\"{}\"", storeId, p));
        } catch (RuntimeException | Error e) {
            // not a problem of the folder (out of memory while indexing...): still keep the last good KB serving
            outcome = new Outcome(storeId, false, Duration.ofNanos(System.nanoTime() - t0),
                    List.of(new KbProblem(served.folder().folder().toString(), "", "reload failed: " + e)));
            log.error("event=kb.reload_failed store={} reason=internal", storeId, e);
        }
        for (Consumer<Outcome> listener : listeners) {
            try {
                listener.accept(outcome);
            } catch (RuntimeException e) {
                log.warn("event=kb.reload_listener_failed store={}", storeId, e);
            }
        }
        return outcome;
    }

    /** The folder loaded and put in service within {@link #work}, whose single thread bounds its parallel parts. */
    private KnowledgeBase reloadOnOneThread(Served served) throws KbException {
        ForkJoinTask<KnowledgeBase> task = work.submit(() -> {
            try {
                return served.folder().reload(served.engine()::use);
            } catch (KbException e) {
                throw new CompletionException(e);
            }
        });
        try {
            return task.join();
        } catch (CompletionException e) {
            // the pool may wrap the thrown exception once more (rethrown on another thread): find the folder's problems
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof KbException kb) throw kb;
            }
            throw e;
        }
    }

    private void watchLoop() {
        WatchService service = watcher;
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            String storeId = storeByFolder.get(((Path) key.watchable()).toAbsolutePath().normalize());
            boolean relevant = false;
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW
                        || (event.context() instanceof Path file && counts(file.getFileName().toString()))) {
                    relevant = true;
                }
            }
            key.reset();
            if (storeId != null && relevant) changed(storeId);
        }
    }

    /** Editors' swap and backup files (".x.swp", "x~", "#x#", ".#x") are not the KB; everything else may be. */
    static boolean counts(String name) {
        return !(name.startsWith(".") || name.endsWith("~") || name.startsWith("#") || name.endsWith(".swp")
                || name.endsWith(".tmp"));
    }

    /** A change in a store's folder: (re)schedules its reload after the debounce, within {@link #MAX_DELAY}. */
    private synchronized void changed(String storeId) {
        long now = System.nanoTime();
        long first = firstChange.computeIfAbsent(storeId, id -> now);
        long delay = Math.max(0, Math.min(debounce.toNanos(), first + MAX_DELAY.toNanos() - now));
        ScheduledFuture<?> before = pending.get(storeId);
        if (before != null) before.cancel(false);
        pending.put(storeId, reloads.schedule(() -> {
            synchronized (this) {
                firstChange.remove(storeId);
                pending.remove(storeId);
            }
            reload(storeId);
        }, delay, TimeUnit.NANOSECONDS));
    }

    @Override
    public void close() {
        WatchService service = watcher;
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                log.debug("closing the KB watcher", e);
            }
        }
        Thread t = watching;
        if (t != null) t.interrupt();
        reloads.shutdownNow();
        work.shutdownNow();
    }
}
