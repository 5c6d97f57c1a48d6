package cohost.engine;

/**
 * What the engine made of a message.
 *
 * @param lang            the language to answer in (ISO 639-1)
 * @param followUp        true when intent or slots were carried over from the conversation ("and to Canada?")
 * @param confidence      0..1; low values lead to a clarifying answer or a handoff, never a guess
 * @param unlistedProduct true when the message asks for something to buy that the catalog does not hold ("do you
 *                        sell car tires?"): the answer is "we don't have that" and a human, not "which product?"
 * @param topics          what a purchase question asks about when that is more than its intent says: customs duties
 *                        (a shipping question about taxes), or several topics in one message ("shipping to Riyadh,
 *                        and is there cash on delivery?"), in the order to answer them; empty for a plain question
 */
public record Understanding(String lang, Intent intent, Slots slots, boolean followUp, double confidence,
                            boolean unlistedProduct, java.util.List<Topic> topics) {

    /**
     * The confidence of a question none of the lexicons know, read as an unsure handoff: the store's FAQ answers it
     * when one matches, else the reply says the store has no answer and offers a teammate.
     */
    public static final double UNKNOWN_QUESTION = 0.3;

    public Understanding {
        topics = topics == null ? java.util.List.of() : java.util.List.copyOf(topics);
    }

    public Understanding(String lang, Intent intent, Slots slots, boolean followUp, double confidence,
                         boolean unlistedProduct) {
        this(lang, intent, slots, followUp, confidence, unlistedProduct, java.util.List.of());
    }

    public Understanding(String lang, Intent intent, Slots slots, boolean followUp, double confidence) {
        this(lang, intent, slots, followUp, confidence, false);
    }

    /** The same understanding answered in another language. */
    public Understanding inLanguage(String otherLang) {
        return new Understanding(otherLang, intent, slots, followUp, confidence, unlistedProduct, topics);
    }
}
