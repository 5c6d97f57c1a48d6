package cohost.knowledge;

import java.util.List;

/**
 * Everything a valid KB folder says, as read by {@link KbReader}.
 *
 * @param rules       the room rules of rules.json, or {@link RoomRules#NONE} without one
 * @param fingerprint a hash of the files' bytes: equal folders have equal fingerprints
 * @param lines       what the JSON Lines files' lines read as, for the next read of the folder to reuse
 */
record KbContent(Store store, List<Product> products, List<ShippingOption> shipping, List<ReturnPolicy> returns,
                 List<PaymentMethod> payments, List<FaqEntry> faqs, RoomRules rules, String fingerprint,
                 KbReader.Lines lines) {
}
