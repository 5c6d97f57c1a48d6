package cohost.connectors.speech;

import cohost.engine.speech.AudioException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile WAV files through the whole desk voice path, parse then transcribe with a real (tiny) Vosk model: wrong
 * tags, chunk sizes that lie (0, odd, past the end, 4 GiB), fmt chunks that are short, float, 8- or 24-bit, 0 or 65535
 * channels, odd rates, extensible sub-formats, truncations and byte flips. Each is transcribed or refused with one of
 * the documented error codes and a message in the client's terms; nothing else escapes. Seeded.
 */
class WavFuzzTest {
    static final int FILES = 2500;
    private static final Set<String> CODES = Set.of(AudioException.BAD_HEADER, AudioException.UNSUPPORTED_ENCODING,
            AudioException.UNSUPPORTED_SAMPLE_RATE, AudioException.ODD_BYTE_COUNT, AudioException.EMPTY_AUDIO,
            AudioException.TOO_LONG);
    private static final Pattern INTERNALS = Pattern.compile("(?i)exception|\\bjava\\.|vosk\\.|kaldi|null");

    @TempDir
    static Path tmp;
    static Speech speech;

    @BeforeAll
    static void loadModel() throws Exception {
        speech = Speech.load(Map.of("en", VoskTestModel.write(tmp.resolve("model"))), 10);
    }

    @AfterAll
    static void close() {
        if (speech != null) {
            speech.close();
        }
    }

    @Test
    void everyWavIsTranscribedOrRefusedWithADocumentedCode() {
        Random random = new Random(13);
        int transcribed = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            byte[] wav = wav(random);
            try {
                speech.transcribeWav(wav, "en");
                transcribed++;
            } catch (AudioException e) {
                refused++;
                if (!CODES.contains(e.code()) || e.getMessage().isBlank() || INTERNALS.matcher(e.getMessage()).find()) {
                    failures.add(e.code() + ": " + e.getMessage());
                }
            } catch (RuntimeException | Error e) {
                failures.add(i + ": " + e);
            }
        }
        System.out.printf("wav fuzz: %d files, %d transcribed, %d refused with a documented code, %d failures%n", FILES,
                transcribed, refused, failures.size());
        assertThat(failures.subList(0, Math.min(10, failures.size()))).isEmpty();
    }

    private static byte[] wav(Random random) {
        int channels = random.nextInt(8) == 0 ? pick(random, 0, 3, 8, 65535) : 1 + random.nextInt(2);
        int rate = random.nextInt(8) == 0 ? pick(random, 0, 1, 7999, 96000, -1, Integer.MAX_VALUE) : pick(random, 8000,
                16000, 22050, 44100, 48000);
        int bits = random.nextInt(10) == 0 ? pick(random, 8, 24, 32, 0) : 16;
        int format = random.nextInt(10) == 0 ? pick(random, 3, 6, 7, 2, 0) : 1;
        byte[] fmt = random.nextInt(8) == 0
                ? WavTest.extensible(random.nextBoolean() ? 1 : 3, Math.max(1, channels), rate, bits)
                : WavTest.fmt(format, channels, rate, bits);
        if (random.nextInt(15) == 0) {
            fmt = java.util.Arrays.copyOf(fmt, random.nextInt(fmt.length)); // a short fmt chunk
        }
        int frames = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(Math.max(1, rate > 0 && rate <= 48000 ? rate / 10 : 800));
        byte[] data = new byte[frames * 2 * Math.max(1, Math.min(channels, 2)) + (random.nextInt(10) == 0 ? 1 : 0)];
        for (int k = 0; k + 1 < data.length; k += 2) {
            short s = (short) (Math.sin(k / 9.0) * 8000);
            data[k] = (byte) s;
            data[k + 1] = (byte) (s >> 8);
        }
        byte[] extra = random.nextInt(5) == 0 ? chunk(pickOf(random, "LIST", "fact", "bext", "junk"),
                new byte[random.nextInt(40)]) : WavTest.NONE;
        byte[] wav = WavTest.wav(fmt, extra, data);
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        switch (random.nextInt(10)) {
            case 0 -> b.putInt(16, pick(random, 0, 1, 15, 0xFFFF, -1)); // fmt chunk size lies
            case 1 -> b.putInt(wav.length - data.length - 4, pick(random, 0, -1, 1, data.length + 1000)); // data size
            case 2 -> wav = java.util.Arrays.copyOf(wav, random.nextInt(wav.length + 1)); // truncated
            case 3 -> {
                for (int k = 0; k < 1 + random.nextInt(6); k++) {
                    wav[random.nextInt(wav.length)] = (byte) random.nextInt(256);
                }
            }
            case 4 -> wav[random.nextInt(12)] = (byte) random.nextInt(256); // RIFF / WAVE tags
            default -> {
            }
        }
        return wav;
    }

    private static byte[] chunk(String id, byte[] body) {
        return ByteBuffer.allocate(8 + body.length).order(ByteOrder.LITTLE_ENDIAN).put(id.getBytes())
                .putInt(body.length).put(body).array();
    }

    @SafeVarargs
    private static <T> T pickOf(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    private static int pick(Random random, int... options) {
        return options[random.nextInt(options.length)];
    }
}
