package cohost.engine;

import java.util.Locale;

/** What a message asks for. The wire names are public API (README, desk and live-room sections). */
public enum Intent {
    SHIPPING, RETURNS, PAYMENT, PRODUCT, ORDER_STATUS, GREETING, HANDOFF, OUT_OF_SCOPE,
    /**
     * Asks nothing: backchannels and laughter ("ok", "kkkk", "哈哈", "嗯嗯"), praise for the stream, the host talking to
     * the audience rather than to the co-host. A room skips it (reason {@code chatter}) and it interrupts nobody.
     */
    CHATTER,
    /**
     * Names a keyword the operator pinned an answer to for the show (store rules.json, "pinned"): a live room says the
     * pinned answer as written.
     */
    PINNED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Intent fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Purchase questions are answered before small talk in a busy room. */
    public boolean isPurchaseQuestion() {
        return this == SHIPPING || this == RETURNS || this == PAYMENT || this == PRODUCT || this == PINNED;
    }
}
