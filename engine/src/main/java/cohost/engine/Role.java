package cohost.engine;

/** Who is speaking. Barge-in priority runs host > moderator > the viewer being answered > other viewers. */
public enum Role {
    HOST, MODERATOR, VIEWER, CUSTOMER;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
