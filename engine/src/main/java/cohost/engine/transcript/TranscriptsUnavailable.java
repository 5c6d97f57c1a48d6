package cohost.engine.transcript;

/** A transcript read failed because the store cannot be reached (a database down); the message says which and why. */
public final class TranscriptsUnavailable extends RuntimeException {
    public TranscriptsUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
