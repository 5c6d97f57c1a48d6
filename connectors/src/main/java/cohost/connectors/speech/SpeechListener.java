package cohost.connectors.speech;

/**
 * What a {@link SpeechStream} reports, on the thread that called {@link SpeechStream#accept} or
 * {@link SpeechStream#end}. Per utterance: one {@link #onSpeechStart()}, then any number of partials, then at most
 * one final, then one {@link #onSpeechEnd()}; the next utterance starts over.
 */
public interface SpeechListener {

    /**
     * Speech began: fired before any text, for barge-in. It comes from whichever notices first: the energy onset
     * detector on the incoming PCM (20 ms of loud audio; usually first) or the recognizer's first non-empty
     * partial result.
     */
    default void onSpeechStart() {
    }

    /** The words so far of the utterance being spoken; may change until the final. */
    default void onPartial(String text) {
    }

    /** The utterance's final text (never empty), at an endpoint (a pause) or at {@link SpeechStream#end()}. */
    void onFinal(String text);

    /**
     * The utterance is over: after its final, or without one when the sound held no words (a cough, music), or
     * when the stream ends. Ends a host barge-in hold.
     */
    default void onSpeechEnd() {
    }
}
