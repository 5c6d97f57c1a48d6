package cohost.engine.model;

import java.util.Objects;

/**
 * One message of a conversation sent to a {@link ChatModel}: who wrote it and its text.
 *
 * @param author the engine's rules ({@link Author#SYSTEM}), a customer ({@link Author#CUSTOMER}) or the co-host's
 *               own earlier reply ({@link Author#COHOST})
 */
public record ChatMessage(Author author, String text) {

    /** Who wrote a message. Only {@link #SYSTEM} messages carry rules; a customer's text is never one. */
    public enum Author { SYSTEM, CUSTOMER, COHOST }

    public ChatMessage {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }

    public static ChatMessage system(String text) {
        return new ChatMessage(Author.SYSTEM, text);
    }

    public static ChatMessage customer(String text) {
        return new ChatMessage(Author.CUSTOMER, text);
    }

    public static ChatMessage cohost(String text) {
        return new ChatMessage(Author.COHOST, text);
    }
}
