package cohost.connectors.server;

/**
 * A request the server refuses, with the HTTP status and a message that says what is wrong and where. The JSON body
 * is {@code {"error": {"code": "...", "message": "..."}}}; the code names the status (README, "Desk HTTP API").
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;

    public ApiError(int status, String message) {
        this(status, code(status), message);
    }

    /** With a more specific code than the status's, e.g. an audio error's {@code odd_byte_count}. */
    public ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "too_many_requests";
            case 503 -> "unavailable";
            case 504 -> "timeout";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }
}
