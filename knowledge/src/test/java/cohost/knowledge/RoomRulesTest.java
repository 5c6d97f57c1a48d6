package cohost.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The optional rules.json of a KB folder: what it says, how its words are matched, and the clear error for every
 * mistake in it (the folder then does not load, so a reload keeps the last good KB with its rules).
 */
class RoomRulesTest {
    @TempDir
    Path dir;

    private static final String RULES = """
            {"banned": [
               {"id": "shops", "words": ["AliExpress", "拼多多", "cheap knockoff", "Straße"]},
               {"id": "eu-claims", "markets": ["EU"], "words": ["miracle cure", "Wundermittel"]},
               {"id": "br-returns", "markets": ["BR"], "topics": ["returns"]}],
             "pinned": [
               {"id": "code", "keywords": ["promo code", "优惠码", "クーポン", "쿠폰"],
                "answer": {"en": "Use LIVE20 for 20% off until 22:00.", "zh": "输入 LIVE20 立减 20%，22:00 前有效。"}}],
             "greetings": {"intervalSeconds": 20, "join": {"en": "Welcome!", "es": "¡Bienvenido!"}, "order": "Thanks!"}}
            """;

    private RoomRules rules() throws KbException {
        return KnowledgeBase.load(TestKb.withFile(dir, "rules.json", RULES)).rules();
    }

    private static List<KbProblem> problems(Path dir) {
        KbException e = catchThrowableOfType(KbException.class, () -> KnowledgeBase.load(dir));
        assertThat(e).as("the folder must be rejected").isNotNull();
        return e.problems();
    }

    private List<KbProblem> problemsOf(String rules) {
        return problems(TestKb.withFile(dir, "rules.json", rules));
    }

    @Test
    void aFolderWithoutRulesHasNone() throws KbException {
        assertThat(KnowledgeBase.load(TestKb.copyTo(dir)).rules()).isEqualTo(RoomRules.NONE);
        assertThat(RoomRules.NONE.isEmpty()).isTrue();
    }

    @Test
    void theDemoStoreShipsAnExampleRulesFile() {
        RoomRules demo = KnowledgeBase.demo().rules();
        assertThat(demo.bans()).isNotEmpty();
        assertThat(demo.pins()).isNotEmpty();
        assertThat(demo.greetings().byKind()).containsOnlyKeys("join", "follow", "order");
    }

    @Test
    void rulesAreReadWithTheirMarketsAnswersAndGreetings() throws KbException {
        RoomRules rules = rules();
        assertThat(rules.bans()).extracting(RoomRules.Ban::id).containsExactly("shops", "eu-claims", "br-returns");
        assertThat(rules.bans().getFirst().markets()).as("no markets means every market").containsExactly("*");
        assertThat(rules.pins().getFirst().answer().in("zh")).isEqualTo("输入 LIVE20 立减 20%，22:00 前有效。");
        assertThat(rules.greetings().interval()).isEqualTo(Duration.ofSeconds(20));
        assertThat(rules.greeting("join")).hasValueSatisfying(t -> assertThat(t.in("es")).isEqualTo("¡Bienvenido!"));
        assertThat(rules.greeting("order")).as("a plain string is in the store's default language")
                .hasValueSatisfying(t -> assertThat(t.in("de")).isEqualTo("Thanks!"));
        assertThat(rules.greeting("follow")).as("a kind without a text is not greeted").isEmpty();
    }

    @Test
    void bannedWordsMatchWholeWordsIgnoringCaseAccentsAndWidth() throws KbException {
        RoomRules rules = rules();
        for (String text : List.of("cheaper on aliexpress?", "ALIEXPRESS has it", "ＡｌｉＥｘｐｒｅｓｓ", "is it a Cheap   Knockoff",
                "aliexpress!!", "(AliExpress)", "用AliExpress买的", "STRASSE", "straße")) {
            assertThat(rules.bannedWordIn(text, List.of())).as(text).isPresent();
        }
        for (String text : List.of("aliexpressway", "a cheap knock", "strassen", "shipping to Brazil?")) {
            assertThat(rules.bannedWordIn(text, List.of())).as(text).isEmpty();
        }
    }

    @Test
    void chineseJapaneseAndKoreanTermsMatchInsideWordsAndTraditionalChineseCountsAsSimplified() throws KbException {
        RoomRules rules = rules();
        assertThat(rules.bannedWordIn("拼多多上更便宜", List.of())).isPresent();
        assertThat(rules.bannedWordIn("這個拼多多有賣嗎", List.of())).isPresent();
        assertThat(rules.pinned("有優惠碼嗎？", null)).as("Traditional 優惠碼 is Simplified 优惠码").isPresent();
        assertThat(rules.pinned("クーポンありますか", null)).isPresent();
        assertThat(rules.pinned("쿠폰있나요", null)).as("Korean particles attach to the word").isPresent();
        assertThat(rules.pinned("PROMO  CODE pls", null)).isPresent();
        assertThat(rules.pinned("promotional codes", null)).isEmpty();
    }

    @Test
    void aRuleAppliesInItsMarketsByCountryOrRegionAndAnAskerWithoutCountryOnlyToEveryMarketRules() throws KbException {
        RoomRules rules = rules();
        assertThat(rules.bannedWordIn("ein Wundermittel!", List.of("DE"))).as("DE is in the EU region").isPresent();
        assertThat(rules.bannedWordIn("ein Wundermittel!", List.of("BR"))).isEmpty();
        assertThat(rules.bannedWordIn("ein Wundermittel!", Arrays.asList((String) null))).isEmpty();
        assertThat(rules.bannedWordIn("ein Wundermittel!", List.of("BR", "fr"))).as("any asker's market counts").isPresent();
        assertThat(rules.bannedTopic("returns", "BR")).isPresent();
        assertThat(rules.bannedTopic("returns", "MX")).isEmpty();
        assertThat(rules.bannedTopic("shipping", "BR")).isEmpty();
    }

    @Test
    void aBadRulesFileSaysWhichFieldIsWrongAndWhy() {
        List<KbProblem> found = problemsOf("""
                {"banned": [{"id": "a", "markets": ["UK"], "words": ["ok", "  ", 5]},
                            {"id": "a", "topics": ["politics"]},
                            {"id": "b"}],
                 "pinned": [{"id": "p", "keywords": [], "answer": {"xx": "hi"}}, {"id": "q", "keywords": ["!!!"]}],
                 "greetings": {"intervalSeconds": 0, "join": 5, "welcome": "Hi"},
                 "greeting": {}}
                """);
        assertThat(found).extracting(KbProblem::toString).contains(
                "rules.json banned[0].markets[0]: unknown country or region 'UK' (the ISO code of the United Kingdom is GB); use an ISO 3166-1 alpha-2 code such as BR, or a region defined in store.json",
                "rules.json banned[0].words[1]: must be a non-empty string",
                "rules.json banned[0].words[2]: must be a non-empty string",
                "rules.json banned[1].id: duplicate id 'a'",
                "rules.json banned[1].topics: unknown topic 'politics'; use one of shipping, returns, payment, product, order_status",
                "rules.json banned[2]: a ban needs \"words\" (never said, messages skipped) or \"topics\" (not answered), or both",
                "rules.json pinned[0].keywords: must not be empty",
                "rules.json pinned[0].answer.xx: unknown language code 'xx' (use a lower-case ISO 639-1 code such as en, es, zh)",
                "rules.json pinned[1].keywords: '!!!' has no letters or digits to match",
                "rules.json pinned[1].answer: missing required field 'answer'",
                "rules.json greetings.intervalSeconds: must be between 1 and 3600 seconds, got 0",
                "rules.json greetings.welcome: unknown event kind 'welcome'; greetings take \"intervalSeconds\" and a text for join, follow, order",
                "rules.json greeting: unknown field 'greeting'");
    }

    @Test
    void malformedRulesJsonIsReportedWithLineAndColumn() {
        assertThat(problemsOf("{\"banned\": [\n  {\"id\": \"a\",, }]}")).singleElement()
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("rules.json");
                    assertThat(p.where()).isEqualTo("line 2, column 14");
                    assertThat(p.message()).startsWith("malformed JSON");
                });
    }

    @Test
    void aBrokenRulesFileKeepsTheLastGoodKbWithItsRulesOnReload() throws Exception {
        LiveKnowledge live = new LiveKnowledge(TestKb.withFile(dir, "rules.json", RULES));
        String before = live.version();
        TestKb.write(dir, "rules.json", "{\"pinned\": [{\"id\": \"x\", \"keywords\": [\"code\"]}]}");
        KbException e = catchThrowableOfType(KbException.class, live::reload);
        assertThat(e.problems()).extracting(KbProblem::toString)
                .containsExactly("rules.json pinned[0].answer: missing required field 'answer'");
        assertThat(live.version()).isEqualTo(before);
        assertThat(live.rules().pins()).extracting(RoomRules.Pin::id).containsExactly("code");

        TestKb.write(dir, "rules.json", "{\"pinned\": [{\"id\": \"x\", \"keywords\": [\"code\"], \"answer\": \"LIVE30\"}]}");
        live.reload();
        assertThat(live.rules().pinned("code?", null)).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo("x"));
    }
}
