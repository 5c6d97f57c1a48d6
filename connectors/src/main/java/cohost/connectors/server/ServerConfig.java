package cohost.connectors.server;

import cohost.connectors.speech.Speech;
import cohost.engine.Cohost;
import cohost.engine.room.RoomPolicy;
import cohost.engine.speech.SpeechRecognizer;

import java.util.Map;

/**
 * What a {@link CohostServer} serves and how.
 *
 * @param stores          store id to its engine
 * @param storeByKey      API key to store id; empty means local demo mode (keyless, loopback only)
 * @param maxTextLength   longest desk message, in characters (413 beyond)
 * @param requestsPerSecond per API key, desk requests and socket connections (429 beyond)
 * @param outboxFrames    frames a live client may have unsent before it is disconnected as too slow
 * @param speech          speech recognition (the engine's port; Vosk: {@link Speech}) for voice on the socket
 *                        and WAV on the desk; {@link Speech#none()} for none
 * @param security        who may reach the server from a browser, per-key request rates, failed-auth limits
 */
public record ServerConfig(String host, int port, Map<String, Cohost> stores, Map<String, String> storeByKey,
                           RoomPolicy roomPolicy, int maxTextLength, double requestsPerSecond, int requestBurst,
                           int outboxFrames, SpeechRecognizer speech, Security security) {

    /**
     * Browser and abuse policy.
     *
     * @param allowedOrigins     origins (e.g. {@code https://studio.example.com}) whose pages may use the API and the
     *                           socket besides the server's own; any other page's request is refused (403)
     * @param requestsPerSecondByKey a key's own rate, for keys that need more (or less) than the default
     * @param failedAuthPerMinute failed authentications one address may make a minute (burst as many) before 429s
     */
    public record Security(java.util.Set<String> allowedOrigins, Map<String, Double> requestsPerSecondByKey,
                           int failedAuthPerMinute) {
        public static final Security DEFAULTS = new Security(java.util.Set.of(), Map.of(), 10);

        public Security {
            allowedOrigins = allowedOrigins.stream().map(o -> o.strip().toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("/+$", "")).collect(java.util.stream.Collectors.toUnmodifiableSet());
            requestsPerSecondByKey = Map.copyOf(requestsPerSecondByKey);
        }
    }

    public ServerConfig(String host, int port, Map<String, Cohost> stores, Map<String, String> storeByKey,
                        RoomPolicy roomPolicy, int maxTextLength, double requestsPerSecond, int requestBurst,
                        int outboxFrames, SpeechRecognizer speech) {
        this(host, port, stores, storeByKey, roomPolicy, maxTextLength, requestsPerSecond, requestBurst, outboxFrames,
                speech, Security.DEFAULTS);
    }

    public ServerConfig(String host, int port, Map<String, Cohost> stores, Map<String, String> storeByKey,
                        RoomPolicy roomPolicy, int maxTextLength, double requestsPerSecond, int requestBurst,
                        int outboxFrames) {
        this(host, port, stores, storeByKey, roomPolicy, maxTextLength, requestsPerSecond, requestBurst, outboxFrames,
                Speech.none());
    }

    public ServerConfig {
        java.util.Objects.requireNonNull(speech, "speech");
        java.util.Objects.requireNonNull(security, "security");
        for (String key : security.requestsPerSecondByKey().keySet()) {
            if (!storeByKey.containsKey(key)) {
                throw new IllegalArgumentException("a request rate is set for a key that is not configured");
            }
        }
        stores = Map.copyOf(stores);
        storeByKey = Map.copyOf(storeByKey);
        if (stores.isEmpty()) {
            throw new IllegalArgumentException("no store to serve");
        }
        for (var e : storeByKey.entrySet()) {
            if (!stores.containsKey(e.getValue())) {
                throw new IllegalArgumentException("a key is configured for store '" + e.getValue()
                        + "', which is not loaded (loaded: " + String.join(", ", stores.keySet()) + ")");
            }
        }
        if (storeByKey.isEmpty() && stores.size() != 1) {
            throw new IllegalArgumentException("demo mode (no keys) serves exactly one store; configure keys");
        }
    }

    /** The longest desk message by default, in characters (code points: an emoji is one). */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 2000;

    /** Defaults for everything but where and what: 2,000-character messages, 50 requests/s per key. */
    public static ServerConfig of(String host, int port, Map<String, Cohost> stores, Map<String, String> storeByKey) {
        return new ServerConfig(host, port, stores, storeByKey, RoomPolicy.DEFAULTS, DEFAULT_MAX_TEXT_LENGTH, 50, 100,
                512);
    }

    public boolean demoMode() {
        return storeByKey.isEmpty();
    }

    public ServerConfig withLimits(RoomPolicy roomPolicy, double requestsPerSecond, int requestBurst, int outboxFrames) {
        return new ServerConfig(host, port, stores, storeByKey, roomPolicy, maxTextLength, requestsPerSecond,
                requestBurst, outboxFrames, speech, security);
    }

    public ServerConfig withSpeech(SpeechRecognizer speech) {
        return new ServerConfig(host, port, stores, storeByKey, roomPolicy, maxTextLength, requestsPerSecond,
                requestBurst, outboxFrames, speech, security);
    }

    public ServerConfig withSecurity(Security security) {
        return new ServerConfig(host, port, stores, storeByKey, roomPolicy, maxTextLength, requestsPerSecond,
                requestBurst, outboxFrames, speech, security);
    }
}
