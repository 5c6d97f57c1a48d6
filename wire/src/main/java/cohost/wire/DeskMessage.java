package cohost.wire;

/**
 * The body of {@code POST /v1/conversations/{conversationId}/messages}: {@code {"text": "...", "lang": "es",
 * "customer": {"id": "c1", "name": "Ana", "country": "MX"}}}. Only {@code text} is required.
 *
 * @param id       the client's id for the message (replies name it in {@code inReplyTo}); default: the server's
 * @param lang     the customer's language, ISO 639-1; default: the customer's {@code lang}, else detected
 * @param customer who asks; default: a customer whose id is the conversation id
 * @param showing  the SKU of the product the customer is looking at ("this one"), if any
 */
public record DeskMessage(String id, String text, String lang, Person customer, String showing) {
    public DeskMessage {
        Checks.id("id", id);
        text = Checks.plainText(Checks.nonBlank("text", text));
        lang = Checks.lang("lang", lang);
    }
}
