package cohost.engine;

/** A KB fact an answer was built from: kind ("shipping", "returns", "payment", "product", "faq") and its id. */
public record Source(String kind, String id) {
}
