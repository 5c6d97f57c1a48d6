package cohost.eval;

import cohost.engine.Source;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every assertion passes when it should, and can fail, with a message that says why. */
class ExpectationTest {
    @TempDir
    static Path kb;
    static Grounding grounding;

    @BeforeAll
    static void writeKb() throws IOException {
        Files.writeString(kb.resolve("shipping.json"), """
                {"rules": [
                  {"id": "br-standard", "destinations": ["BR"], "minDays": 7, "maxDays": 12,
                   "price": {"amount": 12.5, "currency": "USD"}, "freeOver": {"amount": 99, "currency": "USD"}},
                  {"id": "us-express", "destinations": ["US"], "minDays": 2, "maxDays": 3,
                   "price": {"amount": 25, "currency": "USD"}}]}""");
        Files.writeString(kb.resolve("returns.json"), """
                {"policies": [{"id": "default", "markets": ["*"], "windowDays": 30, "refundDays": 5}]}""");
        grounding = Grounding.of(kb);
    }

    static final String BR = "@Ana Shipping to Brazil takes 7 to 12 business days and costs US$ 12.5.";

    static Observation replied(String text) {
        return new Observation("m1", "replied", null, "r1", 42.0, 80.0, text, "en", "shipping",
                List.of(new Source("shipping", "br-standard")), false, false, null, null, null);
    }

    static Check check(Expectation e, Observation o) {
        return e.check(o, new Expectation.TurnContext(grounding, "shipping to brazil?", List.of("shipping to brazil?"), null));
    }

    @Test
    void intent() {
        assertThat(check(new Expectation.Intent("shipping"), replied(BR)).status()).isEqualTo(Check.Status.PASS);
        Check c = check(new Expectation.Intent("returns"), replied(BR));
        assertThat(c.status()).isEqualTo(Check.Status.FAIL);
        assertThat(c.detail()).isEqualTo("expected returns, got shipping");
    }

    @Test
    void language() {
        assertThat(check(new Expectation.Lang("en"), replied(BR)).failed()).isFalse();
        assertThat(check(new Expectation.Lang("pt"), replied(BR)).detail()).isEqualTo("expected a reply in pt, got en");
    }

    @Test
    void languageZhAcceptsEitherWritingAndZhHantOnlyTraditional() {
        Observation traditional = new Observation("m1", "replied", null, "r1", 42.0, 80.0, "寄往日本：", "zh-Hant", "shipping",
                List.of(), false, false, null, null, null);
        Observation simplified = new Observation("m1", "replied", null, "r1", 42.0, 80.0, "寄往日本：", "zh", "shipping",
                List.of(), false, false, null, null, null);
        assertThat(check(new Expectation.Lang("zh"), traditional).failed()).isFalse();
        assertThat(check(new Expectation.Lang("zh"), simplified).failed()).isFalse();
        assertThat(check(new Expectation.Lang("zh-Hant"), traditional).failed()).isFalse();
        assertThat(check(new Expectation.Lang("zh-Hant"), simplified).detail()).isEqualTo("expected a reply in zh-Hant, got zh");
        assertThat(check(new Expectation.Lang("z"), traditional).failed()).isTrue();
    }

    @Test
    void aTextFactMatchesEitherWritingOfChinese() {
        Observation traditional = new Observation("m1", "replied", null, "r1", 42.0, 80.0, "可以使用支付寶和微信支付付款。",
                "zh-Hant", "payment", List.of(), false, false, null, null, null);
        assertThat(check(new Expectation.Facts(List.of("支付宝")), traditional).failed()).isFalse();
        assertThat(check(new Expectation.NotContains(List.of("微信支付")), traditional).failed()).isTrue();
    }

    @Test
    void facts() {
        assertThat(check(new Expectation.Facts(List.of("7-12 days", "$12.50")), replied(BR)).failed()).isFalse();
        Check c = check(new Expectation.Facts(List.of("7-12 days", "$99")), replied(BR));
        assertThat(c.failed()).isTrue();
        assertThat(c.detail()).isEqualTo("\"$99\": amount USD 99 not stated");
    }

    @Test
    void forbiddenText() {
        assertThat(check(new Expectation.NotContains(List.of("free")), replied(BR)).failed()).isFalse();
        Check c = check(new Expectation.NotContains(List.of("BRAZIL")), replied(BR));
        assertThat(c.failed()).isTrue();
        assertThat(c.detail()).isEqualTo("the reply contains \"BRAZIL\"");
    }

    @Test
    void aForbiddenNumberIsMatchedWholeNotInsideAnotherNumberOrRange() {
        Expectation nineDays = new Expectation.NotContains(List.of("9 days"));
        assertThat(check(nineDays, replied("Express takes 5-9 days.")).failed()).as("a range is another statement").isFalse();
        assertThat(check(nineDays, replied("Express takes 5 to 9 days.")).failed()).isFalse();
        assertThat(check(nineDays, replied("Standard takes 19 days.")).failed()).isFalse();
        assertThat(check(nineDays, replied("Express takes 9 days.")).failed()).isTrue();
        assertThat(check(nineDays, replied("Express takes 9 DAYS, standard 12.")).failed()).isTrue();
        Expectation thirty = new Expectation.NotContains(List.of("30"));
        for (String ok : List.of("It costs $130.", "Valid until 2030.", "Weighs 30.5 kg", "within 14-30 days", "1,300 units")) {
            assertThat(check(thirty, replied(ok)).failed()).as(ok).isFalse();
        }
        for (String bad : List.of("You have 30 days.", "30日以内", "(30)", "réponse sous 30 jours")) {
            assertThat(check(thirty, replied(bad)).failed()).as(bad).isTrue();
        }
        Expectation price = new Expectation.NotContains(List.of("16.99"));
        assertThat(check(price, replied("It is $116.99")).failed()).isFalse();
        assertThat(check(price, replied("It is $16.99.")).failed()).isTrue();
        assertThat(check(new Expectation.NotContains(List.of("de 5 a 9 días")), replied("tarda de 5 a 9 días")).failed()).isTrue();
    }

    @Test
    void groundingAcceptsNumbersOfTheCitedFactsAndTheAsker() {
        assertThat(check(new Expectation.Grounded(), replied(BR + " Free over $99.")).failed()).isFalse();
        Observation echo = replied("You asked about 3 items: shipping is 7 to 12 days.");
        Check c = new Expectation.Grounded().check(echo, new Expectation.TurnContext(grounding, "q",
                List.of("I want 3 items"), null));
        assertThat(c.failed()).isFalse();
    }

    @Test
    void groundingFailsOnAnInventedNumberAndOnAnUncitedOne() {
        Check invented = check(new Expectation.Grounded(), replied("Shipping takes 7 to 12 days and costs $9.90."));
        assertThat(invented.failed()).isTrue();
        assertThat(invented.detail()).startsWith("9.9 is in no KB fact");
        Check uncited = check(new Expectation.Grounded(), replied("Shipping takes 7 to 12 days; returns within 30 days."));
        assertThat(uncited.failed()).isTrue();
        assertThat(uncited.detail()).startsWith("30 is in returns:default but the reply does not cite it");
    }

    @Test
    void handoff() {
        assertThat(check(new Expectation.Handoff(false), replied(BR)).failed()).isFalse();
        assertThat(check(new Expectation.Handoff(true), replied(BR)).detail()).isEqualTo("the reply does not offer a human");
    }

    @Test
    void outcome() {
        Observation skipped = new Observation("m1", "skipped", "spam", null, null, null, null, null, null, List.of(),
                null, false, null, null, null);
        assertThat(check(new Expectation.Outcome("skipped", "spam"), skipped).failed()).isFalse();
        assertThat(check(new Expectation.Outcome("skipped", "duplicate"), skipped).detail())
                .isEqualTo("expected skipped (duplicate), got skipped (spam)");
        assertThat(check(new Expectation.Outcome("joined", null), replied(BR)).detail())
                .isEqualTo("expected joined, got replied");
    }

    @Test
    void cancellation() {
        Observation cut = new Observation("m1", "replied", null, "r1", 5.0, 9.0, "@Ana Shipping to", "en", null,
                List.of(), null, true, "host_spoke", null, null);
        assertThat(check(new Expectation.Cancelled(true, "host_spoke"), cut).failed()).isFalse();
        assertThat(check(new Expectation.Cancelled(true, "superseded"), cut).detail())
                .isEqualTo("cancelled for host_spoke, expected superseded");
        assertThat(check(new Expectation.Cancelled(false, null), cut).failed()).isTrue();
        assertThat(check(new Expectation.Cancelled(true, null), replied(BR)).detail())
                .isEqualTo("the reply was not cancelled (outcome replied)");
    }

    @Test
    void latencyBudget() {
        assertThat(check(new Expectation.Within(50), replied(BR)).failed()).isFalse();
        assertThat(check(new Expectation.Within(40), replied(BR)).detail()).isEqualTo("42.0 ms > budget 40 ms");
        assertThat(check(new Expectation.Within(40), Observation.none("m1", null)).detail()).isEqualTo("no reply started");
    }

    @Test
    void judgeIsSkippedWithoutAnLlm() {
        Check c = check(new Expectation.JudgedBy("is polite"), replied(BR));
        assertThat(c.status()).isEqualTo(Check.Status.SKIP);
        assertThat(c.detail()).contains("no LLM configured");
    }

    @Test
    void judgeAsksAnOpenAiCompatibleServerAndCanFail() throws IOException {
        String[] verdict = {"PASS: the reply is polite."};
        HttpServer llm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        llm.createContext("/v1/chat/completions", ex -> {
            try (ex) {
                ex.getRequestBody().readAllBytes();
                byte[] body = ("""
                        {"id":"c1","object":"chat.completion","created":1,"model":"judge","choices":[{"index":0,
                        "message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
                        "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""".formatted(verdict[0]))
                        .getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
        });
        llm.start();
        try {
            Judge judge = Judge.fromEnvironment(Map.of("COHOST_LLM_BASE_URL",
                    "http://127.0.0.1:" + llm.getAddress().getPort() + "/v1", "COHOST_LLM_MODEL", "judge"));
            var ctx = new Expectation.TurnContext(grounding, "q", List.of(), judge);
            assertThat(new Expectation.JudgedBy("is polite").check(replied(BR), ctx).status()).isEqualTo(Check.Status.PASS);
            verdict[0] = "FAIL: it is rude.";
            Check c = new Expectation.JudgedBy("is polite").check(replied(BR), ctx);
            assertThat(c.failed()).isTrue();
            assertThat(c.detail()).isEqualTo("FAIL: it is rude.");
        } finally {
            llm.stop(0);
        }
    }

    @Test
    void noReplyFailsContentAssertionsInsteadOfPassingThem() {
        Observation none = Observation.none("m1", "HTTP 500: boom");
        for (Expectation e : List.of(new Expectation.Facts(List.of("7-12")), new Expectation.Lang("en"),
                new Expectation.Intent("shipping"), new Expectation.Handoff(false), new Expectation.Grounded())) {
            Check c = check(e, none);
            assertThat(c.failed()).as(e.name()).isTrue();
            assertThat(c.detail()).contains("no reply");
        }
    }
}
