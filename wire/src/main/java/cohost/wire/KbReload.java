package cohost.wire;

/**
 * {@code POST /v1/stores/{storeId}/kb/reload}: whether the store's folder was reloaded now, and the store's KB
 * status after the attempt (on failure, {@code store.lastError} lists every problem and the previous KB serves).
 */
public record KbReload(boolean reloaded, Health.StoreHealth store) {
}
