package cohost.connectors.speech;

import cohost.engine.speech.AudioException;
import cohost.engine.speech.SpeechRecognizer;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speech-to-text with Vosk, the adapter of the engine's {@link SpeechRecognizer} port: the models, one per language,
 * loaded once at startup and shared by every stream.
 *
 * <pre>{@code
 * Speech speech = Speech.load(Speech.modelOptions(List.of("en=/models/en", "zh=/models/zh"), null));
 * try (SpeechStream s = speech.open("en", 48000, text -> System.out.println(text))) {
 *     s.accept(pcmChunk);   // 16-bit little-endian mono PCM at 48 kHz, resampled to the model's rate
 *     s.end();              // the final text arrives through the listener
 * }
 * }</pre>
 *
 * A model given without a language ({@code --vosk-model DIR}) is the default: it serves every language that has no
 * model of its own.
 */
public final class Speech implements SpeechRecognizer, AutoCloseable {
    /** Longest audio one stream or WAV file may carry unless configured otherwise. */
    public static final int DEFAULT_MAX_SECONDS = 120;

    private static final String DEFAULT = "";
    private static final Pattern LANG_PREFIX = Pattern.compile("^([a-z]{2,3}(?:-[A-Za-z0-9]+)?)=(.+)$");
    private static final String LAYOUT = "a Vosk model folder must contain am/final.mdl, conf/model.conf, "
            + "conf/mfcc.conf, and graph/HCLG.fst with graph/words.txt (or graph/HCLr.fst + graph/Gr.fst); "
            + "get one from https://alphacephei.com/vosk/models (scripts/get-vosk-model.sh)";

    private record Loaded(Path dir, Model model, int sampleRate) {
    }

    private final Map<String, Loaded> models;
    private final int maxSeconds;

    private Speech(Map<String, Loaded> models, int maxSeconds) {
        this.models = models;
        this.maxSeconds = maxSeconds;
    }

    /** No speech: {@link #available()} is false and {@link #open} refuses with {@code no_model}. */
    public static Speech none() {
        return new Speech(Map.of(), DEFAULT_MAX_SECONDS);
    }

    /** As {@link #load(Map, int)} with the default length cap. */
    public static Speech load(Map<String, Path> modelDirs) {
        return load(modelDirs, DEFAULT_MAX_SECONDS);
    }

    /**
     * Checks and loads every model; fails fast, naming the folder and what a model folder must contain.
     *
     * @param modelDirs  language code (or "" for the default model) to model folder
     * @param maxSeconds the longest stream or WAV file accepted
     * @throws IllegalArgumentException if a folder is missing, incomplete or unreadable by Vosk
     */
    public static Speech load(Map<String, Path> modelDirs, int maxSeconds) {
        if (maxSeconds <= 0) {
            throw new IllegalArgumentException("the speech length cap must be positive, got " + maxSeconds + " s");
        }
        modelDirs.values().forEach(Speech::checkFolder); // all folders before the slow native load
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        Map<String, Loaded> loaded = new LinkedHashMap<>();
        try {
            for (var e : modelDirs.entrySet()) {
                Path dir = e.getValue();
                try {
                    loaded.put(e.getKey(), new Loaded(dir, new Model(dir.toString()), modelRate(dir)));
                } catch (IOException ex) {
                    throw new IllegalArgumentException("Vosk could not load the model in " + dir
                            + " (its files are there but unreadable or corrupt; Vosk printed the reason to stderr); "
                            + LAYOUT);
                }
            }
        } catch (RuntimeException ex) {
            loaded.values().forEach(m -> m.model().close());
            throw ex;
        }
        return new Speech(Map.copyOf(loaded), maxSeconds);
    }

    /**
     * Reads {@code --vosk-model} values ({@code DIR} or {@code xx=DIR}, e.g. {@code zh=/models/cn}), or, if there
     * are none, the {@code COHOST_VOSK_MODEL} value {@code env} (the same forms, comma-separated; may be null).
     */
    public static Map<String, Path> modelOptions(List<String> flags, String env) {
        List<String> values = new ArrayList<>(flags);
        if (values.isEmpty() && env != null && !env.isBlank()) {
            values.addAll(List.of(env.split(",")));
        }
        Map<String, Path> dirs = new LinkedHashMap<>();
        for (String value : values) {
            Matcher m = LANG_PREFIX.matcher(value.strip());
            String lang = m.matches() ? m.group(1) : DEFAULT;
            Path dir = Path.of(m.matches() ? m.group(2) : value.strip());
            if (dirs.putIfAbsent(lang, dir) != null) {
                throw new IllegalArgumentException(lang.isEmpty()
                        ? "--vosk-model: more than one default model (give the others a language: xx=DIR)"
                        : "--vosk-model: language '" + lang + "' is given twice");
            }
        }
        return dirs;
    }

    @Override
    public boolean available() {
        return !models.isEmpty();
    }

    /** The languages with a model of their own ("" for the default model). */
    public Set<String> languages() {
        return models.keySet();
    }

    /**
     * Opens a stream for one speaker.
     *
     * @param lang       the speaker's language, or null for the default (or first) model
     * @param sampleRate the rate of the PCM the client sends: 8000, 16000, 22050, 44100 or 48000
     * @throws AudioException {@code unsupported_sample_rate}, or {@code no_model} when no model fits
     */
    @Override
    public SpeechStream open(String lang, int sampleRate, SpeechRecognizer.Listener listener) {
        Pcm.checkRate(sampleRate);
        Loaded model = modelFor(lang);
        try {
            return new SpeechStream(new Recognizer(model.model(), model.sampleRate()), sampleRate,
                    model.sampleRate(), maxSeconds, listener);
        } catch (IOException e) {
            throw new UncheckedIOException("Vosk could not create a recognizer for " + model.dir(), e);
        }
    }

    /** The whole text of a WAV file (utterances joined by a space), or "" if no words were heard. */
    public String transcribeWav(byte[] wav, String lang) {
        Wav audio = Wav.parse(wav);
        return transcribe(audio.samples(), audio.sampleRate(), lang);
    }

    @Override
    public String transcribe(short[] samples, int sampleRate, String lang) {
        double seconds = (double) samples.length / sampleRate;
        if (seconds > maxSeconds) {
            throw new AudioException(AudioException.TOO_LONG, String.format(java.util.Locale.ROOT,
                    "the audio is %.1f s long; the cap is %d s", seconds, maxSeconds));
        }
        StringBuilder text = new StringBuilder();
        try (SpeechStream stream = open(lang, sampleRate, t -> text.append(text.isEmpty() ? "" : " ").append(t))) {
            stream.accept(Pcm.bytes(samples, samples.length));
            stream.end();
        }
        return text.toString();
    }

    /** Frees the models; streams still open keep theirs alive until they close (Vosk counts references). */
    @Override
    public void close() {
        models.values().forEach(m -> m.model().close());
    }

    private Loaded modelFor(String lang) {
        if (models.isEmpty()) {
            throw new AudioException(AudioException.NO_MODEL,
                    "speech is off: start the server with --vosk-model DIR (or COHOST_VOSK_MODEL)");
        }
        if (lang == null || lang.isBlank()) {
            return models.getOrDefault(DEFAULT, models.values().iterator().next());
        }
        // a written variant or regional tag ("zh-Hant") is spoken as its base language ("zh")
        String base = lang.split("[-_]", 2)[0];
        Loaded model = models.getOrDefault(lang, models.getOrDefault(base, models.get(DEFAULT)));
        if (model == null) {
            throw new AudioException(AudioException.NO_MODEL, "no speech model for language '" + lang
                    + "'; loaded: " + String.join(", ", models.keySet()));
        }
        return model;
    }

    private static void checkFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Vosk model folder " + dir.toAbsolutePath()
                    + (Files.exists(dir) ? " is not a folder; " : " does not exist; ") + LAYOUT);
        }
        List<String> missing = new ArrayList<>();
        for (String f : List.of("am/final.mdl", "conf/model.conf", "conf/mfcc.conf")) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                missing.add(f);
            }
        }
        boolean hclg = Files.isRegularFile(dir.resolve("graph/HCLG.fst"));
        boolean lookahead = Files.isRegularFile(dir.resolve("graph/HCLr.fst"))
                && Files.isRegularFile(dir.resolve("graph/Gr.fst"));
        if (!hclg && !lookahead) {
            missing.add("graph/HCLG.fst (or graph/HCLr.fst + graph/Gr.fst)");
        } else if (hclg && !lookahead && !Files.isRegularFile(dir.resolve("graph/words.txt"))) {
            missing.add("graph/words.txt");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Vosk model folder " + dir.toAbsolutePath() + " lacks "
                    + String.join(", ", missing) + "; " + LAYOUT);
        }
    }

    /** The model's sample rate from conf/mfcc.conf; Kaldi's default is 16 kHz. */
    private static int modelRate(Path dir) {
        try {
            for (String line : Files.readAllLines(dir.resolve("conf/mfcc.conf"))) {
                String l = line.strip();
                if (l.startsWith("--sample-frequency=")) {
                    return (int) Double.parseDouble(l.substring("--sample-frequency=".length()));
                }
            }
            return 16000;
        } catch (IOException | NumberFormatException e) {
            throw new IllegalArgumentException("Vosk model folder " + dir + ": cannot read the sample rate in "
                    + "conf/mfcc.conf (" + e.getMessage() + ")");
        }
    }
}
