package cohost.engine.understand;

import cohost.knowledge.Countries;
import cohost.knowledge.FaqEntry;
import cohost.knowledge.Knowledge;
import cohost.knowledge.Localized;
import cohost.knowledge.Money;
import cohost.knowledge.PaymentMethod;
import cohost.knowledge.Product;
import cohost.knowledge.ReturnPolicy;
import cohost.knowledge.SearchHit;
import cohost.knowledge.ShippingOption;
import cohost.knowledge.Store;
import cohost.knowledge.Variant;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small store for understanding tests: three products with colour and size variants, and countries named as the
 * JDK names them. Only what the {@link Understander} reads is filled in.
 */
final class TestKnowledge implements Knowledge {

    static final List<String> LANGS = List.of("en", "es", "pt", "fr", "de", "id", "ja", "ko", "zh", "ar");

    private static Product product(String sku, Map<String, String> titles, String category, String... variantSpecs) {
        List<Variant> variants = new java.util.ArrayList<>();
        for (String spec : variantSpecs) {
            String[] p = spec.split("/");
            variants.add(new Variant(sku + "-" + p[0].toUpperCase(Locale.ROOT).substring(0, 3) + "-" + p[1],
                    Map.of("color", p[0], "size", p[1]), null, 5));
        }
        return new Product(sku, new Localized(titles, "en"), Localized.of("", "en"), category, "Trailhead",
                Money.of("49.90", "USD"), Map.of(), variants, List.of("CE"), List.of());
    }

    private final List<Product> products = List.of(
            product("JKT-100", Map.of("en", "Trail Runner Rain Jacket", "pt", "Jaqueta de Chuva Trail Runner",
                    "zh", "越野跑防雨夹克", "ja", "トレイルランナー レインジャケット"), "apparel",
                    "black/M", "black/L", "navy/M", "red/S"),
            product("BAG-200", Map.of("en", "Canvas Weekender Duffel Bag", "es", "Bolso de viaje de lona",
                    "ko", "캔버스 위켄더 더플백"), "bags", "olive/One", "black/One"),
            product("MUG-300", Map.of("en", "Enamel Camp Mug", "de", "Emaille-Campingbecher"), "kitchen",
                    "white/One", "green/One"));

    /** Lower-case code or name in any of the languages to code, as the KB's resolver answers. */
    private static final Map<String, String> COUNTRY_NAMES = countryNames();

    private static Map<String, String> countryNames() {
        Map<String, String> names = new java.util.HashMap<>();
        for (String code : Locale.getISOCountries()) {
            names.put(code.toLowerCase(Locale.ROOT), code);
            for (String lang : LANGS) {
                names.put(Locale.of("", code).getDisplayCountry(Locale.of(lang)).toLowerCase(Locale.ROOT), code);
            }
        }
        return names;
    }

    private final Countries countries = new Countries() {
        @Override
        public Optional<String> resolve(String text) {
            return Optional.ofNullable(COUNTRY_NAMES.get(text.strip().toLowerCase(Locale.ROOT)));
        }

        @Override
        public String name(String countryCode, String lang) {
            return Locale.of("", countryCode).getDisplayCountry(Locale.of(lang));
        }

        @Override
        public boolean isKnown(String codeOrRegion) {
            return Set.of(Locale.getISOCountries()).contains(codeOrRegion);
        }
    };

    @Override
    public Store store() {
        return new Store("test", "Trailhead", "en", LANGS, "zh", "USD", Map.of());
    }

    @Override
    public String version() {
        return "test-1";
    }

    @Override
    public List<ShippingOption> shippingTo(String countryCode) {
        return List.of();
    }

    @Override
    public Optional<ReturnPolicy> returnPolicyFor(String countryCode) {
        return Optional.empty();
    }

    @Override
    public List<PaymentMethod> paymentMethodsFor(String countryCode) {
        return List.of();
    }

    @Override
    public Optional<Product> product(String sku) {
        return products.stream().filter(p -> p.sku().equals(sku)).findFirst();
    }

    @Override
    public List<Product> products() {
        return products;
    }

    @Override
    public Optional<FaqEntry> faq(String id) {
        return Optional.empty();
    }

    @Override
    public List<FaqEntry> faqs() {
        return List.of();
    }

    @Override
    public List<SearchHit> search(String query, String lang, int limit, String... kinds) {
        return List.of();
    }

    @Override
    public Countries countries() {
        return countries;
    }
}
