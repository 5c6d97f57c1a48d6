package cohost.engine.speech;

/**
 * Audio that cannot be transcribed (the {@link SpeechRecognizer} port's error), with a stable wire {@link #code()} (sent to clients as
 * {@code {"type":"error","code":...}}) and a message that says what is wrong and where.
 * The stream or request that raised it stays usable unless the message says otherwise.
 */
public final class AudioException extends RuntimeException {
    /** Not a RIFF/WAVE file, or a broken chunk structure. */
    public static final String BAD_HEADER = "bad_header";
    /** Anything but 16-bit integer PCM (float, 8-bit, 24-bit, mu-law...). */
    public static final String UNSUPPORTED_ENCODING = "unsupported_encoding";
    /** A sample rate other than 8000, 16000, 22050, 44100 or 48000 Hz. */
    public static final String UNSUPPORTED_SAMPLE_RATE = "unsupported_sample_rate";
    /** A PCM buffer whose length is not a whole number of 16-bit samples. */
    public static final String ODD_BYTE_COUNT = "odd_byte_count";
    /** No samples at all. */
    public static final String EMPTY_AUDIO = "empty_audio";
    /** More audio than the configured cap for one stream or file. */
    public static final String TOO_LONG = "too_long";
    /** Audio sent to a stream that has already ended. */
    public static final String STREAM_ENDED = "stream_ended";
    /** No speech model is loaded (or none for the requested language). */
    public static final String NO_MODEL = "no_model";

    private final String code;

    public AudioException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
