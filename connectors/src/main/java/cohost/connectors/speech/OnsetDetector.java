package cohost.connectors.speech;

import cohost.engine.speech.SpeechRecognizer;

/**
 * A cheap speech-onset detector: 10 ms frames whose RMS level stays above a threshold for 20 ms (a click or a
 * single loud frame does not count; a longer noise burst does: the recognizer has the final say on words). The threshold is
 * the higher of a fixed floor (about -35 dBFS) and four times the running noise level, so steady background hum
 * does not count as speech. It is faster than waiting for the recognizer to hypothesise a word, which is what
 * makes barge-in quick; the recognizer's first partial is the fallback (see {@link SpeechRecognizer.Listener#onSpeechStart}).
 */
final class OnsetDetector {
    private static final double MIN_RMS = 600;
    private static final double NOISE_FACTOR = 4;
    private static final int LOUD_FRAMES = 2;

    private final int frameSize;
    private double sumSquares;
    private int inFrame;
    private double noise;
    private int loudRun;

    OnsetDetector(int sampleRate) {
        this.frameSize = sampleRate / 100;
    }

    /** Feeds samples; returns true if speech is going on (20 ms of loud frames) by the end of them. */
    boolean accept(short[] samples) {
        boolean onset = false;
        for (short s : samples) {
            sumSquares += (double) s * s;
            if (++inFrame == frameSize) {
                double rms = Math.sqrt(sumSquares / frameSize);
                if (rms > Math.max(MIN_RMS, NOISE_FACTOR * noise)) {
                    loudRun++;
                } else {
                    loudRun = 0;
                    noise = 0.95 * noise + 0.05 * rms;
                }
                onset |= loudRun >= LOUD_FRAMES;
                sumSquares = 0;
                inFrame = 0;
            }
        }
        return onset;
    }
}
