package cohost.connectors.server;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may call which store. The API key decides the store: every conversation, room and KB a request reaches belongs
 * to the key's store, so ids never collide across stores and a key never reaches another store's data. A client may
 * name the store it expects ({@code X-Cohost-Store} header or {@code ?store=}); naming another store is refused (403).
 * In local demo mode a request without a key is served by the only store.
 */
final class Access {
    static final String STORE_HEADER = "X-Cohost-Store";

    private final Map<String, String> storeByKey;
    private final String demoStore;
    private final double perSecond;
    private final int burst;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    /** @param demoStore the store keyless requests reach, or null when every request needs a key */
    Access(Map<String, String> storeByKey, String demoStore, double perSecond, int burst) {
        this.storeByKey = Map.copyOf(storeByKey);
        this.demoStore = demoStore;
        this.perSecond = perSecond;
        this.burst = burst;
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
     */
    String storeFor(String authorization, String queryKey, String namedStore) {
        String key = bearer(authorization).or(() -> Optional.ofNullable(queryKey).filter(k -> !k.isBlank()))
                .orElse(null);
        String store;
        if (key == null) {
            if (demoStore == null) {
                throw new ApiError(401, "missing API key: send 'Authorization: Bearer KEY' (or ?key=KEY on a WebSocket)");
            }
            store = demoStore;
        } else {
            store = storeByKey.get(key);
            if (store == null) {
                throw new ApiError(401, "unknown API key");
            }
        }
        if (!limiters.computeIfAbsent(key == null ? "" : key, k -> new RateLimiter(perSecond, burst)).tryAcquire()) {
            throw new ApiError(429, "too many requests for this key: at most " + perSecond + " a second");
        }
        if (namedStore != null && !namedStore.isBlank() && !namedStore.equals(store)) {
            throw new ApiError(403, "this key is for store '" + store + "', not '" + namedStore + "'");
        }
        return store;
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
