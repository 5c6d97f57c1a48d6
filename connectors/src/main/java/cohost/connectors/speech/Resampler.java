package cohost.connectors.speech;

import java.util.Arrays;

/**
 * Streaming sample-rate converter for 16-bit mono PCM (e.g. 44.1 or 48 kHz client audio to a 16 kHz model).
 *
 * <p>Why windowed-sinc polyphase and not linear interpolation: linear interpolation is cheaper but barely filters,
 * so when 44.1/48 kHz audio is reduced to 16 kHz the energy between 8 and 24 kHz (sibilants, music, hiss) folds
 * back into the 0-8 kHz band the recognizer's MFCC features are computed from. A Blackman-windowed sinc low-pass
 * with its cutoff at the lower Nyquist removes that, and precomputing one set of taps per phase (at most 441 phases
 * for 44.1 kHz) makes each output sample a plain dot product of about 2 x {@value #ZERO_CROSSINGS} x (in/out)
 * taps: roughly 50 multiply-adds per 16 kHz output sample, well under 1% of one core in real time.
 * Latency is half the filter: under 1 ms of audio.
 *
 * <p>Not thread-safe: one per stream.
 */
final class Resampler {
    /** Sinc zero crossings on each side of the centre: sets the transition band width (about 1/8 of Nyquist). */
    private static final int ZERO_CROSSINGS = 8;
    /** Cutoff as a fraction of the lower Nyquist, leaving room for the transition band below it. */
    private static final double CUTOFF = 0.92;

    private final int up;        // L: output samples per period
    private final int down;      // M: input samples per period
    private final int half;      // taps each side of the centre, in input samples
    private final float[][] taps; // [phase][2 * half]

    private float[] history;     // pending input, history[0] is absolute input index `historyStart`
    private int historyLength;
    private long historyStart;
    private long nextOut;        // absolute index of the next output sample

    Resampler(int inRate, int outRate) {
        int g = gcd(inRate, outRate);
        this.up = outRate / g;
        this.down = inRate / g;
        double cutoff = CUTOFF * Math.min(1.0, (double) up / down); // relative to input Nyquist
        this.half = (int) Math.ceil(ZERO_CROSSINGS / cutoff);
        this.taps = new float[up][2 * half];
        for (int p = 0; p < up; p++) {
            double frac = (double) p / up; // output position between input samples
            double sum = 0;
            for (int k = 0; k < 2 * half; k++) {
                double d = (k - half + 1) - frac; // input sample offset from the output position
                double w = cutoff * sinc(cutoff * d) * blackman(d / (half + 1));
                taps[p][k] = (float) w;
                sum += w;
            }
            for (int k = 0; k < 2 * half; k++) {
                taps[p][k] /= (float) sum; // unity gain at DC for every phase
            }
        }
        // Zeros before the first sample, so the first outputs have full history.
        this.history = new float[Math.max(4096, 4 * half)];
        this.historyLength = half;
        this.historyStart = -half;
    }

    boolean isIdentity() {
        return up == down;
    }

    /** Converts the next chunk; output may lag input by up to {@code half} input samples until {@link #flush}. */
    short[] process(short[] in) {
        append(in, in.length);
        return drain();
    }

    /** Pushes the last samples out by feeding silence through the filter tail. */
    short[] flush() {
        append(new short[half], half);
        return drain();
    }

    private void append(short[] in, int count) {
        if (historyLength + count > history.length) {
            history = Arrays.copyOf(history, Math.max(2 * history.length, historyLength + count));
        }
        for (int i = 0; i < count; i++) {
            history[historyLength + i] = in[i];
        }
        historyLength += count;
    }

    private short[] drain() {
        long available = historyStart + historyLength; // absolute index one past the last input sample
        int n = 0;
        short[] out = new short[(int) ((historyLength * (long) up) / down) + 2];
        while (true) {
            long pos = nextOut * down;
            long centre = Math.floorDiv(pos, up);
            if (centre + half >= available) {
                break;
            }
            float[] t = taps[(int) (pos - centre * up)];
            int first = (int) (centre - half + 1 - historyStart);
            float acc = 0;
            for (int k = 0; k < t.length; k++) {
                acc += t[k] * history[first + k];
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, 2 * out.length);
            }
            out[n++] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(acc)));
            nextOut++;
        }
        // Keep only the history the next output still needs.
        long keepFrom = Math.floorDiv(nextOut * down, up) - half + 1;
        int drop = (int) Math.max(0, Math.min(historyLength, keepFrom - historyStart));
        System.arraycopy(history, drop, history, 0, historyLength - drop);
        historyLength -= drop;
        historyStart += drop;
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    /** Blackman window over [-1, 1]. */
    private static double blackman(double x) {
        if (Math.abs(x) >= 1) {
            return 0;
        }
        double t = Math.PI * (x + 1); // 0..2pi
        return 0.42 - 0.5 * Math.cos(t) + 0.08 * Math.cos(2 * t);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
