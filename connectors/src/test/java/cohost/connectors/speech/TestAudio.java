package cohost.connectors.speech;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

/** Synthetic audio for tests: silence and loud "speech-like" bursts (a tone plus noise), as PCM or WAV bytes. */
public final class TestAudio {
    private final int sampleRate;
    private final ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    private final Random random = new Random(42);

    private TestAudio(int sampleRate) {
        this.sampleRate = sampleRate;
    }

    public static TestAudio at(int sampleRate) {
        return new TestAudio(sampleRate);
    }

    public TestAudio silence(double seconds) {
        for (int i = 0; i < samples(seconds); i++) {
            put((short) 0);
        }
        return this;
    }

    /** A burst well above the fixture model's speech threshold: 440 Hz tone plus noise, about -10 dBFS. */
    public TestAudio burst(double seconds) {
        for (int i = 0; i < samples(seconds); i++) {
            double tone = 6000 * Math.sin(2 * Math.PI * 440 * i / sampleRate);
            put((short) (tone + 4000 * random.nextGaussian()));
        }
        return this;
    }

    TestAudio sine(double hz, double amplitude, double seconds) {
        for (int i = 0; i < samples(seconds); i++) {
            put((short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / sampleRate)));
        }
        return this;
    }

    public byte[] pcm() {
        return pcm.toByteArray();
    }

    /** The audio as a canonical 16-bit PCM WAV with {@code channels} identical channels. */
    public byte[] wav(int channels) {
        byte[] mono = pcm();
        ByteBuffer b = ByteBuffer.allocate(44 + mono.length * channels).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + mono.length * channels).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels).putInt(sampleRate)
                .putInt(sampleRate * 2 * channels).putShort((short) (2 * channels)).putShort((short) 16);
        b.put("data".getBytes()).putInt(mono.length * channels);
        for (int i = 0; i < mono.length; i += 2) {
            for (int c = 0; c < channels; c++) {
                b.put(mono[i]).put(mono[i + 1]);
            }
        }
        return b.array();
    }

    private int samples(double seconds) {
        return (int) Math.round(seconds * sampleRate);
    }

    private void put(short s) {
        pcm.write(s & 0xff);
        pcm.write((s >> 8) & 0xff);
    }
}
