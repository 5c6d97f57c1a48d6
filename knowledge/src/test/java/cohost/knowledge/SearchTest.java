package cohost.knowledge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Full-text search: one analyzer per language, field boosts, fallback to the default language, SKUs. */
class SearchTest {
    private final KnowledgeBase kb = TestKb.load();

    @ParameterizedTest(name = "[{0}] \"{1}\" finds {2}")
    @CsvSource({
            "en, bluetooth headphones, HP-100",
            "es, reloj inteligente, SW-200",
            "pt, lenço de seda, SC-300",
            "fr, thé vert, TEA-400",
            "de, Laufschuhe, SN-500",
            "id, jam tangan pintar, SW-200",
            "ja, ヘッドホン, HP-100",
            "ko, 스카프, SC-300",
            "zh, 绿茶, TEA-400",
            "ar, ساعة ذكية, SW-200",
    })
    void findsTheRightProductInEachLanguage(String lang, String query, String sku) {
        assertThat(kb.search(query, lang, 3, "product")).first().extracting(SearchHit::id).isEqualTo(sku);
    }

    @Test
    void stemsWordsWithTheLanguagesAnalyzer() {
        assertThat(kb.search("relojes inteligentes", "es", 1)).extracting(SearchHit::id).containsExactly("SW-200");
        assertThat(kb.search("running shoe", "en", 1)).extracting(SearchHit::id).containsExactly("SN-500");
    }

    @Test
    void fallsBackToTheStoreDefaultLanguageWhenTheAskersLanguageHasNoText() {
        // the watch's description exists only in English: a Portuguese query with English words still finds it
        assertThat(kb.search("water resistant", "pt", 1)).extracting(SearchHit::id).containsExactly("SW-200");
    }

    @Test
    void aVeryLongQueryStillSearches() {
        // a pasted essay must not exceed Lucene's 1,024-clause limit; the first words decide
        String essay = "relojes inteligentes " + "palabra ".repeat(20) + String.join(" ",
                java.util.stream.IntStream.range(0, 800).mapToObj(i -> "w" + i).toList());
        assertThat(kb.search(essay, "es", 1)).extracting(SearchHit::id).containsExactly("SW-200");
    }

    @Test
    void matchesSkusExactlyIncludingVariantSkus() {
        assertThat(kb.search("SN-500-WHT-42", "en", 1)).extracting(SearchHit::id).containsExactly("SN-500");
        assertThat(kb.search("do you have sc-300 in stock", "en", 1)).extracting(SearchHit::id).containsExactly("SC-300");
    }

    @Test
    void findsProductsByBrandTagAttributeCertificationAndVariantOption() {
        assertThat(kb.search("Sonora", "en", 1)).extracting(SearchHit::id).containsExactly("HP-100");
        assertThat(kb.search("fitness", "en", 1)).extracting(SearchHit::id).containsExactly("SW-200");
        assertThat(kb.search("mulberry", "en", 1)).extracting(SearchHit::id).containsExactly("SC-300");
        assertThat(kb.search("FCC", "en", 1)).extracting(SearchHit::id).containsExactly("HP-100");
        assertThat(kb.search("blue", "en", 5, "product")).extracting(SearchHit::id).contains("SC-300");
    }

    @Test
    void titleMatchesRankAboveDescriptionMatches() {
        // "silk" is in the scarf's title, and only in the description of nothing else; "headphones" is in
        // HP-100's title and description: the title-only product still wins for its own title word
        assertThat(kb.search("silk headphones", "en", 2, "product")).extracting(SearchHit::id)
                .containsExactlyInAnyOrder("SC-300", "HP-100");
    }

    @Test
    void searchesFaqEntriesAndPolicyTextsWithTheirKind() {
        assertThat(kb.search("warranty", "en", 1)).containsExactly(
                new SearchHit("faq", "faq-warranty", kb.search("warranty", "en", 1).getFirst().score()));
        assertThat(kb.search("¿tiene garantía?", "es", 1, "faq")).extracting(SearchHit::id).containsExactly("faq-warranty");
        assertThat(kb.search("PayPal", "en", 1)).extracting(SearchHit::kind, SearchHit::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("policy", "paypal"));
        assertThat(kb.search("right of withdrawal", "en", 1, "policy")).extracting(SearchHit::id)
                .containsExactly("returns-eu");
    }

    @Test
    void restrictsHitsToTheKindsAsked() {
        assertThat(kb.search("gift", "en", 10, "faq")).isEmpty();
        assertThat(kb.search("gift", "en", 10, "product")).extracting(SearchHit::kind).containsOnly("product");
    }

    @Test
    void blankQueriesAndUnknownWordsFindNothing() {
        assertThat(kb.search("  ", "en", 5)).isEmpty();
        assertThat(kb.search("zzzyx", "en", 5)).isEmpty();
        assertThat(kb.search("headphones", "en", 0)).isEmpty();
    }

    @Test
    void anUnknownLanguageSearchesTheDefaultLanguage() {
        assertThat(kb.search("headphones", "xx", 1)).extracting(SearchHit::id).containsExactly("HP-100");
        assertThat(kb.search("headphones", null, 1)).extracting(SearchHit::id).containsExactly("HP-100");
    }
}
