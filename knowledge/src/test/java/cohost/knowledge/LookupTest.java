package cohost.knowledge;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed lookups the answers are built from: shipping, returns, payments, products, FAQ. */
class LookupTest {
    private final KnowledgeBase kb = TestKb.load();

    @Test
    void shippingListsEveryServiceToTheCountryCheapestFirst() {
        assertThat(kb.shippingTo("US")).extracting(ShippingOption::id).containsExactly("us-standard", "us-express");
        ShippingOption standard = kb.shippingTo("US").getFirst();
        assertThat(standard.carrier()).isEqualTo("USPS");
        assertThat(standard.minDays()).isEqualTo(7);
        assertThat(standard.maxDays()).isEqualTo(12);
        assertThat(standard.price()).isEqualTo(new Money(new BigDecimal("4.99"), "USD"));
        assertThat(standard.freeOver()).isEqualTo(new Money(new BigDecimal("49"), "USD"));
        assertThat(standard.duties()).isEqualTo(Duties.DDP);
    }

    @Test
    void shippingMatchesACountryByItsCodeAndByTheRegionsContainingIt() {
        assertThat(kb.shippingTo("BR")).extracting(ShippingOption::id).containsExactly("br-standard", "latam-express");
        assertThat(kb.shippingTo("DE")).extracting(ShippingOption::id).containsExactly("eu-standard");
        assertThat(kb.shippingTo("GB")).extracting(ShippingOption::id).containsExactly("eu-standard");
        assertThat(kb.shippingTo("ID")).extracting(ShippingOption::id).containsExactly("sea-standard");
    }

    @Test
    void shippingCodesIgnoreCaseAndUnservedCountriesGetNothing() {
        assertThat(kb.shippingTo("jp")).extracting(ShippingOption::id).containsExactly("jpkr-ems");
        assertThat(kb.shippingTo("AQ")).isEmpty();
        assertThat(kb.shippingTo("XX")).isEmpty();
        assertThat(kb.shippingTo(null)).isEmpty();
    }

    @Test
    void countriesTypedAsNamesInSeveralLanguagesResolveToTheSameOptions() {
        Countries countries = kb.countries();
        for (String name : new String[]{"Brazil", "Brasil", "Brésil", "Brasilien", "ブラジル", "巴西", "브라질", "البرازيل"}) {
            assertThat(countries.resolve(name)).as(name).contains("BR");
        }
        assertThat(kb.shippingTo(countries.resolve("Alemania").orElseThrow())).extracting(ShippingOption::id)
                .containsExactly("eu-standard");
        assertThat(kb.shippingTo(countries.resolve("Estados Unidos").orElseThrow())).hasSize(2);
    }

    @Test
    void returnPolicyIsTheMostSpecificMatchCountryThenRegionThenEverywhere() {
        assertThat(kb.returnPolicyFor("BR")).map(ReturnPolicy::id).contains("returns-br");
        assertThat(kb.returnPolicyFor("FR")).map(ReturnPolicy::id).contains("returns-eu");
        assertThat(kb.returnPolicyFor("US")).map(ReturnPolicy::id).contains("returns-default");
        assertThat(kb.returnPolicyFor("US").orElseThrow().windowDays()).isEqualTo(30);
    }

    @Test
    void returnPolicyNamesTheProductsItExcludes() {
        ReturnPolicy eu = kb.returnPolicyFor("DE").orElseThrow();
        assertThat(eu.excludes(kb.product("TEA-400").orElseThrow())).isTrue();
        assertThat(eu.excludes(kb.product("HP-100").orElseThrow())).isFalse();
    }

    @Test
    void paymentMethodsAreThoseOfferedInTheCountryByCodeRegionOrEverywhere() {
        assertThat(kb.paymentMethodsFor("BR")).extracting(PaymentMethod::id).containsExactly("card", "pix");
        assertThat(kb.paymentMethodsFor("NL")).extracting(PaymentMethod::id).containsExactly("card", "paypal");
        assertThat(kb.paymentMethodsFor("SG")).extracting(PaymentMethod::id).containsExactly("card", "grabpay");
        assertThat(kb.paymentMethodsFor("JP")).extracting(PaymentMethod::id).containsExactly("card", "konbini");
        assertThat(kb.paymentMethodsFor("JP").get(1).name().in("ja")).isEqualTo("コンビニ払い");
    }

    @Test
    void productsAreFoundByTheirSkuOrAVariantSkuIgnoringCase() {
        assertThat(kb.product("HP-100")).map(Product::sku).contains("HP-100");
        assertThat(kb.product("hp-100-wht")).map(Product::sku).contains("HP-100");
        assertThat(kb.variant("HP-100-WHT")).map(Variant::options).contains(Map.of("color", "white"));
        assertThat(kb.variant("HP-100-WHT").orElseThrow().inStock()).isFalse();
        assertThat(kb.product("NOPE-1")).isEmpty();
        assertThat(kb.variant("HP-100")).as("a product SKU is not a variant").isEmpty();
    }

    @Test
    void aVariantIsFoundByItsOptions() {
        Product shoes = kb.product("SN-500").orElseThrow();
        assertThat(shoes.variant(Map.of("color", "White", "size", "42"))).map(Variant::sku).contains("SN-500-WHT-42");
        assertThat(shoes.variant(Map.of("color", "white", "size", "40"))).isEmpty();
    }

    @Test
    void localizedTextsFallBackToTheStoreDefaultLanguage() {
        Product watch = kb.product("SW-200").orElseThrow();
        assertThat(watch.title().in("pt")).isEqualTo("Relógio inteligente com monitor cardíaco");
        assertThat(watch.description().in("pt")).startsWith("Tracks steps");
        assertThat(kb.product("HP-100").orElseThrow().attributes().get("material").in("es"))
                .isEqualTo("plástico y espuma viscoelástica");
    }

    @Test
    void faqEntriesAreFoundById() {
        assertThat(kb.faqs()).hasSize(3);
        assertThat(kb.faq("faq-warranty").orElseThrow().answer().in("es")).contains("12 meses");
        assertThat(kb.faq("nope")).isEmpty();
    }

    @Test
    void theStoreCarriesItsLanguagesCurrencyAndRegions() {
        Store store = kb.store();
        assertThat(store.defaultLanguage()).isEqualTo("en");
        assertThat(store.hostLanguage()).isEqualTo("zh");
        assertThat(store.currency()).isEqualTo("USD");
        assertThat(store.regions().get("SEA")).contains("ID", "VN");
        assertThat(kb.version()).isNotBlank();
    }
}
