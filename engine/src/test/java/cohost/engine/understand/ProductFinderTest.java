package cohost.engine.understand;

import cohost.knowledge.Localized;
import cohost.knowledge.Money;
import cohost.knowledge.Product;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Finding the product a message names, and what a catalogue's titles cost to index. */
class ProductFinderTest {
    static Product product(String sku, String title) {
        return new Product(sku, Localized.of(title, "en"), null, null, null, Money.of("1", "USD"), Map.of(), List.of(),
                List.of(), List.of());
    }

    /** A few other products, so that a title word is as rare as in a real catalogue. */
    static final List<Product> OTHERS = List.of(product("M", "Enamel Mug"), product("B", "Canvas Bag"),
            product("L", "Desk Lamp"), product("S", "Wool Scarf"), product("C", "Cable Organizer"));

    static ProductFinder finder(Product... products) {
        List<Product> all = new java.util.ArrayList<>(OTHERS);
        all.addAll(List.of(products));
        return new ProductFinder(all, Set.of(), w -> true); // every other word is an ordinary one
    }

    @Test
    void hyphenatedTitleWordsAreKeptWhole() {
        ProductFinder f = finder(product("TB", "Tire-bouchon Sommelier"));
        assertThat(f.find(Text.of("le tire-bouchon est en stock ?")).sku()).isEqualTo("TB");
        assertThat(f.find(Text.of("do you have the tirebouchon?")).sku()).isEqualTo("TB");
    }

    /** A Shopify export: titles in the shop's language only, asked for in the shopper's. */
    static final List<Product> ENGLISH_ONLY = List.of(product("CURL", "Cordless Curler Pearl"),
            product("CASE", "Mirror Phone Case for iPhone 16"), product("HALO", "Halo LED Makeup Mirror"),
            product("TINT", "Velvet Lip Tint"), product("TONER", "Rice Water Toner"));

    @Test
    void aTitleInOneLanguageIsFoundByWhatShoppersCallItsKindInTheirs() {
        ProductFinder f = finder(ENGLISH_ONLY.toArray(Product[]::new));
        assertThat(f.find(Text.of("¿cuánto cuesta el rizador?")).sku()).isEqualTo("CURL");
        assertThat(f.find(Text.of("고데기 얼마예요?")).sku()).isEqualTo("CURL");
        assertThat(f.find(Text.of("la coque miroir est dispo ?")).sku()).as("the mirror case, not the mirror")
                .isEqualTo("CASE");
        assertThat(f.find(Text.of("Ist die Spiegel-Handyhülle noch da?")).sku()).isEqualTo("CASE");
        assertThat(f.find(Text.of("le miroir lumineux, il coûte combien ?"))).as("two mirrors: which?").isNull();
        assertThat(f.find(Text.of("립틴트 색상 뭐 있어요? 💄")).sku()).isEqualTo("TINT");
        assertThat(f.find(Text.of("化妆水多少钱")).sku()).isEqualTo("TONER");
        assertThat(f.find(Text.of("جراب الآيفون متوفر؟")).sku()).isEqualTo("CASE");
    }

    @Test
    void titlesTheKbGivesInSeveralLanguagesAreNotGivenKindNames() {
        Product curler = new Product("CURL", new cohost.knowledge.Localized(
                Map.of("en", "Cordless Curler", "es", "Rizador inalámbrico"), "en"), null, null, null,
                Money.of("1", "USD"), Map.of(), List.of(), List.of(), List.of());
        ProductFinder f = finder(curler);
        assertThat(f.find(Text.of("el rizador tiene batería?")).sku()).isEqualTo("CURL");
        assertThat(f.find(Text.of("고데기 얼마예요?"))).as("the KB's own translations are the names").isNull();
    }

    @Test
    void aMegabyteTitleIsIndexedInTimeLinearInItsLength() {
        // a pattern retried from every letter of a ten-megabyte run of letters would take hours, not seconds; the
        // bound is generous as the 2-core test machine is shared (a few seconds alone, 31 s at load average 28)
        String spun = "a".repeat(5_000_000) + "-b" + "x-y".repeat(1_000_000) + " Kettle";
        ProductFinder f = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> finder(product("K", spun)));
        assertThat(f.find(Text.of("is the kettle in stock?")).sku()).isEqualTo("K");
    }

    @Test
    void aMessageReadOnceNamesWhatItNamesWhenReadAgain() {
        // the understanding, the comparison check and the listing's reroute ask about one reading of the message
        ProductFinder f = finder(product("S2", "Sonaro Air S2 Earbuds"), product("P3", "Sonaro Air Pro 3 Earbuds"),
                product("K", "Glass Kettle 1.7 L"), product("K2", "Steel Kettle 1.7 L"),
                product("T", "Sac banane Trail"), product("Z", "降噪耳机 Air Pro 3"));
        for (String message : List.of("Air S2 vs Air Pro 3, which is lighter?", "is the glass kettel in stock?",
                "sonaro ar s2 battery?", "le sac banane trail est étanche ?", "airpro3 和 air s2 有什么区别？",
                "kettle 1.7 L?", "what about the Sonaro 😍", "ok thanks")) {
            ProductFinder.Reading once = f.read(Text.of(message));
            ProductFinder.Found found = f.find(once);
            ProductFinder.Found afresh = f.find(Text.of(message));
            assertThat(found).as(message).isEqualTo(afresh);
            assertThat(f.findAll(once, ProductFinder.MAX_NAMED, false)).as(message)
                    .isEqualTo(f.findAll(Text.of(message), ProductFinder.MAX_NAMED, false))
                    .isEqualTo(f.findAll(once, ProductFinder.MAX_NAMED, false));
            assertThat(f.findAll(once, 2, true)).as(message).isEqualTo(f.findAll(Text.of(message), 2, true));
            if (found != null) {
                assertThat(f.givesWayToScreen(once, found.sku(), "K")).as(message)
                        .isEqualTo(f.givesWayToScreen(f.read(Text.of(message)), found.sku(), "K"));
            }
        }
        assertThat(f.findAll(f.read(Text.of("Air S2 vs Air Pro 3")), ProductFinder.MAX_NAMED, false)).contains("S2");
    }
}
