package cohost.knowledge;

/**
 * One result of a full-text search.
 *
 * @param kind  "product", "faq" or "policy"
 * @param id    the source id: a product SKU, a FAQ id, or a shipping/returns/payment rule id
 * @param score the BM25 score, for ordering only
 */
public record SearchHit(String kind, String id, float score) {
}
