package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.Product;
import cohost.knowledge.ShippingOption;
import cohost.knowledge.Variant;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * What an operator works with in the console (issue #14 item 4), each in Debian's Chromium against a real server over
 * loopback: the room's history on reopening, the product on screen as a card, stopping one reply, click-to-ask, the
 * handoff queue shared by every console of a room, the held state while the host speaks, filters and the JSON Lines
 * export, and a layout that works at 360 px. Each test saves a screenshot under {@code target/console-*.png}.
 */
class ConsoleOperatorTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Replies are said slowly enough (characters a second) to be stopped by a click mid-way. */
    static final int PACE = 12;

    @TempDir
    static Path home;

    static KnowledgeBase demo;
    static Cohost cohost;
    static CohostServer server;
    static Playwright playwright;
    static Browser browser;

    final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void startServerAndBrowser() {
        assumeFalse("1".equals(System.getenv("COHOST_SKIP_BROWSER_TESTS")), "COHOST_SKIP_BROWSER_TESTS=1");
        assertThat(Files.isExecutable(CHROMIUM)).as("Debian's Chromium at %s (or COHOST_SKIP_BROWSER_TESTS=1)",
                CHROMIUM).isTrue();
        demo = KnowledgeBase.demo();
        cohost = Cohost.builder(demo).pace(PACE).build();
        server = CohostServer.start(ServerConfig.of("127.0.0.1", 0, Map.of(demo.store().id(), cohost), Map.of()));
        Map<String, String> env = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "HOME", home.toString());
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setEnv(env)
                .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.close();
        if (cohost != null) cohost.close();
    }

    @AfterEach
    void closeConsoles() {
        contexts.forEach(BrowserContext::close);
    }

    @Test
    void reopeningARoomReplaysItsTranscriptIntoTheFeed() throws Exception {
        // The platform's chat bridge keeps the room open while the operator reloads the console.
        try (LiveConnection bridge = LiveConnection.open(server, "/v1/rooms/history-1/live", null)) {
            Page page = console(1280, 800);
            connect(page, "history-1");
            bridge.chat("h-q1", "v-ana", "pt", "frete pro brasil?");
            String replyId = bridge.outcome("h-q1").substring("reply ".length());
            bridge.await("the reply's end", f -> f.path("type").asText().equals("reply.done")
                    && f.path("replyId").asText().equals(replyId));
            bridge.chat("h-q2", "v-bo", "en", "hahaha");
            assertThat(bridge.outcome("h-q2")).isEqualTo("skipped chatter");
            // what the live feed showed in the host's language: the question's gist, the answer as the host reads it
            assertThat(page.locator("#feed li.reply[data-id='" + replyId + "'] .meta")).containsText("complete",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            String liveGist = page.locator("#feed li.message[data-id='h-q1'] .gist").textContent();
            String liveHost = page.locator("#feed li.reply[data-id='" + replyId + "'] .gist").textContent();
            assertThat(liveGist).startsWith("≈ ").hasSizeGreaterThan(3);
            assertThat(liveHost).as("the demo's host reads Chinese").startsWith("Host: ").hasSizeGreaterThan(7);

            page.reload();
            connect(page, "history-1");

            assertThat(page.locator("#feed li.system").filter(new Locator.FilterOptions().setHasText("History: ")))
                    .hasCount(1);
            Locator question = page.locator("#feed li.message[data-id='h-q1']");
            assertThat(question.locator(".text")).hasText("frete pro brasil?");
            assertThat(question.locator(".tag.lang")).hasText("pt");
            assertThat(question.locator(".outcome")).hasText("answered by " + replyId);
            Locator reply = page.locator("#feed li.reply[data-id='" + replyId + "']");
            ShippingOption toBrazil = demo.shippingTo("BR").getFirst();
            assertThat(reply.locator(".text")).containsText(String.valueOf(toBrazil.maxDays()));
            assertThat(reply.locator(".sources")).containsText("shipping " + toBrazil.id());
            assertThat(reply.locator(".meta")).hasText("from the transcript");
            assertThat(question.locator(".gist")).hasText(liveGist); // replayed as it was shown live
            assertThat(reply.locator(".gist")).hasText(liveHost);
            assertThat(page.locator("#feed li.message[data-id='h-q2'] .outcome")).containsText("skipped: chatter");
            assertThat(page.locator("#feed li.message")).hasCount(2);
            screenshot(page, "history");

            // and the feed goes on live after the history, without repeating it
            bridge.chat("h-q3", "v-ana", "pt", "posso devolver?");
            assertThat(page.locator("#feed li.message[data-id='h-q3'] .outcome")).containsText("answered by ");
            assertThat(page.locator("#feed li.message")).hasCount(3);
        }
    }

    @Test
    void aConsoleAloneInItsRoomFindsTheHistoryAfterAReload() {
        Page page = console(1280, 800);
        connect(page, "alone-1");
        page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).fill("aceita pix?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
        assertThat(page.locator("#feed li.reply .meta")).containsText("complete",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));

        page.reload(); // the room closes with its last socket; its transcript is kept
        connect(page, "alone-1");
        assertThat(page.locator("#feed li.message .text")).hasText("aceita pix?");
        assertThat(page.locator("#feed li.message .outcome")).containsText("answered by ");
        assertThat(page.locator("#feed li.reply .meta")).hasText("from the transcript");
    }

    @Test
    void theProductOnScreenIsACardWithTitlePriceRangeAndStockFromTheKb() throws Exception {
        Page page = console(1280, 800);
        connect(page, "product-1");
        Page second = console(1280, 800);
        connect(second, "product-1");

        Product suitcase = demo.product("LL-BAG-0004").orElseThrow();
        List<BigDecimal> prices = suitcase.variants().stream().map(v -> v.priceOr(suitcase.price()).amount()).toList();
        assertThat(prices.stream().distinct()).as("the test needs variants at several prices").hasSizeGreaterThan(1);
        int units = suitcase.variants().stream().mapToInt(Variant::stock).sum();
        show(page, "LL-BAG-0004");
        for (Page p : List.of(page, second)) { // every console of the room sees what is on screen
            Locator card = p.locator("#product");
            assertThat(card.locator(".title")).hasText(suitcase.title().in(demo.store().hostLanguage()));
            assertThat(card.locator(".price")).hasText(usd(prices.stream().min(BigDecimal::compareTo).orElseThrow())
                    + " – " + usd(prices.stream().max(BigDecimal::compareTo).orElseThrow()));
            assertThat(card.locator(".stock")).hasText("in stock · " + units + " units");
            assertThat(card.locator("summary")).hasText(suitcase.variants().size() + " variants");
        }
        screenshot(page, "product-card");

        Product soldOut = demo.product("LL-OUT-0006").orElseThrow();
        assertThat(soldOut.variants()).allMatch(v -> v.stock() == 0);
        show(page, "LL-OUT-0006");
        assertThat(page.locator("#product .price")).hasText(usd(soldOut.price().amount()));
        assertThat(page.locator("#product .stock")).hasText("out of stock");

        Product untracked = demo.product("LL-KIT-0008").orElseThrow();
        assertThat(untracked.variants()).as("no variants: the KB counts no stock").isEmpty();
        show(page, "LL-KIT-0008");
        assertThat(page.locator("#product .stock")).hasText("on sale, stock not tracked");

        show(page, "NO-SUCH-SKU");
        assertThat(page.locator("#product")).hasText("SKU NO-SUCH-SKU is not in the store's KB");

        Page late = console(1280, 800); // a console opened later gets the room's state on joining
        connect(late, "product-1");
        assertThat(late.locator("#product")).hasText("SKU NO-SUCH-SKU is not in the store's KB");
    }

    @Test
    void stopCutsOnlyThatReplyAndTheOtherGoesOn() throws Exception {
        Page page = console(1280, 800);
        connect(page, "stop-1");
        try (LiveConnection viewers = LiveConnection.open(server, "/v1/rooms/stop-1/live", null)) {
            viewers.chat("s-q1", "v-ana", "pt", "frete pro brasil?");
            viewers.chat("s-q2", "v-ben", "de", "kann ich das zurückgeben?");
            String first = viewers.outcome("s-q1").substring("reply ".length());
            String second = viewers.outcome("s-q2").substring("reply ".length());

            Locator stopped = page.locator("#feed li.reply[data-id='" + first + "']");
            stopped.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stop")).click();

            assertThat(stopped.locator(".meta")).containsText("Cancelled (stopped)");
            JsonNode cut = viewers.await("the stopped reply's end", f -> f.path("replyId").asText().equals(first)
                    && f.path("type").asText().startsWith("reply.") && !f.path("type").asText().equals("reply.started")
                    && !f.path("type").asText().equals("reply.delta"));
            assertThat(cut.path("type").asText()).isEqualTo("reply.cancelled");
            assertThat(cut.path("reason").asText()).isEqualTo("stopped");
            Locator other = page.locator("#feed li.reply[data-id='" + second + "']");
            assertThat(other.locator(".meta")).containsText("complete",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(other).not().hasClass(Pattern.compile(".*cancelled.*"));
            screenshot(page, "stop-one-reply");

            // a reply that has ended cannot be stopped: the sender is told why
            viewers.send("{\"type\": \"reply.stop\", \"replyId\": \"" + second + "\"}");
            assertThat(viewers.await("the refusal", f -> f.path("type").asText().equals("error")).path("code").asText())
                    .isEqualTo("not_found");
        }
    }

    @Test
    void whileTheHostSpeaksQuestionsShowAsHeldAndAnswerNowAnswersAHeldOrSkippedOneAtOnce() throws Exception {
        Page page = console(1280, 800);
        connect(page, "held-1");
        Page colleague = console(1280, 800);
        connect(colleague, "held-1");
        try (LiveConnection viewers = LiveConnection.open(server, "/v1/rooms/held-1/live", null)) {
            page.getByLabel("Host speaking", new Page.GetByLabelOptions().setExact(true)).check();
            assertThat(colleague.locator("#hold")).isVisible(); // the hold is the room's, not this page's
            assertThat(colleague.getByLabel("Host speaking", new Page.GetByLabelOptions().setExact(true))).isChecked();

            viewers.chat("w-q1", "v-ana", "pt", "frete pro brasil?");
            viewers.chat("w-q2", "v-ana", "pt", "aceita pix?");
            Locator held = page.locator("#feed li.message[data-id='w-q1']");
            assertThat(held.locator(".outcome")).hasText("held: the host is speaking");
            assertThat(page.locator("#feed li.message[data-id='w-q2'] .outcome")).hasText("held: the host is speaking");
            assertThat(page.locator("#hold")).isVisible();
            screenshot(page, "held");

            // held is in the room's transcript too (GET /v1/rooms/{id}, what a console's history reads)
            JsonNode whileHeld = Http.json(Http.send(Http.get(server, "/v1/rooms/held-1", null)));
            assertThat(whileHeld.get("turns")).filteredOn(t -> t.path("id").asText().equals("w-q1")).singleElement()
                    .satisfies(t -> {
                        assertThat(t.path("status").asText()).isEqualTo("held");
                        assertThat(t.path("gist").asText()).isNotBlank();
                    });
            // reloaded while the host still speaks: the held questions are there, still held
            page.reload();
            connect(page, "held-1");
            assertThat(page.locator("#hold")).isVisible();
            assertThat(held.locator(".outcome")).hasText("held: the host is speaking");
            assertThat(held.locator(".tag.lang")).hasText("pt");
            assertThat(held.locator(".gist")).hasText(Pattern.compile("≈ \\S.*"));
            assertThat(page.locator("#feed li.message[data-id='w-q2'] .outcome")).hasText("held: the host is speaking");
            assertThat(page.locator("#feed li.message")).hasCount(2);
            screenshot(page, "held-after-reload");

            held.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Answer now")).click();
            assertThat(held.locator(".outcome")).containsText("answered by ");
            assertThat(page.locator("#feed li.message[data-id='w-q2'] .outcome"))
                    .hasText("held: the host is speaking");

            // skipped: a viewer over the rate limit (3 at once, then one per 4 s)
            viewers.chat("w-q3a", "v-dan", "pt", "posso devolver?");
            viewers.chat("w-q3b", "v-dan", "pt", "aceita cartão?");
            viewers.chat("w-q3c", "v-dan", "pt", "tem garantia?");
            viewers.chat("w-q4", "v-dan", "pt", "quanto tempo demora pra chegar em portugal?");
            assertThat(viewers.outcome("w-q4")).isEqualTo("skipped rate_limited");
            // v-dan's earlier questions are decided (understanding runs off the room's thread) before the operator
            // answers w-q4: one decided after would supersede v-dan's new reply, as a viewer's next question does
            for (String id : List.of("w-q3a", "w-q3b", "w-q3c")) {
                viewers.await("the echo of " + id, f -> f.path("type").asText().equals("message")
                        && f.path("id").asText().equals(id));
            }
            Locator skipped = page.locator("#feed li.message[data-id='w-q4']");
            assertThat(skipped.locator(".outcome")).containsText("skipped: rate_limited");
            skipped.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Answer now")).click();
            assertThat(skipped.locator(".outcome")).containsText("answered by ");
            String replyId = skipped.locator(".outcome").textContent().replace("answered by ", "");
            ShippingOption toPortugal = demo.shippingTo("PT").getFirst();
            assertThat(page.locator("#feed li.reply[data-id='" + replyId + "'] .text"))
                    .containsText(String.valueOf(toPortugal.maxDays()),
                            new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            // one row: the latest outcome, the room's own decision noted under it, the language it was understood in
            assertThat(skipped.locator(".earlier")).hasText("earlier: skipped: rate_limited");
            assertThat(skipped.locator(".tag.lang")).hasText("pt");
            assertThat(skipped.locator(".tag.intent")).hasText("shipping");
            assertThat(page.locator("#feed li.message[data-id='w-q4']")).hasCount(1);
            screenshot(page, "answer-now");

            page.getByLabel("Host speaking", new Page.GetByLabelOptions().setExact(true)).uncheck();
            assertThat(page.locator("#hold")).isHidden();
            assertThat(page.locator("#feed li.message[data-id='w-q2'] .outcome")).containsText("answered by ");

            viewers.send("{\"type\": \"message.answer\", \"id\": \"never-said\"}");
            assertThat(viewers.await("the refusal", f -> f.path("type").asText().equals("error")
                    && f.path("inReplyTo").asText().equals("never-said")).path("code").asText()).isEqualTo("not_found");

            // the room's history after a reload shows each message once, as the live feed did
            viewers.awaitCount("the replies' ends", f -> f.path("type").asText().equals("reply.done")
                    && f.path("replyId").asText().equals(replyId), 1);
            page.reload();
            connect(page, "held-1");
            Locator replayed = page.locator("#feed li.message[data-id='w-q4']");
            assertThat(replayed).hasCount(1);
            assertThat(replayed.locator(".outcome")).hasText("answered by " + replyId);
            assertThat(replayed.locator(".earlier")).hasText("earlier: skipped: rate_limited");
            assertThat(replayed.locator(".tag.intent")).hasText("shipping");
            assertThat(page.locator("#feed li.reply[data-id='" + replyId + "'] .text"))
                    .containsText(String.valueOf(toPortugal.maxDays()));
            replayed.scrollIntoViewIfNeeded();
            screenshot(page, "answer-now-after-reload");
        }
    }

    @Test
    void aHandedOffQuestionIsQueuedInBothLanguagesAndTakingItShowsOnEveryConsole() throws Exception {
        Page mine = console(1280, 800);
        connect(mine, "handoff-1");
        Page theirs = console(1280, 800);
        connect(theirs, "handoff-1");
        try (LiveConnection viewers = LiveConnection.open(server, "/v1/rooms/handoff-1/live", null)) {
            viewers.chat("x-q1", "v-ana", "pt", "quero falar com um atendente sobre meu pedido");
            viewers.chat("x-q2", "v-ben", "en", "how much is shipping to Germany?");
            viewers.chat("x-q3", "v-kenji", "ja", "人間の担当者と話したいです");
            viewers.outcome("x-q2");
            viewers.outcome("x-q3");

            for (Page p : List.of(mine, theirs)) {
                Locator queued = p.locator("#handoffs li[data-id='x-q1']");
                assertThat(queued.locator(".who")).hasText("v-ana");
                assertThat(queued.locator(".text")).hasText("quero falar com um atendente sobre meu pedido");
                assertThat(queued.locator(".tag.lang")).hasText("pt");
                assertThat(queued.locator(".gist")).hasText(Pattern.compile("≈ \\S.*"));
                Locator japanese = p.locator("#handoffs li[data-id='x-q3']");
                assertThat(japanese.locator(".text")).hasText("人間の担当者と話したいです");
                assertThat(japanese.locator(".tag.lang")).hasText("ja");
                assertThat(japanese.locator(".gist")).hasText(Pattern.compile("≈ \\S.*"));
                assertThat(p.locator("#handoffs li")).hasCount(2); // a shipping question is not handed off
            }
            theirs.getByLabel("Your name (marks what you take)").fill("Lee");
            theirs.locator("#handoffs li[data-id='x-q1']").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Take")).click();
            assertThat(mine.locator("#handoffs li[data-id='x-q1'] .taken-by")).hasText("Taken by Lee");
            assertThat(mine.locator("#handoffs li[data-id='x-q1'] button")).hasCount(0);
            assertThat(mine.locator("#handoff-count")).hasText("(1 open of 2)");
            assertThat(mine.locator("#handoffs li[data-id='x-q3'] button")).hasText("Take");
            // a teammate whose Take crossed Lee's (here: sent just after it) is told, under the question, who has it
            mine.evaluate("() => send({ type: 'handoff.take', id: 'x-q1', by: 'Mo' })");
            assertThat(mine.locator("#handoffs li[data-id='x-q1'] .refused")).containsText("already taken by Lee");
            mine.locator("#handoffs li[data-id='x-q1']").scrollIntoViewIfNeeded();
            screenshot(mine, "handoffs");
            Page later = console(1280, 800); // a console opened later gets the room's queue, marks included
            connect(later, "handoff-1");
            assertThat(later.locator("#handoffs li[data-id='x-q1'] .taken-by")).hasText("Taken by Lee");

            viewers.send("{\"type\": \"handoff.take\", \"id\": \"x-q1\", \"by\": \"Mo\"}");
            assertThat(viewers.await("the refusal", f -> f.path("type").asText().equals("error")
                    && f.path("inReplyTo").asText().equals("x-q1")).path("message").asText())
                    .contains("already taken by Lee");
        }
        // every console and the viewers gone, the room closes; opened again, its queue is back, marks included
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (server.rooms().find(demo.store().id(), "handoff-1").isPresent()) {
            assertThat(System.nanoTime()).as("the room closes with its last socket").isLessThan(deadline);
            Thread.sleep(20);
        }
        Page reopened = console(1280, 800);
        connect(reopened, "handoff-1");
        assertThat(reopened.locator("#handoffs li[data-id='x-q1'] .taken-by")).hasText("Taken by Lee");
        assertThat(reopened.locator("#handoffs li[data-id='x-q1'] .gist")).hasText(Pattern.compile("≈ \\S.*"));
        assertThat(reopened.locator("#handoff-count")).hasText("(1 open of 2)");
        assertThat(reopened.locator("#handoffs li[data-id='x-q3'] .text")).hasText("人間の担当者と話したいです");
        reopened.locator("#handoffs li[data-id='x-q1']").scrollIntoViewIfNeeded();
        screenshot(reopened, "handoffs-after-reopen");
    }

    @Test
    void filtersNarrowTheFeedByLanguageIntentAndOutcomeAndTheTranscriptDownloadsAsJsonLines() throws Exception {
        Page page = console(1280, 800);
        connect(page, "filter-1");
        try (LiveConnection viewers = LiveConnection.open(server, "/v1/rooms/filter-1/live", null)) {
            viewers.chat("f-q1", "v-ana", "pt", "frete pro brasil?");
            viewers.chat("f-q2", "v-ben", "en", "can I pay with paypal?");
            viewers.chat("f-q3", "v-cy", "en", "lol");
            for (String id : List.of("f-q1", "f-q2", "f-q3")) {
                viewers.outcome(id);
            }
            assertThat(page.locator("#feed li.message .outcome:not(.waiting)")).hasCount(3);

            page.getByLabel("Filter by language").selectOption("en");
            // "lol" is skipped before it is understood, so it has no language to filter by
            assertThat(page.locator("#feed li.message:visible")).hasCount(1);
            assertThat(page.locator("#feed li.message[data-id='f-q2']")).isVisible();
            assertThat(page.locator("#feed li.reply:visible .tag.lang")).hasText(new String[]{"en"});
            page.getByLabel("Filter by language").selectOption("");
            page.getByLabel("Filter by outcome").selectOption("skipped");
            assertThat(page.locator("#feed li.message:visible")).hasCount(1);
            assertThat(page.locator("#feed li.message[data-id='f-q3']")).isVisible();
            assertThat(page.locator("#feed li.reply:visible")).hasCount(0);
            screenshot(page, "filters");
            page.getByLabel("Filter by outcome").selectOption("");
            page.getByLabel("Filter by intent").selectOption("payment");
            assertThat(page.locator("#feed li.message:visible")).hasCount(1);
            assertThat(page.locator("#feed li.message[data-id='f-q2']")).isVisible();
            page.getByLabel("Filter by intent").selectOption("");
            assertThat(page.locator("#feed li.message:visible")).hasCount(3);

            // wait for the replies to end so the transcript holds them too
            viewers.awaitCount("the replies' ends", f -> f.path("type").asText().equals("reply.done"), 2);
            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Export JSON Lines")).click());
            assertThat(download.suggestedFilename()).isEqualTo("room-filter-1.jsonl");
            List<String> lines = Files.readAllLines(download.path());
            JsonNode transcript = Http.json(Http.send(Http.get(server, "/v1/rooms/filter-1", null)));
            assertThat(lines).hasSize(transcript.get("turns").size()).hasSizeGreaterThanOrEqualTo(5);
            for (int i = 0; i < lines.size(); i++) {
                assertThat(Http.JSON.readTree(lines.get(i))).isEqualTo(transcript.get("turns").get(i));
            }
            assertThat(lines).anySatisfy(l -> assertThat(Http.JSON.readTree(l).path("id").asText()).isEqualTo("f-q3"));
        }
    }

    @Test
    void atPhoneWidthsTheComposerIsOnScreenAndNothingScrollsSideways() throws Exception {
        for (int width : new int[]{360, 420}) {
            Page page = console(width, 740);
            connect(page, "phone-" + width);
            try (LiveConnection viewers = LiveConnection.open(server, "/v1/rooms/phone-" + width + "/live", null)) {
                for (int i = 0; i < 8; i++) {
                    viewers.chat("p-" + i, "v" + i, "pt", "frete pro brasil? pergunta número " + i);
                }
                assertThat(page.locator("#feed li.message")).hasCount(8);
            }
            for (String id : List.of("room", "key", "connect-button", "text", "send", "viewer-name")) {
                BoundingBox box = page.locator("#" + id).boundingBox();
                assertThat(box).as("#%s at %d px", id, width).isNotNull();
                assertThat(box.x).as("#%s left at %d px", id, width).isGreaterThanOrEqualTo(0);
                assertThat(box.x + box.width).as("#%s right at %d px", id, width).isLessThanOrEqualTo(width);
                assertThat(box.y).as("#%s top at %d px", id, width).isGreaterThanOrEqualTo(0);
                assertThat(box.y + box.height).as("#%s bottom at %d px", id, width).isLessThanOrEqualTo(740);
            }
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("sideways scroll at %d px", width).isLessThanOrEqualTo(0);
            assertThat(page.locator("#feed").boundingBox().height).as("the feed's height").isGreaterThan(150);
            // below the feed, the host controls, the product and the handoff queue: scrolled to the end of the page,
            // the last of them ends above the composer fixed at the bottom, so nothing is out of reach under it
            page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)");
            BoundingBox last = page.locator(".side > section:last-child").boundingBox();
            BoundingBox composer = page.locator("#composer").boundingBox();
            assertThat(last.y + last.height).as("the side panel's end at %d px", width).isLessThanOrEqualTo(composer.y);
            assertThat(page.locator("#operator").isVisible()).isTrue();
            screenshot(page, "phone-" + width + "-controls");
            page.evaluate("() => window.scrollTo(0, 0)");
            page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)).fill("tem na cor preta?");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
            assertThat(page.locator("#feed li.message").filter(new Locator.FilterOptions().setHasText("tem na cor preta?")))
                    .hasCount(1);
            screenshot(page, "phone-" + width);
        }
    }

    private Page console(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setAcceptDownloads(true));
        contexts.add(context);
        Page page = context.newPage();
        page.navigate(server.url() + "/");
        return page;
    }

    private static void connect(Page page, String room) {
        page.getByLabel("Room", new Page.GetByLabelOptions().setExact(true)).fill(room);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Connect")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Connected to room " + room);
    }

    private static void show(Page page, String sku) {
        page.getByLabel("Showing product (SKU)").fill(sku);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set")).click();
    }

    /** A dollar amount as the console's locale (Chromium's en-US here) writes it. */
    private static String usd(BigDecimal amount) {
        return "$" + amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static void screenshot(Page page, String name) throws Exception {
        Path file = Path.of("target", "console-" + name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, page.screenshot(new Page.ScreenshotOptions().setFullPage(false)));
    }
}
