package cohost.wire;

/**
 * Input that does not follow the wire contract. The message says what is wrong and where, in the client's terms
 * (a field path such as {@code chat.viewer.lang}, or a line and column for malformed JSON), never in a library's.
 */
public final class WireException extends RuntimeException {
    private final String messageId;

    public WireException(String message) {
        this(message, null);
    }

    /** @param messageId the id of the message the bad input carried, when it could be read; else null */
    public WireException(String message, String messageId) {
        super(message, null, false, false);
        this.messageId = messageId;
    }

    /** A field's problem; the message starts with the field's name, so a reader can put the path in front. */
    static WireException field(String field, String problem) {
        return new WireException(field + " " + problem);
    }

    /** The id of the message this input carried ({@code "id"} of a chat frame), or null. */
    public String messageId() {
        return messageId;
    }
}
