package cohost.wire;

/** {@code GET /health}: {@code {"status": "ok", "authMode": "keys"}} (or {@code "local-demo"}). */
public record Health(String status, String authMode) {
}
