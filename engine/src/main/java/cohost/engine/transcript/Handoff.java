package cohost.engine.transcript;

import cohost.engine.Turn;

/**
 * A question a reply handed off to a human: the reply that offered one, and what the asker said (null when that
 * message is no longer kept).
 *
 * @param conversationId the asker's conversation (a desk conversation id, or {@code roomId/role/viewerId})
 */
public record Handoff(String conversationId, Turn question, Turn reply) {
}
