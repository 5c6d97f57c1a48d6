package cohost.engine;

/** One message to answer, in the conversation it belongs to (a desk customer, or one viewer in a room). */
public record Ask(String conversationId, Utterance utterance) {
}
