package cohost.connectors.speech;

import cohost.engine.speech.AudioException;

import java.util.Set;

/** 16-bit little-endian PCM helpers shared by the stream and WAV paths. */
final class Pcm {
    /** The input rates a client may send; anything else is refused rather than guessed at. */
    static final Set<Integer> SUPPORTED_RATES = Set.of(8000, 16000, 22050, 44100, 48000);

    private Pcm() {
    }

    static void checkRate(int sampleRate) {
        if (!SUPPORTED_RATES.contains(sampleRate)) {
            throw new AudioException(AudioException.UNSUPPORTED_SAMPLE_RATE, "sample rate " + sampleRate
                    + " Hz is not supported; send 16-bit mono PCM at 8000, 16000, 22050, 44100 or 48000 Hz");
        }
    }

    /** Little-endian 16-bit samples from {@code bytes}; the caller has checked the length is even. */
    static short[] samples(byte[] bytes, int offset, int length) {
        short[] out = new short[length / 2];
        for (int i = 0, b = offset; i < out.length; i++, b += 2) {
            out[i] = (short) ((bytes[b] & 0xff) | (bytes[b + 1] << 8));
        }
        return out;
    }

    static byte[] bytes(short[] samples, int count) {
        byte[] out = new byte[count * 2];
        for (int i = 0; i < count; i++) {
            out[2 * i] = (byte) samples[i];
            out[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return out;
    }
}
