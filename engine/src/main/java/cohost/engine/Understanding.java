package cohost.engine;

/**
 * What the engine made of a message.
 *
 * @param lang       the language to answer in (ISO 639-1)
 * @param followUp   true when intent or slots were carried over from the conversation ("and to Canada?")
 * @param confidence 0..1; low values lead to a clarifying answer or a handoff, never a guess
 */
public record Understanding(String lang, Intent intent, Slots slots, boolean followUp, double confidence) {
}
