package cohost.connectors.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may call which store. The API key decides the store: every conversation, room and KB a request reaches belongs
 * to the key's store, so ids never collide across stores and a key never reaches another store's data. A client may
 * name the store it expects ({@code X-Cohost-Store} header or {@code ?store=}); naming another store is refused (403).
 * In local demo mode a request without a key is served by the only store.
 *
 * <p>Keys are compared in constant time (by their SHA-256, against every configured key), so response timing tells
 * nothing about how much of a guess was right; an address that fails authentication too often gets 429s for a while,
 * whatever key it sends, so keys cannot be guessed at speed. Each key has a request rate (its own, or the default).
 */
final class Access {
    static final String STORE_HEADER = "X-Cohost-Store";
    /** Addresses remembered for failed authentication; beyond, the oldest are forgotten. */
    private static final int MAX_TRACKED_ADDRESSES = 10_000;

    private final Map<byte[], String> storeByKeyDigest = new LinkedHashMap<>();
    private final Map<String, Double> rateByKey;
    private final String demoStore;
    private final double perSecond;
    private final int burst;
    private final int failedAuthPerMinute;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final Map<String, RateLimiter> failures = new ConcurrentHashMap<>();

    /** @param demoStore the store keyless requests reach, or null when every request needs a key */
    Access(Map<String, String> storeByKey, String demoStore, double perSecond, int burst,
           ServerConfig.Security security) {
        storeByKey.forEach((key, store) -> storeByKeyDigest.put(digest(key), store));
        this.rateByKey = Map.copyOf(security.requestsPerSecondByKey());
        this.demoStore = demoStore;
        this.perSecond = perSecond;
        this.burst = burst;
        this.failedAuthPerMinute = security.failedAuthPerMinute();
    }

    boolean demoMode() {
        return demoStore != null;
    }

    /**
     * The store this request may use.
     *
     * @param authorization the Authorization header, or null
     * @param queryKey      the {@code key} query parameter (WebSocket clients that cannot set headers), or null
     * @param namedStore    the store the client says it wants, or null
     * @param address       the client's address, for the failed-authentication limit
     */
    String storeFor(String authorization, String queryKey, String namedStore, String address) {
        RateLimiter failed = failures.get(address);
        if (failed != null && failed.exhausted()) {
            throw new ApiError(429, "too_many_requests", "too many failed authentications from this address; retry "
                    + "after " + failed.retryAfterSeconds() + " s", failed.retryAfterSeconds());
        }
        String key;
        try {
            key = bearer(authorization).or(() -> Optional.ofNullable(queryKey).filter(k -> !k.isBlank())).orElse(null);
        } catch (ApiError e) {
            throw failedAuthentication(address, e);
        }
        String store;
        if (key == null) {
            if (demoStore == null) {
                throw failedAuthentication(address, new ApiError(401,
                        "missing API key: send 'Authorization: Bearer KEY' (or ?key=KEY on a WebSocket)"));
            }
            store = demoStore;
        } else {
            store = lookUp(key);
            if (store == null) {
                throw failedAuthentication(address, new ApiError(401, "unknown API key"));
            }
        }
        String bucket = key == null ? "" : key;
        double rate = key == null ? perSecond : rateByKey.getOrDefault(key, perSecond);
        RateLimiter limiter = limiters.computeIfAbsent(bucket, k -> new RateLimiter(rate,
                rateByKey.containsKey(k) ? (int) Math.max(1, Math.ceil(2 * rate)) : burst));
        if (!limiter.tryAcquire()) {
            throw new ApiError(429, "too_many_requests", "too many requests for this key: at most " + rate
                    + " a second", limiter.retryAfterSeconds());
        }
        if (namedStore != null && !namedStore.isBlank() && !namedStore.equals(store)) {
            throw new ApiError(403, "this key is for store '" + store + "', not '" + Validate.printable(namedStore) + "'");
        }
        return store;
    }

    /** The key's store, or null; looks at every configured key whatever matches, comparing digests in constant time. */
    private String lookUp(String key) {
        byte[] presented = digest(key);
        String found = null;
        for (Map.Entry<byte[], String> e : storeByKeyDigest.entrySet()) {
            if (MessageDigest.isEqual(e.getKey(), presented)) {
                found = e.getValue();
            }
        }
        return found;
    }

    /** Counts a failed authentication against the address; the error itself, or a 429 once over the limit. */
    private ApiError failedAuthentication(String address, ApiError refusal) {
        if (failures.size() > MAX_TRACKED_ADDRESSES) {
            failures.clear();
        }
        RateLimiter limiter = failures.computeIfAbsent(String.valueOf(address),
                a -> new RateLimiter(failedAuthPerMinute / 60.0, failedAuthPerMinute));
        if (!limiter.tryAcquire()) {
            return new ApiError(429, "too_many_requests", "too many failed authentications from this address; retry "
                    + "after " + limiter.retryAfterSeconds() + " s", limiter.retryAfterSeconds());
        }
        return refusal;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw new ApiError(401, "the Authorization header must be 'Bearer KEY'");
        }
        return Optional.of(parts[1]);
    }
}
