package cohost.connectors.speech;

import cohost.engine.speech.SpeechRecognizer;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The speech benchmark (figures in BENCHMARKS.md, "Speech"); run with {@code scripts/bench-speech.sh}.
 * <ol>
 *   <li>overhead: the work outside the recognizer per second of audio (PCM decoding, resampling, onset detection,
 *       reading the recognizer's JSON, dispatch), as % of real time;</li>
 *   <li>load: N concurrent streams of 48 kHz audio paced in real time through the real Vosk pipeline (fixture
 *       model); how late each frame's processing finishes behind its real-time deadline;</li>
 *   <li>onset to cancel: from the first speech sample (in audio time, as a live client would capture it) through
 *       onSpeechStart and {@code Reply.cancel} to the Cancelled event.</li>
 * </ol>
 * A main class, not a test: timings do not belong in the test suite.
 */
public final class SpeechBench {
    static final int RATE = 48000;
    static final int FRAME = RATE / 50; // 20 ms frames, a common WebRTC/browser capture size

    public static void main(String[] args) throws Exception {
        int streams = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path model = VoskTestModel.write(Files.createTempDirectory("vosk-bench"));
        System.out.printf("cores: %d, java %s%n", Runtime.getRuntime().availableProcessors(), Runtime.version());
        overhead();
        try (Speech speech = Speech.load(Map.of("en", model))) {
            onsetToCancel(speech, 300, "idle");
            // all audio first: generating it takes seconds, which must not count against the streams' deadlines
            byte[][] audio = new byte[streams][];
            for (int n = 0; n < streams; n++) audio[n] = audio(RATE, seconds, n);
            Thread load = new Thread(() -> load(speech, audio, seconds));
            load.start();
            Thread.sleep(2000);
            onsetToCancel(speech, 300, "while " + streams + " streams run");
            load.join();
        }
    }

    /** A speech-like pattern: bursts of 0.4-1.2 s between 0.5-1.5 s silences. */
    static byte[] audio(int rate, double seconds, long seed) {
        TestAudio a = TestAudio.at(rate);
        Random r = new Random(seed);
        for (double t = 0; t < seconds; ) {
            double s = 0.5 + r.nextDouble(), b = 0.4 + 0.8 * r.nextDouble();
            a.silence(s).burst(b);
            t += s + b;
        }
        return Arrays.copyOf(a.pcm(), (int) (seconds * rate) * 2);
    }

    static void overhead() {
        ObjectMapper json = new ObjectMapper();
        String partial = "{\n  \"partial\" : \"shipping shipping\"\n}";
        for (int rate : new int[] {16000, 44100, 48000}) {
            byte[] pcm = audio(rate, 60, 1);
            int frameBytes = rate / 50 * 2;
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 8; round++) { // the first rounds warm the JIT; keep the best
                Resampler resampler = rate == 16000 ? null : new Resampler(rate, 16000);
                OnsetDetector onset = new OnsetDetector(16000);
                AtomicInteger sink = new AtomicInteger();
                long t0 = System.nanoTime();
                for (int i = 0; i + frameBytes <= pcm.length; i += frameBytes) {
                    short[] s = Pcm.samples(pcm, i, frameBytes);
                    if (resampler != null) {
                        s = resampler.process(s);
                    }
                    if (onset.accept(s)) {
                        sink.incrementAndGet();
                    }
                    try {
                        sink.addAndGet(json.readTree(partial).path("partial").asText().length());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf("overhead %5d Hz, 20 ms frames: %.3f ms per s of audio = %.3f%% of real time (one core)%n",
                    rate, best / 1e6 / 60, best / 1e7 / 60);
        }
    }

    static void load(Speech speech, byte[][] audio, int seconds) {
        int streams = audio.length;
        int frames = seconds * 50;
        long[][] lateness = new long[streams][frames];
        AtomicLong finals = new AtomicLong();
        CountDownLatch done = new CountDownLatch(streams);
        long cpu0 = cpuNanos();
        long start = System.nanoTime() + 200_000_000L;
        for (int n = 0; n < streams; n++) {
            int id = n;
            byte[] pcm = audio[id];
            Thread.ofPlatform().start(() -> {
                try (SpeechStream stream = speech.open("en", RATE, t -> finals.incrementAndGet())) {
                    long offset = (long) (20_000_000L * id / streams); // spread the streams over a frame
                    for (int f = 0; f < frames; f++) {
                        long due = start + offset + (f + 1) * 20_000_000L; // a frame exists once captured
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                        stream.accept(Arrays.copyOfRange(pcm, f * FRAME * 2, (f + 1) * FRAME * 2));
                        lateness[id][f] = System.nanoTime() - due;
                    }
                    stream.end();
                } finally {
                    done.countDown();
                }
            });
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        long[] all = Arrays.stream(lateness).flatMapToLong(Arrays::stream).sorted().toArray();
        long[] lastSecond = Arrays.stream(lateness).flatMapToLong(l -> Arrays.stream(l, frames - 50, frames)).sorted().toArray();
        System.out.printf("load: %d streams x %d s of %d Hz audio in 20 ms frames, real-time paced: wall %.1f s, "
                        + "cpu %.1f s (%.2f cores), %d finals%n", streams, seconds, RATE, wall, cpu, cpu / wall,
                finals.get());
        System.out.printf("load: frame done after its capture: p50 %.2f ms, p99 %.2f ms, max %.2f ms; "
                        + "in the last second: p99 %.2f ms (no growth = keeping up)%n",
                pct(all, 50), pct(all, 99), all[all.length - 1] / 1e6, pct(lastSecond, 99));
    }

    static void onsetToCancel(Speech speech, int trials, String label) {
        Random r = new Random(3);
        List<Double> ms = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            int onsetSample = RATE / 5 + r.nextInt(FRAME); // 200 ms silence, onset anywhere in a frame
            TestAudio a = TestAudio.at(RATE);
            byte[] pcm = concat(a.silence((double) onsetSample / RATE).pcm(), TestAudio.at(RATE).burst(0.2).pcm());
            SimpleReply reply = new SimpleReply();
            AtomicLong cancelledAt = new AtomicLong();
            reply.subscribe(e -> cancelledAt.set(System.nanoTime()));
            SpeechRecognizer.Listener listener = new SpeechRecognizer.Listener() {
                @Override
                public void onSpeechStart() {
                    reply.cancel("host_spoke");
                }

                @Override
                public void onFinal(String text) {
                }
            };
            try (SpeechStream stream = speech.open("en", RATE, listener)) {
                for (int f = 0; f * FRAME * 2 < pcm.length && cancelledAt.get() == 0; f++) {
                    long sent = System.nanoTime();
                    stream.accept(Arrays.copyOfRange(pcm, f * FRAME * 2, Math.min(pcm.length, (f + 1) * FRAME * 2)));
                    if (cancelledAt.get() != 0) {
                        double captureWait = ((f + 1) * FRAME - onsetSample) * 1000.0 / RATE; // audio time
                        ms.add(captureWait + (cancelledAt.get() - sent) / 1e6);
                    }
                }
            }
        }
        Collections.sort(ms);
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf("onset -> cancelled (%s, %d of %d trials detected): p50 %.1f ms, p99 %.1f ms, max %.1f ms "
                        + "(audio time from the onset sample to the end of its 20 ms frame, plus processing)%n",
                label, sorted.length, trials, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.99)],
                sorted[sorted.length - 1]);
    }

    /** The smallest honest Reply for the cancel path: cancel emits Cancelled to its subscribers. */
    static final class SimpleReply {
        private final List<Consumer<String>> listeners = new ArrayList<>();
        private boolean ended;

        synchronized void subscribe(Consumer<String> l) {
            listeners.add(l);
        }

        synchronized boolean cancel(String reason) {
            if (ended) {
                return false;
            }
            ended = true;
            listeners.forEach(l -> l.accept(reason));
            return true;
        }
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p / 100.0))] / 1e6;
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
