package cohost.engine.understand;

import cohost.engine.Intent;
import cohost.engine.Slots;
import cohost.engine.Understanding;
import cohost.knowledge.Knowledge;
import cohost.knowledge.Listings;
import cohost.knowledge.Product;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Questions about a product that the intent lexicons do not know as such: "elle est étanche ?", "how many watts?",
 * "续航多久？" (read as a delivery-time question), "how many pages?" (read as needing a country). When a product is
 * named, on screen, or was just talked about, and the message was read as out of scope, or without conviction as a
 * shipping, returns or payment question that would have to ask for a country first (or as wanting a person), the
 * product's own listing decides: if it answers the question on a topic listings state (battery, size, material...),
 * the message is a product question about that product; a message read as out of scope that asks such a topic
 * the listing does not state is one too (answered "the listing doesn't say").
 */
final class ProductQuestions {
    private static final Set<Intent> NEED_A_COUNTRY = Set.of(Intent.SHIPPING, Intent.RETURNS, Intent.PAYMENT);
    /** Below this confidence an intent read from the lexicons gives way to a listing that answers the message. */
    private static final double UNSURE = 0.75;
    /** At most this many products are compared side by side. */
    private static final int MAX_COMPARED = ProductFinder.MAX_NAMED;

    private final Knowledge knowledge;
    private final ProductFinder products;

    ProductQuestions(Knowledge knowledge, ProductFinder products) {
        this.knowledge = knowledge;
        this.products = products;
    }

    /** @param named the message as the product finder read it for the understanding (its work is reused) */
    Understanding reroute(Understanding u, String text, ProductFinder.Reading named, Context ctx) {
        Understanding compared = comparison(u, text, named, ctx);
        return compared != null ? compared : answerable(u, text, named, ctx);
    }

    /**
     * "Sonaro Air S2 和 Air Pro 3 有什么区别？", "is it lighter than the Pro 3?" (with the S2 on screen): two or three
     * products, named or one of them on screen, with a comparing word, or two named in a product question.
     */
    private Understanding comparison(Understanding u, String text, ProductFinder.Reading t, Context ctx) {
        if (u.intent() != Intent.PRODUCT && u.intent() != Intent.OUT_OF_SCOPE) return null;
        Set<String> topics = Listings.topics(text);
        boolean cue = topics.contains("compare");
        // "Forge oder Tide, was wiegt weniger?", "cuál es más barato, el A o el B?": "or", "which", "more" ask
        // which of two products named by any words of their names (alone, two names need a model code to count)
        boolean whichOf = !cue && Listings.asksWhichOf(text);
        List<String> named = new ArrayList<>(products.findAll(t, MAX_COMPARED, !cue && !whichOf));
        if (named.size() == 1 && cue && ctx.showingSku() != null && !named.contains(ctx.showingSku())) {
            named.add(0, ctx.showingSku());
        }
        if (named.size() < 2 || !cue && !whichOf && u.intent() != Intent.PRODUCT) return null;
        return new Understanding(u.lang(), Intent.PRODUCT, new Slots(null, named.get(0), Map.of(), null,
                named.subList(1, named.size())), false, Math.max(u.confidence(), 0.6), false);
    }

    /** Topics of the product itself that a shipping or order word may come with ("the box it ships in"). */
    private static final Set<String> PHYSICAL = Set.of("dimensions", "size", "weight", "material", "included", "capacity");

    /** Whether the text asks about the product's size, weight, material or contents, and not a price. */
    private static boolean asksAttribute(String text) {
        Set<String> topics = Listings.topics(text);
        if (topics.contains("price")) return false;
        for (String t : topics) {
            if (PHYSICAL.contains(t)) return true;
        }
        return false;
    }

    /** Whether the text asks a product's price, stock or variants in words listings know ("dispo", "il en reste"). */
    private static boolean asksOverview(String text) {
        Set<String> topics = Listings.topics(text);
        return topics.contains("price") || topics.contains("stock") || topics.contains("options");
    }

    private Understanding answerable(Understanding u, String text, ProductFinder.Reading t, Context ctx) {
        boolean outOfScope = u.intent() == Intent.OUT_OF_SCOPE && u.confidence() < 0.9; // 0.9: an injection attempt
        // read as a question that needs a country, or as wanting a person, but without much conviction
        boolean unsure = (NEED_A_COUNTRY.contains(u.intent()) && u.slots().country() == null
                && ctx.speakerCountry() == null || u.intent() == Intent.HANDOFF) && u.confidence() < UNSURE;
        // the asker's country is known and none is named, but the words are weak: "wie lange hält der Akku?" ("how
        // long" read as delivery time), "续航多久？", "qué tan lejos llega la señal?" ("llega", arrives): a topic the
        // listing states and answers makes it a product question
        boolean weak = !unsure && NEED_A_COUNTRY.contains(u.intent()) && u.slots().country() == null
                && u.confidence() < UNSURE;
        // "what size is the box it ships in?", "how heavy is the package?", "does it ship with a charger?": a
        // shipping or order word, but what is asked is a size, weight, material or what comes in the box, which
        // listings state; a price or a destination asked keeps it a shipping question
        boolean attribute = (u.intent() == Intent.SHIPPING || u.intent() == Intent.ORDER_STATUS)
                && u.slots().country() == null && u.slots().orderId() == null && asksAttribute(text);
        // "yo how heavy is dis 😅": a hello with a question the listing answers
        boolean greeting = u.intent() == Intent.GREETING;
        if (!outOfScope && !unsure && !weak && !attribute && !greeting) return u;
        String sku = u.slots().sku();
        if (sku == null) {
            ProductFinder.Found named = products.find(t);
            if (named != null && products.givesWayToScreen(t, named.sku(), ctx.showingSku())) {
                named = null; // "スマホに使えますか？" names no smartphone gloves while a case is on screen
            }
            sku = named != null ? named.sku() : ctx.showingSku() != null ? ctx.showingSku() : ctx.lastSlots().sku();
        }
        Product product = sku == null ? null : knowledge.product(sku).orElse(null);
        if (product == null) return u;
        Listings.Answer a = knowledge.listing(product, text, u.lang());
        // the listing answers it; or, for a message read as about nothing we sell, it asks what listings state
        if (attribute) {
            if (a.outcome() == Listings.Outcome.OVERVIEW || !a.topical()) return u;
            return new Understanding(u.lang(), Intent.PRODUCT, new Slots(null, product.sku(), u.slots().options(), null),
                    false, 0.6, false);
        }
        if (weak || greeting) {
            if (a.outcome() != Listings.Outcome.FACTS || !a.topical()) return u;
            return new Understanding(u.lang(), Intent.PRODUCT, new Slots(null, product.sku(), u.slots().options(), null),
                    false, 0.6, false);
        }
        boolean answers = a.outcome() == Listings.Outcome.FACTS
                // a handoff word without conviction ("does the doll's eyes open and close?"): the listing answers
                // with every word asked, not with the handoff word alone ("cancel my order" is no noise cancelling)
                && (a.topical() || a.whole() || outOfScope)
                // a topic listings state that this one does not: "the listing doesn't say" and a teammate, which
                // is what a handoff gives too, with the reason ("does it fit an android phone?": "phone" is no call)
                || (outOfScope || u.intent() == Intent.HANDOFF) && a.outcome() == Listings.Outcome.NOT_STATED
                && a.topical()
                // "il en reste ?", "tem no preto?": the price, stock or variants of the product in context
                || outOfScope && a.outcome() == Listings.Outcome.OVERVIEW && asksOverview(text);
        if (!answers) return u;
        return new Understanding(u.lang(), Intent.PRODUCT, new Slots(null, product.sku(), u.slots().options(), null),
                false, 0.6, false);
    }
}
