package cohost.connectors.speech;

import cohost.engine.speech.AudioException;
import cohost.engine.speech.SpeechRecognizer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vosk.Recognizer;

import java.io.IOException;

/**
 * One speaker's audio on its way to text, a Vosk {@link SpeechRecognizer.Stream}: 16-bit little-endian mono PCM goes in by {@link #accept}, results come
 * out through the {@link SpeechRecognizer.Listener} on the caller's thread. Owns one native Vosk recognizer, freed by
 * {@link #close()} (call it when the socket closes, also after {@link #end()}). Methods are synchronized, so a
 * socket thread and a closing thread may race safely.
 */
public final class SpeechStream implements SpeechRecognizer.Stream {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Recognizer recognizer;
    private final Resampler resampler; // null when the client already sends the model's rate
    private final OnsetDetector onset;
    private final SpeechRecognizer.Listener listener;
    private final int sampleRate;
    private final long maxSamples;

    private long received;
    private boolean inUtterance;
    private String lastPartial = "";
    private boolean ended;
    private boolean closed;

    SpeechStream(Recognizer recognizer, int sampleRate, int modelRate, int maxSeconds, SpeechRecognizer.Listener listener) {
        this.recognizer = recognizer;
        this.sampleRate = sampleRate;
        this.resampler = sampleRate == modelRate ? null : new Resampler(sampleRate, modelRate);
        this.onset = new OnsetDetector(modelRate);
        this.listener = listener;
        this.maxSamples = (long) maxSeconds * sampleRate;
    }

    /**
     * Takes the next piece of audio. A bad piece (empty, odd length, past the length cap, after the end) throws an
     * {@link AudioException} and is dropped; the stream keeps everything it accepted before.
     */
    @Override
    public synchronized void accept(byte[] pcm) {
        if (ended || closed) {
            throw new AudioException(AudioException.STREAM_ENDED, "audio after the stream ended; start a new stream");
        }
        if (pcm.length == 0) {
            throw new AudioException(AudioException.EMPTY_AUDIO, "empty audio frame");
        }
        if (pcm.length % 2 != 0) {
            throw new AudioException(AudioException.ODD_BYTE_COUNT, "audio frame of " + pcm.length
                    + " bytes is not a whole number of 16-bit samples");
        }
        long samples = pcm.length / 2;
        if (received + samples > maxSamples) {
            throw new AudioException(AudioException.TOO_LONG, "stream is longer than the " + maxSamples / sampleRate
                    + " s cap; the audio before this frame is kept: end the stream and start a new one");
        }
        received += samples;
        short[] in = Pcm.samples(pcm, 0, pcm.length);
        recognize(resampler == null ? in : resampler.process(in));
    }

    /**
     * No more audio: delivers the final text of the last utterance (if any words were heard). Throws
     * {@link AudioException} with {@code empty_audio} if the stream never received a sample.
     */
    @Override
    public synchronized void end() {
        if (ended || closed) {
            return;
        }
        ended = true;
        if (received == 0) {
            throw new AudioException(AudioException.EMPTY_AUDIO, "the stream ended without any audio");
        }
        if (resampler != null) {
            recognize(resampler.flush());
        }
        finish(text(recognizer.getFinalResult(), "text"));
    }

    /** Frees the native recognizer; idempotent. Results not yet final are dropped. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            recognizer.close();
        }
    }

    private void recognize(short[] samples) {
        if (samples.length == 0) {
            return;
        }
        if (onset.accept(samples)) {
            speechStarted(); // before the recognizer runs: barge-in must not wait for decoding
        }
        if (recognizer.acceptWaveForm(samples, samples.length)) {
            finish(text(recognizer.getResult(), "text"));
            return;
        }
        String partial = text(recognizer.getPartialResult(), "partial");
        if (!partial.isEmpty() && !partial.equals(lastPartial)) {
            speechStarted();
            lastPartial = partial;
            listener.onPartial(partial);
        }
    }

    private void speechStarted() {
        if (!inUtterance) {
            inUtterance = true;
            listener.onSpeechStart();
        }
    }

    private void finish(String text) {
        if (!text.isEmpty()) {
            speechStarted();
            listener.onFinal(text);
        }
        lastPartial = "";
        if (inUtterance) {
            inUtterance = false;
            listener.onSpeechEnd();
        }
    }

    private static String text(String json, String field) {
        try {
            return JSON.readTree(json).path(field).asText("").strip();
        } catch (IOException e) {
            throw new IllegalStateException("Vosk returned unreadable JSON: " + json, e);
        }
    }
}
