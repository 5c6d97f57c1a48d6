package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.knowledge.KnowledgeBase;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

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
 * A review of every console point of issue #14 item 4, one operator's session at a phone's width (360 px) and at a
 * desktop's (1280 px), in Debian's Chromium over a real server: the product card, stopping one reply, the held state
 * and answer-now on a held message, the handoff queue and taking, filters and the export, and the history after a
 * reload with what the live feed showed. At each point the element is on screen, fully inside the page's width, and
 * nothing scrolls sideways; a screenshot is saved as {@code target/console-review-WIDTH-POINT.png}.
 */
class ConsoleReviewTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

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
        cohost = Cohost.builder(demo).pace(12).build(); // slow enough to stop a reply mid-way
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

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {360, 1280})
    void everyConsolePointWorksAndIsOnScreen(int width) throws Exception {
        int height = width < 800 ? 740 : 800;
        String room = "review-" + width;
        Page page = console(width, height);
        connect(page, room);
        try (LiveConnection viewers = LiveConnection.open(server, "/v1/rooms/" + room + "/live", null)) {
            // a room with a little of everything
            viewers.chat("q-ship", "v-ana", "pt", "frete pro brasil?");
            viewers.chat("q-lol", "v-bo", "en", "lol 😂");
            viewers.chat("q-human", "v-kenji", "ja", "人間の担当者と話したいです");
            for (String id : List.of("q-ship", "q-lol", "q-human")) viewers.outcome(id);
            Locator shipping = page.locator("#feed li.message[data-id='q-ship']");
            assertThat(shipping.locator(".gist")).hasText(Pattern.compile("≈ \\S.*"));
            check(page, shipping, width, "feed");

            // the product on screen, as a card
            page.getByLabel("Showing product (SKU)").fill("LL-BAG-0004");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set")).click();
            Locator card = page.locator("#product");
            assertThat(card.locator(".price")).isVisible();
            check(page, card, width, "product");

            // stop one reply
            viewers.chat("q-stop", "v-cy", "de", "kann ich das zurückgeben?");
            String stopping = viewers.outcome("q-stop").substring("reply ".length());
            Locator reply = page.locator("#feed li.reply[data-id='" + stopping + "']");
            reply.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stop")).click();
            assertThat(reply.locator(".meta")).containsText("Cancelled (stopped)");
            check(page, reply, width, "stop");

            // held while the host speaks; answer now on a held message
            page.getByLabel("Host speaking", new Page.GetByLabelOptions().setExact(true)).check();
            viewers.await("the room's hold", f -> f.path("type").asText().equals("room.state")
                    && f.path("hostSpeaking").asBoolean());
            viewers.chat("q-held", "v-dan", "es", "¿hacen envíos a México?");
            Locator held = page.locator("#feed li.message[data-id='q-held']");
            assertThat(held.locator(".outcome")).hasText("held: the host is speaking");
            assertThat(page.locator("#hold")).isVisible();
            check(page, held, width, "held");
            held.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Answer now")).click();
            assertThat(held.locator(".outcome")).containsText("answered by ");
            check(page, held, width, "answer-now");
            page.getByLabel("Host speaking", new Page.GetByLabelOptions().setExact(true)).uncheck();
            assertThat(page.locator("#hold")).isHidden();

            // the handoff queue: in the asker's language and the host's, taken under a name
            Locator handoff = page.locator("#handoffs li[data-id='q-human']");
            assertThat(handoff.locator(".gist")).hasText(Pattern.compile("≈ \\S.*"));
            page.getByLabel("Your name (marks what you take)").fill("Lee");
            handoff.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take")).click();
            assertThat(handoff.locator(".taken-by")).hasText("Taken by Lee");
            check(page, handoff, width, "handoff");

            // filters and the export
            page.getByLabel("Filter by outcome").selectOption("skipped");
            assertThat(page.locator("#feed li.message:visible")).hasCount(1);
            assertThat(page.locator("#feed li.message[data-id='q-lol']")).isVisible();
            check(page, page.locator("#filters"), width, "filters");
            page.getByLabel("Filter by outcome").selectOption("");
            String heldReply = viewers.outcome("q-held").substring("reply ".length());
            viewers.await("the held question's answer", f -> f.path("type").asText().equals("reply.done")
                    && f.path("replyId").asText().equals(heldReply));
            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Export JSON Lines")).click());
            List<String> lines = Files.readAllLines(download.path());
            JsonNode transcript = Http.json(Http.send(Http.get(server, "/v1/rooms/" + room, null)));
            assertThat(lines).hasSize(transcript.get("turns").size());

            // the history after a reload shows what the live feed showed
            String liveGist = shipping.locator(".gist").textContent();
            String liveOutcome = shipping.locator(".outcome").textContent();
            String liveLol = page.locator("#feed li.message[data-id='q-lol'] .head").textContent();
            page.reload();
            connect(page, room);
            assertThat(shipping.locator(".gist")).hasText(liveGist);
            assertThat(shipping.locator(".outcome")).hasText(liveOutcome);
            assertThat(page.locator("#feed li.message[data-id='q-lol'] .head")).hasText(liveLol);
            assertThat(reply.locator(".meta")).containsText("Cancelled (stopped)");
            check(page, shipping, width, "history");
        }
    }

    /**
     * The element is on screen (scrolled to), inside the page's width, and the page does not scroll sideways; saves
     * the screenshot of this point.
     */
    private static void check(Page page, Locator element, int width, String point) throws Exception {
        element.scrollIntoViewIfNeeded();
        BoundingBox box = element.boundingBox();
        assertThat(box).as("%s at %d px", point, width).isNotNull();
        assertThat(box.x).as("%s left edge at %d px", point, width).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("%s right edge at %d px", point, width).isLessThanOrEqualTo(width);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("sideways scroll at %s, %d px", point, width).isLessThanOrEqualTo(0);
        Path file = Path.of("target", "console-review-" + width + "-" + point + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, page.screenshot(new Page.ScreenshotOptions().setFullPage(false)));
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
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Connected to room " + room,
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
    }
}
