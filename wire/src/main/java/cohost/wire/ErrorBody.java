package cohost.wire;

/**
 * Every HTTP error's body: {@code {"error": {"code": "bad_request", "message": "..."}}}. The code names the status
 * (or something more specific, e.g. an audio error's {@code odd_byte_count}); the message says what is wrong and
 * where.
 */
public record ErrorBody(Problem error) {
    public ErrorBody(String code, String message) {
        this(new Problem(code, message));
    }

    public record Problem(String code, String message) {
    }
}
