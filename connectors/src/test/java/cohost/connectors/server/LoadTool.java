package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.engine.room.RoomPolicy;
import cohost.knowledge.KnowledgeBase;
import cohost.wire.ClientFrame;
import cohost.wire.Person;
import cohost.wire.ServerFrame;
import cohost.wire.WireException;
import cohost.wire.WireJson;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Load over loopback against a real server (started in this JVM on the bundled demo store with the template
 * composer): phase 1 sends chat at a fixed rate spread over many rooms and checks that every message gets an
 * outcome; phase 2 holds many sockets open. Run it as BENCHMARKS.md ("Server") says, with the JVM flags
 * {@code ./cohost serve} uses ({@code -XX:MaxGCPauseMillis=5}), since the server runs in this JVM.
 * Arguments: messages/s, rooms, seconds, held sockets, seconds held, warm-up seconds (default 10: sent at the same
 * rate first and not timed), pace (the server's reply pace in chars/s, default 0: whole replies), host frames per
 * second (default 0). reply.started is timed for the messages the room chose to answer; the split "send to echo"
 * (until the room has understood the message) and "echo to start" (waiting for the room's answer cap) shows where an
 * answered message waited.
 *
 * <p>Echo baseline: before Cohost, the same client sends the same frames at the same rate over as many sockets to a
 * bare Javalin WebSocket echo server in this JVM; Cohost's throughput and reply.started percentiles are printed
 * beside the echo's, as ratios. Barge-in: with host frames per second set (and a pace, so replies are in flight),
 * the host of one loaded room after another types a line during the timed run, on the room's host socket: a socket
 * of its own on a client of its own, as a host's app would have (the viewers' chat never shares it). The time from
 * sending that frame to the room's first {@code reply.cancelled} (host_spoke) is timed as the host's socket sees it,
 * and as the viewers' socket of the room sees it.
 *
 * <p>Every run prints the machine's load average before and after, and how many virtual threads were waiting for a
 * carrier (sampled every 5 ms while timed): on a shared machine that says whether a figure measures the server or
 * the machine.
 */
public final class LoadTool {
    private static final String[][] QUESTIONS = {
            {"en", "how long does shipping to Brazil take?"}, {"pt", "quanto tempo leva o envio para o Brasil?"},
            {"es", "¿cuánto tarda el envío a Brasil?"}, {"de", "Wie lange dauert der Versand nach Brasilien?"},
            {"en", "do you ship to Germany?"}, {"de", "Versand nach Deutschland?"}, {"en", "can I return it?"},
            {"es", "¿puedo devolverlo?"}, {"pt", "vocês aceitam PayPal?"}, {"en", "which payment methods do you take?"},
            {"id", "berapa lama pengiriman ke Indonesia?"}, {"ja", "日本への配送は何日かかりますか？"},
            {"en", "hello everyone!"}, {"pt", "kkkkk adoro"}, {"en", "!!!!!!!!!!!!!!!!"}, {"es", "envío a México?"}};

    private static final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private static final AtomicInteger outcomes = new AtomicInteger();
    private static final AtomicInteger answered = new AtomicInteger();
    private static final AtomicInteger joined = new AtomicInteger();
    private static final AtomicInteger skipped = new AtomicInteger();
    private static final AtomicInteger errors = new AtomicInteger();
    private static final List<Long> startedMicros = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final List<Long> outcomeMicros = java.util.Collections.synchronizedList(new ArrayList<>());
    /** When the room echoed each message (it has been understood), to split reply.started into intake and wait. */
    private static final Map<String, Long> echoedAt = new ConcurrentHashMap<>();
    private static final List<Long> intakeMicros = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final List<Long> roomWaitMicros = java.util.Collections.synchronizedList(new ArrayList<>());
    /** reply.started latencies by the 10 s window the message was sent in: a growing backlog shows as a trend. */
    private static final Map<Long, List<Long>> startedByWindow = new ConcurrentHashMap<>();
    private static volatile long sendStart;
    /** Per room, when its host's latest frame was sent, until the room's first reply.cancelled after it. */
    private static final Map<Integer, Long> hostSentAt = new ConcurrentHashMap<>();
    private static final List<Long> bargeInMicros = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final AtomicInteger hostFrames = new AtomicInteger();
    /** Per room, when its host's latest frame was sent, until the host's own socket sees the first cancel after it. */
    private static final Map<Integer, Long> hostSentAtForHost = new ConcurrentHashMap<>();
    private static final List<Long> bargeInHostMicros = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Virtual threads queued for a carrier, sampled while timed: a long queue delays every virtual thread's work. */
    private static final List<Long> queuedVirtualThreads = java.util.Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int roomCount = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int held = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        int heldSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        int warmSeconds = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        int pace = args.length > 6 ? Integer.parseInt(args[6]) : 0;
        int hostRate = args.length > 7 ? Integer.parseInt(args[7]) : 0;

        System.out.printf("machine: %d cores, load average %s (1, 5, 15 min) at start%n",
                Runtime.getRuntime().availableProcessors(), loadAverage());
        Echo echo = Echo.run(rate, roomCount, seconds, warmSeconds);

        // as `cohost serve` does before it opens (its --warmup default)
        long warmed = Warmup.run(KnowledgeBase.demo(), Duration.ofSeconds(3));
        System.out.printf("server warm-up (as serve's --warmup 3): %,d messages%n", warmed);
        Cohost cohost = Cohost.builder(KnowledgeBase.demo()).pace(pace).build();
        String store = cohost.knowledge().store().id();
        ServerConfig config = ServerConfig.of("127.0.0.1", 0, Map.of(store, cohost), Map.of("load-key", store))
                .withLimits(RoomPolicy.DEFAULTS, 100_000, 100_000, 4096);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (CohostServer server = CohostServer.start(config)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = server.url().replace("http", "ws");
            System.out.printf("server %s; %d msg/s over %d rooms for %d s, pace %d chars/s, %d host frames/s%n",
                    server.url(), rate, roomCount, seconds, pace, hostRate);

            List<WebSocket> rooms = new ArrayList<>();
            for (int r = 0; r < roomCount; r++) {
                rooms.add(http.newWebSocketBuilder().header("Authorization", "Bearer load-key")
                        .buildAsync(URI.create(base + "/v1/rooms/room" + r + "/live"), new Counter(r)).join());
            }
            List<WebSocket> hosts = new ArrayList<>();
            if (hostRate > 0) {
                HttpClient hostApp = HttpClient.newHttpClient(); // the hosts' app is not the viewers' client
                for (int r = 0; r < roomCount; r++) {
                    hosts.add(hostApp.newWebSocketBuilder().header("Authorization", "Bearer load-key")
                            .buildAsync(URI.create(base + "/v1/rooms/room" + r + "/live"), new HostApp(r)).join());
                }
            }
            Random random = new Random(42);
            // A running server is warm: JIT-compiled, its rooms' first answers given. Warm-up messages go to the same
            // rooms at the same rate but are not timed (their outcomes are not awaited).
            System.out.printf("warm-up: %d s at %d msg/s, not timed%n", warmSeconds, rate);
            send(rooms, rate, (long) rate * warmSeconds, "w", random, memory);
            long total = (long) rate * seconds;
            long start = System.nanoTime();
            sendStart = start;
            String loadBefore = loadAverage();
            Thread sampler = Thread.ofPlatform().daemon().name("load-sampler").start(LoadTool::sampleScheduler);
            Thread host = hostRate > 0 ? Thread.ofPlatform().name("load-host").start(
                    () -> interrupt(hosts, hostRate, seconds)) : null;
            long heapMax = send(rooms, rate, total, "m", random, memory);
            double sendSeconds = (System.nanoTime() - start) / 1e9;
            if (host != null) host.join();
            sampler.interrupt();
            String loadAfter = loadAverage();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (outcomes.get() < total && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            System.gc();
            long heapAfter = memory.getHeapMemoryUsage().getUsed();
            System.out.printf("sent %d in %.1f s (%.0f msg/s); outcomes %d (answered %d, joined %d, skipped %d), "
                            + "missing %d, error frames %d%n", total, sendSeconds, total / sendSeconds, outcomes.get(),
                    answered.get(), joined.get(), skipped.get(), total - outcomes.get(), errors.get());
            System.out.printf("reply.started latency ms: %s%n", percentiles(startedMicros));
            System.out.printf("any outcome latency ms:   %s%n", percentiles(outcomeMicros));
            System.out.printf("  answered, send to echo: %s%n", percentiles(intakeMicros));
            System.out.printf("  answered, echo to start: %s%n", percentiles(roomWaitMicros));
            new java.util.TreeMap<>(startedByWindow).forEach((w, micros) -> System.out.printf(
                    "  reply.started, sent in %d-%d s: %s%n", w * 10, w * 10 + 10, percentiles(micros)));
            System.out.printf("heap used: max sampled %d MiB, after GC %d MiB (max heap %d MiB)%n", heapMax >> 20,
                    heapAfter >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
            if (hostRate > 0) {
                System.out.printf("barge-in, host frame (on the host's socket) to the room's first reply.cancelled,"
                        + " ms (target p99 <= 10):%n  seen by the host's socket:  %s%n  seen by the viewers' socket: %s;"
                        + " %d of %d host frames found nothing to cancel%n", percentiles(bargeInHostMicros),
                        percentiles(bargeInMicros), hostFrames.get() - bargeInHostMicros.size(), hostFrames.get());
            }
            System.out.printf("while timed: load average %s at start, %s at end; virtual threads queued for a carrier"
                    + " (every 5 ms): %s%n", loadBefore, loadAfter, counts(queuedVirtualThreads));
            double cohostRate = outcomes.get() / sendSeconds;
            System.out.printf("echo baseline: %.0f msg/s echoed, echo latency ms: %s%n", echo.rate(),
                    percentiles(echo.micros()));
            System.out.printf("Cohost / echo: throughput %.2fx (%.0f / %.0f msg/s); reply.started p50 %s, p99 %s%n",
                    cohostRate / echo.rate(), cohostRate, echo.rate(), ratio(startedMicros, echo.micros(), 0.5),
                    ratio(startedMicros, echo.micros(), 0.99));
            rooms.forEach(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
            hosts.forEach(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "done"));

            // Phase 2: hold many sockets.
            List<WebSocket> sockets = new ArrayList<>();
            AtomicInteger closed = new AtomicInteger();
            long openStart = System.nanoTime();
            for (int c = 0; c < held; c++) {
                sockets.add(http.newWebSocketBuilder().header("Authorization", "Bearer load-key")
                        .buildAsync(URI.create(base + "/v1/rooms/hold" + (c % roomCount) + "/live"), new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                                closed.incrementAndGet();
                                return null;
                            }

                            @Override
                            public void onError(WebSocket ws, Throwable error) {
                                closed.incrementAndGet();
                            }
                        }).join());
            }
            System.out.printf("opened %d sockets in %.1f s; holding %d s%n", held, (System.nanoTime() - openStart) / 1e9,
                    heldSeconds);
            Thread.sleep(TimeUnit.SECONDS.toMillis(heldSeconds));
            long open = sockets.stream().filter(ws -> !ws.isInputClosed() && !ws.isOutputClosed()).count();
            System.out.printf("after %d s: %d of %d open, %d closed by the server; server counts %d clients%n",
                    heldSeconds, open, held, closed.get(),
                    (long) LiveSocketTest.metric(server, "cohost_live_clients"));
            System.gc();
            System.out.printf("heap used with %d sockets, after GC: %d MiB%n", held,
                    memory.getHeapMemoryUsage().getUsed() >> 20);
            sockets.forEach(WebSocket::abort);
        }
        cohost.close();
        System.exit(0);
    }

    /** Sends {@code total} chat messages at {@code rate}, round robin over the rooms; returns the most heap seen. */
    private static long send(List<WebSocket> rooms, int rate, long total, String idPrefix, Random random,
                             MemoryMXBean memory) {
        long heapMax = 0;
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        boolean timed = idPrefix.equals("m");
        for (long i = 0; i < total; i++) {
            long wait = start + i * intervalNanos - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String[] q = QUESTIONS[random.nextInt(QUESTIONS.length)];
            String id = idPrefix + i;
            String frame = WireJson.write(new ClientFrame.Chat(id, new Person("v" + random.nextInt(50), null, q[0], null),
                    q[1]));
            if (timed) {
                sentAt.put(id, System.nanoTime());
            }
            rooms.get((int) (i % rooms.size())).sendText(frame, true).join();
            if (i % rate == 0) {
                heapMax = Math.max(heapMax, memory.getHeapMemoryUsage().getUsed());
            }
        }
        return heapMax;
    }

    /**
     * The host of one room after another types a line, {@code hostRate} times a second, for {@code seconds}, on the
     * room's host socket.
     */
    private static void interrupt(List<WebSocket> hosts, int hostRate, int seconds) {
        long intervalNanos = 1_000_000_000L / hostRate;
        long start = System.nanoTime();
        for (int i = 0; i < hostRate * seconds; i++) {
            long wait = start + i * intervalNanos - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
            int room = (i * 7) % hosts.size(); // a different room each time, spread over all of them
            String frame = WireJson.write(new ClientFrame.Host("h" + i, "ok everyone, next product"));
            long now = System.nanoTime();
            hostSentAt.put(room, now);
            hostSentAtForHost.put(room, now);
            hostFrames.incrementAndGet();
            hosts.get(room).sendText(frame, true).join();
        }
    }


    /** Samples the virtual-thread scheduler's queue every 5 ms until interrupted (JDK 24+; otherwise says so). */
    private static void sampleScheduler() {
        var beans = ManagementFactory.getPlatformMBeanServer();
        try {
            var scheduler = new javax.management.ObjectName("jdk.management:type=VirtualThreadScheduler");
            while (!Thread.currentThread().isInterrupted()) {
                queuedVirtualThreads.add((Long) beans.getAttribute(scheduler, "QueuedVirtualThreadCount"));
                LockSupport.parkNanos(5_000_000);
            }
        } catch (javax.management.JMException e) {
            System.out.println("(this JDK does not report its virtual-thread scheduler's queue: " + e + ")");
        }
    }

    private static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String counts(List<Long> values) {
        long[] v;
        synchronized (values) {
            v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        if (v.length == 0) return "none";
        return String.format("n=%d p50 %d, p99 %d, max %d", v.length, v[v.length / 2],
                v[(int) Math.min(v.length - 1, Math.ceil(v.length * 0.99) - 1)], v[v.length - 1]);
    }

    /** Cohost's percentile over the echo's, e.g. "1.20 ms vs 0.40 ms (3.0x)". */
    private static String ratio(List<Long> cohost, List<Long> echo, double q) {
        long a = quantile(cohost, q), b = quantile(echo, q);
        return String.format("%.2f ms vs %.2f ms (%.1fx)", a / 1e3, b / 1e3, b == 0 ? Double.NaN : (double) a / b);
    }

    private static long quantile(List<Long> micros, double q) {
        long[] v;
        synchronized (micros) {
            v = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        return v.length == 0 ? 0 : v[(int) Math.min(v.length - 1, Math.max(0, Math.ceil(v.length * q) - 1))];
    }

    private static String percentiles(List<Long> micros) {
        long[] v;
        synchronized (micros) {
            v = micros.stream().mapToLong(Long::longValue).toArray();
        }
        if (v.length == 0) {
            return "none";
        }
        Arrays.sort(v);
        return String.format("n=%d p50 %.2f, p99 %.2f, max %.2f", v.length, v[v.length / 2] / 1e3,
                v[(int) Math.min(v.length - 1, Math.ceil(v.length * 0.99) - 1)] / 1e3, v[v.length - 1] / 1e3);
    }

    private static void record(int room, ServerFrame frame, long now) {
        switch (frame) {
            case ServerFrame.ReplyCancelled c when "host_spoke".equals(c.reason()) -> {
                Long at = hostSentAt.remove(room); // the first cancel after the host's frame; later ones are the same cut
                if (at != null) bargeInMicros.add((now - at) / 1000);
            }
            case ServerFrame.Message m -> {
                if (sentAt.containsKey(m.id())) {
                    echoedAt.put(m.id(), now);
                }
            }
            case ServerFrame.ReplyStarted started -> {
                for (String id : started.inReplyTo()) {
                    Long at = sentAt.remove(id);
                    Long echoed = echoedAt.remove(id);
                    if (at != null && echoed != null) {
                        intakeMicros.add((echoed - at) / 1000);
                        roomWaitMicros.add((now - echoed) / 1000);
                    }
                    if (at != null) {
                        startedMicros.add((now - at) / 1000);
                        startedByWindow.computeIfAbsent((at - sendStart) / 10_000_000_000L,
                                w -> java.util.Collections.synchronizedList(new ArrayList<>())).add((now - at) / 1000);
                        outcomeMicros.add((now - at) / 1000);
                        answered.incrementAndGet();
                        outcomes.incrementAndGet();
                    }
                }
            }
            case ServerFrame.Joined j -> otherOutcome(j.inReplyTo(), joined, now);
            case ServerFrame.Skipped sk -> otherOutcome(sk.inReplyTo(), skipped, now);
            case ServerFrame.Error e -> {
                errors.incrementAndGet();
                System.err.println(WireJson.write(e));
            }
            default -> { } // deltas, ends, transcripts
        }
    }

    private static void otherOutcome(String id, AtomicInteger kind, long now) {
        echoedAt.remove(id);
        Long at = sentAt.remove(id);
        if (at != null) {
            outcomeMicros.add((now - at) / 1000);
            kind.incrementAndGet();
            outcomes.incrementAndGet();
        }
    }

    /** A room's host socket: what the host's app sees of the room; only the first cancel after its frame is timed. */
    private static final class HostApp implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private final int room;

        HostApp(int room) {
            this.room = room;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long now = System.nanoTime();
                String text = partial.toString();
                partial.setLength(0);
                try {
                    if (text.contains("host_spoke") && WireJson.readServerFrame(text).orElse(null)
                            instanceof ServerFrame.ReplyCancelled c && "host_spoke".equals(c.reason())) {
                        Long at = hostSentAtForHost.remove(room);
                        if (at != null) bargeInHostMicros.add((now - at) / 1000);
                    }
                } catch (WireException e) {
                    errors.incrementAndGet();
                }
            }
            ws.request(1);
            return null;
        }
    }

    /** Reads one room's frames and records each message's outcome. */
    private static final class Counter implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private final int room;

        Counter(int room) {
            this.room = room;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                long now = System.nanoTime();
                try {
                    WireJson.readServerFrame(text).ifPresent(frame -> record(room, frame, now));
                } catch (WireException e) {
                    errors.incrementAndGet();
                }
            }
            ws.request(1);
            return null;
        }
    }

    /**
     * The baseline: a bare Javalin WebSocket echo server in this JVM, driven by the same client with the same frames
     * at the same rate over as many sockets; each echo is parsed with the same codec, as Cohost's frames are.
     */
    record Echo(double rate, List<Long> micros) {
        static Echo run(int rate, int sockets, int seconds, int warmSeconds) throws Exception {
            Map<String, Long> sent = new ConcurrentHashMap<>();
            List<Long> micros = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicInteger echoed = new AtomicInteger();
            io.javalin.Javalin app = io.javalin.Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.concurrency.useVirtualThreads = true; // as the Cohost server, with its Jetty threads
                cfg.jetty.threadPool = CohostServer.jettyThreads();
                cfg.routes.ws("/echo", ws -> ws.onMessage(ctx -> ctx.send(ctx.message())));
            }).start("127.0.0.1", 0);
            try {
                HttpClient http = HttpClient.newHttpClient();
                List<WebSocket> rooms = new ArrayList<>();
                WebSocket.Listener listener = new WebSocket.Listener() {
                    private final Map<WebSocket, StringBuilder> partial = new ConcurrentHashMap<>();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        StringBuilder b = partial.computeIfAbsent(ws, k -> new StringBuilder()).append(data);
                        if (last) {
                            long now = System.nanoTime();
                            String text = b.toString();
                            b.setLength(0);
                            try {
                                Long at = sent.remove(WireJson.readClientFrame(text).messageId());
                                if (at != null) {
                                    micros.add((now - at) / 1000);
                                    echoed.incrementAndGet();
                                }
                            } catch (WireException e) {
                                errors.incrementAndGet();
                            }
                        }
                        ws.request(1);
                        return null;
                    }
                };
                for (int r = 0; r < sockets; r++) {
                    rooms.add(http.newWebSocketBuilder().buildAsync(
                            URI.create("ws://127.0.0.1:" + app.port() + "/echo"), listener).join());
                }
                System.out.printf("echo baseline: %d msg/s over %d sockets for %d s (after %d s warm-up)%n", rate,
                        sockets, seconds, warmSeconds);
                Random random = new Random(42);
                sendEcho(rooms, rate, (long) rate * warmSeconds, "w", random, null);
                long total = (long) rate * seconds;
                long start = System.nanoTime();
                sendEcho(rooms, rate, total, "m", random, sent);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (echoed.get() < total && System.nanoTime() < deadline) Thread.sleep(20);
                double elapsed = (System.nanoTime() - start) / 1e9;
                rooms.forEach(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
                return new Echo(echoed.get() / elapsed, micros);
            } finally {
                app.stop();
            }
        }

        private static void sendEcho(List<WebSocket> rooms, int rate, long total, String idPrefix, Random random,
                                     Map<String, Long> sent) {
            long intervalNanos = 1_000_000_000L / rate;
            long start = System.nanoTime();
            for (long i = 0; i < total; i++) {
                long wait = start + i * intervalNanos - System.nanoTime();
                if (wait > 0) LockSupport.parkNanos(wait);
                String[] q = QUESTIONS[random.nextInt(QUESTIONS.length)];
                String id = idPrefix + i;
                String frame = WireJson.write(new ClientFrame.Chat(id, new Person("v" + random.nextInt(50), null, q[0],
                        null), q[1]));
                if (sent != null) sent.put(id, System.nanoTime());
                rooms.get((int) (i % rooms.size())).sendText(frame, true).join();
            }
        }
    }
}
