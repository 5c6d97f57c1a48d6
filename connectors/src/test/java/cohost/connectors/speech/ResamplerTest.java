package cohost.connectors.speech;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ResamplerTest {

    static short[] sine(int rate, double hz, double amplitude, double seconds) {
        short[] s = new short[(int) (rate * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return s;
    }

    static short[] resampleAll(Resampler r, short[] in) {
        short[] a = r.process(in);
        short[] b = r.flush();
        short[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Power of {@code hz} in {@code s} (Goertzel), normalised so a full-scale-A sine gives about A^2/4. */
    static double power(short[] s, int from, int to, int rate, double hz) {
        double k = 2 * Math.cos(2 * Math.PI * hz / rate), s1 = 0, s2 = 0;
        for (int i = from; i < to; i++) {
            double s0 = s[i] + k * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double n = to - from;
        return (s1 * s1 + s2 * s2 - k * s1 * s2) / (n * n);
    }

    static double rms(short[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) s[i] * s[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {8000, 22050, 44100, 48000})
    void aSineKeepsItsFrequencyAmplitudeAndDurationAt16kHz(int rate) {
        short[] out = resampleAll(new Resampler(rate, 16000), sine(rate, 1000, 10000, 1.0));

        assertThat(out.length).isCloseTo(16000, within(2));
        int from = 800, to = 15200; // away from the filter's start and end transients
        assertThat(rms(out, from, to)).isCloseTo(10000 / Math.sqrt(2), within(150.0));
        double at1k = power(out, from, to, 16000, 1000);
        for (double other : new double[] {500, 900, 1100, 2000, 3000, 6000}) {
            assertThat(power(out, from, to, 16000, other)).isLessThan(at1k / 1000);
        }
    }

    @Test
    void toneAboveTheNewNyquistIsFilteredOutInsteadOfFoldingBack() {
        // 10 kHz at 48 kHz would alias to 6 kHz at 16 kHz without the low-pass (linear interpolation keeps ~40% of it).
        short[] out = resampleAll(new Resampler(48000, 16000), sine(48000, 10000, 10000, 1.0));

        assertThat(rms(out, 800, 15200)).isLessThan(10000 * 0.01);
    }

    @Test
    void chunkedStreamingGivesTheSameSamplesAsOneBuffer() {
        Random random = new Random(7);
        short[] in = new short[44100];
        for (int i = 0; i < in.length; i++) {
            in[i] = (short) (random.nextGaussian() * 3000);
        }
        short[] whole = resampleAll(new Resampler(44100, 16000), in);

        Resampler chunked = new Resampler(44100, 16000);
        short[] joined = new short[0];
        for (int i = 0; i < in.length; ) {
            int n = Math.min(in.length - i, 1 + random.nextInt(3000));
            joined = concat(joined, chunked.process(Arrays.copyOfRange(in, i, i + n)));
            i += n;
        }
        joined = concat(joined, chunked.flush());

        assertThat(joined).containsExactly(whole);
    }

    @Test
    void realSpeechSurvivesARoundTripThrough48kHz() throws IOException {
        short[] speech;
        try (InputStream in = getClass().getResourceAsStream("/speech/aishell-BAC009S0724W0121.wav")) {
            Wav wav = Wav.parse(in.readAllBytes());
            assertThat(wav.sampleRate()).isEqualTo(16000);
            assertThat(wav.samples()).hasSize(68496);
            speech = wav.samples();
        }
        short[] up = resampleAll(new Resampler(16000, 48000), speech);
        short[] back = resampleAll(new Resampler(48000, 16000), up);
        assertThat(up.length).isCloseTo(3 * speech.length, within(3));

        // The two filters delay by a few samples; find the shift, then compare the signals.
        int n = Math.min(speech.length, back.length) - 100;
        int bestShift = 0;
        double best = -1;
        for (int shift = 0; shift < 50; shift++) {
            double c = correlation(speech, 0, back, shift, n);
            if (c > best) {
                best = c;
                bestShift = shift;
            }
        }
        assertThat(best).as("correlation at shift %d", bestShift).isGreaterThan(0.98);
    }

    private static double correlation(short[] a, int offA, short[] b, int offB, int n) {
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < n; i++) {
            ab += (double) a[offA + i] * b[offB + i];
            aa += (double) a[offA + i] * a[offA + i];
            bb += (double) b[offB + i] * b[offB + i];
        }
        return ab / Math.sqrt(aa * bb);
    }

    private static short[] concat(short[] a, short[] b) {
        short[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
