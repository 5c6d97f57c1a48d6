package cohost.engine.speech;

/**
 * What Cohost needs from speech recognition (the port; the Vosk adapter is {@code connectors/speech/Speech}): a stream
 * per speaker that turns 16-bit little-endian mono PCM into partial and final transcripts, and says when speech
 * starts, before any text, so the host's voice can cut a reply at once (barge-in), and when it ends (the host's hold
 * ends). The live room's voice input ({@code connectors/server/LiveSpeech}) and the desk's voice messages read only
 * this; a final transcript becomes a spoken {@code Utterance}, answered like chat.
 *
 * <p>Errors are {@link AudioException}s with a stable code (bad audio, no model for the language, too long), and
 * leave the stream usable unless their message says otherwise.
 */
public interface SpeechRecognizer {

    /** Whether any speech can be recognized (false: voice input is refused with a message saying how to enable it). */
    boolean available();

    /**
     * Opens a stream for one speaker.
     *
     * @param lang       the speaker's language, or null for the recognizer's default
     * @param sampleRate the rate of the PCM the client sends (8000, 16000, 22050, 44100 or 48000)
     * @throws AudioException {@code unsupported_sample_rate}, or {@code no_model} when no model fits
     */
    Stream open(String lang, int sampleRate, Listener listener);

    /**
     * The whole text of one recording (utterances joined by a space), or "" if no words were heard.
     *
     * @throws AudioException when the audio cannot be transcribed (too long, empty, no model)
     */
    String transcribe(short[] samples, int sampleRate, String lang);

    /** One speaker's audio on its way to text; results reach the {@link Listener} on the thread that feeds it. */
    interface Stream extends AutoCloseable {
        /** Takes the next piece of audio; a bad piece throws {@link AudioException} and is dropped. */
        void accept(byte[] pcm);

        /** No more audio: the last utterance's final text (if any words were heard) reaches the listener. */
        void end();

        /** Frees the stream; idempotent. Results not yet final are dropped. */
        @Override
        void close();
    }

    /**
     * What a stream reports. Per utterance: one {@link #onSpeechStart()}, then any number of partials, then at most
     * one final, then one {@link #onSpeechEnd()}; the next utterance starts over.
     */
    interface Listener {
        /** Speech began: before any text, for barge-in (an implementation reports it as early as it can tell). */
        default void onSpeechStart() {
        }

        /** The words so far of the utterance being spoken; may change until the final. */
        default void onPartial(String text) {
        }

        /** The utterance's final text (never empty), at an endpoint (a pause) or at {@link Stream#end()}. */
        void onFinal(String text);

        /**
         * The utterance is over: after its final, or without one when the sound held no words (a cough, music), or
         * when the stream ends. Ends a host barge-in hold.
         */
        default void onSpeechEnd() {
        }
    }
}
