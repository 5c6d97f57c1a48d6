package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.ShippingOption;
import cohost.wire.ServerFrame;
import cohost.wire.WireJson;
import cohost.wire.WireSamples;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The operator console at {@code /}, in a real browser (Debian's Chromium, headless) over a real server in local demo
 * mode with the bundled demo store. Set {@code COHOST_SKIP_BROWSER_TESTS=1} to skip where no Chromium is installed.
 */
class ConsoleInBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOT = Path.of("target", "console-live-exchange.png");

    @TempDir
    static Path home;

    static KnowledgeBase demo;
    static Cohost cohost;
    static CohostServer server;
    static Playwright playwright;
    static Browser browser;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        assumeFalse("1".equals(System.getenv("COHOST_SKIP_BROWSER_TESTS")), "COHOST_SKIP_BROWSER_TESTS=1");
        assertThat(Files.isExecutable(CHROMIUM))
                .as("the console test drives Debian's Chromium at %s: install it (apt-get install chromium), "
                        + "or set COHOST_SKIP_BROWSER_TESTS=1 to skip the browser tests", CHROMIUM)
                .isTrue();
        demo = KnowledgeBase.demo();
        cohost = Cohost.builder(demo).build();
        server = CohostServer.start(ServerConfig.of("127.0.0.1", 0, Map.of(demo.store().id(), cohost), Map.of()));
        // launch() gives Chromium a fresh temp profile; HOME points anything else it writes (~/.config, ~/.pki) at a
        // temp folder too.
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

    @BeforeEach
    void openConsole() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        page = context.newPage();
        page.navigate(server.url() + "/");
    }

    @AfterEach
    void closeConsole() {
        if (context != null) context.close();
    }

    @Test
    void aViewersQuestionShowsWithLanguageAndGistAndTheAnswerStreamsInWithHostTextSourcesAndLatency() throws Exception {
        assertThat(page.title()).isEqualTo("Cohost console");
        connect("live-1");

        sendAsHost("欢迎来到直播间");
        assertThat(page.locator("#feed li.message.host").filter(new Locator.FilterOptions().setHasText("欢迎来到直播间")))
                .isVisible();

        sendAsViewer("Ana", "pt", "BR", "frete pro brasil?");
        Locator question = page.locator("#feed li.message").filter(new Locator.FilterOptions().setHasText("frete pro brasil?"));
        assertThat(question.locator(".who")).hasText("Ana");
        assertThat(question.locator(".tag.lang")).hasText("pt");
        assertThat(question.locator(".gist")).containsText("≈ ");
        assertThat(question.locator(".outcome")).containsText("answered by ");

        Locator reply = page.locator("#feed li.reply:not(.streaming)").filter(new Locator.FilterOptions().setHasText("Ana"));
        assertThat(reply.locator(".meta")).hasText(Pattern.compile("first words [\\d.]+ ms · complete [\\d.]+ ms"));
        assertThat(reply.locator(".tag.lang")).hasText("pt");
        String answer = reply.locator(".text").textContent();
        List<ShippingOption> toBrazil = demo.shippingTo("BR");
        assertThat(toBrazil).isNotEmpty();
        assertThat(answer).as("the answer states the demo store's delivery days to Brazil")
                .contains(String.valueOf(toBrazil.getFirst().minDays()), String.valueOf(toBrazil.getFirst().maxDays()));
        assertThat(reply.locator(".gist")).hasText(Pattern.compile("Host: \\S.*"));
        assertThat(reply.locator(".gist").textContent()).isNotEqualTo("Host: " + answer);
        assertThat(reply.locator(".sources")).containsText("shipping ");
        assertThat(page.locator("#counts")).containsText("2 messages");

        byte[] png = page.screenshot();
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG the JDK can decode").isNotNull();
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
        Set<Integer> colours = new HashSet<>();
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    dark++;
                }
            }
        }
        assertThat(colours.size()).as("distinct colours: a blank page has one").isGreaterThan(50);
        assertThat(dark).as("dark pixels: text was drawn").isGreaterThan(2000);
    }

    /**
     * The page against the wire format itself: every frame the server can send (one of each, written by the codec)
     * is fed to the console through a stand-in socket, and every frame the console sends must pass the server's
     * strict reader.
     */
    @Test
    void theConsoleShowsEveryFrameOfTheWireFormatAndSendsOnlyFramesTheServerAccepts() {
        List<String> sentByPage = new ArrayList<>();
        List<WebSocketRoute> socket = new ArrayList<>();
        page.routeWebSocket(url -> url.endsWith("/v1/rooms/wire-samples/live"), ws -> {
            socket.add(ws);
            ws.onMessage(frame -> sentByPage.add(frame.text()));
        });
        page.reload(); // the stand-in socket is installed when a page loads
        connect("wire-samples");
        for (ServerFrame frame : WireSamples.serverFrames()) {
            socket.getFirst().send(WireJson.write(frame));
        }

        assertThat(page.locator("#counts")).hasText("5 messages · 2 replies · 1 joined · 1 skipped · 1 cancelled · 1 errors");
        assertThat(page.locator("#feed li.system")).not().containsText(new String[]{"Unknown event"});
        assertThat(page.locator("#feed li.error").filter(new Locator.FilterOptions().setHasText("Could not show")))
                .hasCount(0);
        Locator answered = page.locator("#feed li.reply[data-id='r1']");
        assertThat(answered).not().hasClass(Pattern.compile(".*streaming.*"));
        assertThat(answered.locator(".tag.ai")).hasText("AI");
        assertThat(answered.locator(".tag.intent")).hasText("shipping");
        assertThat(answered.locator(".text")).hasText("@Ana Frete para Brasil: 15 a 30 dias úteis, US$ 6,99.");
        assertThat(answered.locator(".gist")).hasText("Host: 寄往巴西：15-30个工作日，US$6.99。");
        assertThat(answered.locator(".sources")).hasText("Sources: shipping br-standard");
        assertThat(answered.locator(".muted").first()).containsText("Ana, Bia");
        assertThat(page.locator("#feed li.message[data-id='m1'] .outcome")).hasText("answered by r1");
        assertThat(page.locator("#feed li.message[data-id='m2'] .outcome")).containsText("joined reply r1");
        assertThat(page.locator("#feed li.message[data-id='m3'] .outcome")).containsText("skipped: spam");
        Locator cut = page.locator("#feed li.reply[data-id='r2']");
        assertThat(cut).hasClass(Pattern.compile(".*cancelled.*"));
        assertThat(cut.locator(".text")).hasText("@Ana Você pode");
        assertThat(cut.locator(".meta")).containsText("Cancelled (host_spoke)");
        assertThat(page.locator("#feed li.transcript .text")).hasText("frete pro brasil");
        assertThat(page.locator("#feed li.error")).containsText("Error bad_request: chat.viewer is required");
        assertThat(page.locator("#hold")).isVisible();
        assertThat(page.locator("#feed li.notice .tag.ai")).hasText("AI");
        assertThat(page.locator("#feed li.notice .text")).hasText(WireSamples.serverFrames().stream()
                .filter(f -> f instanceof ServerFrame.Notice).map(f -> ((ServerFrame.Notice) f).text()).findFirst()
                .orElseThrow());
        assertThat(page.locator("#product .title")).hasText("Sonaro Air S2");
        assertThat(page.locator("#product .price")).hasText("$49.90 – $59.90");
        assertThat(page.locator("#product .stock")).hasText("in stock · 12 units");
        assertThat(page.locator("#handoffs li[data-id='m5'] .taken-by")).hasText("Taken by Lee");

        sendAsViewer("Ana", "pt", "BR", "frete pro brasil?");
        sendAsHost("pessoal, próximo produto!");
        field("Host speaking").uncheck(); // the room's state said the host is speaking
        field("Host speaking").check();
        field("Showing product (SKU)").fill("LL-AUD-0002");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set")).click();
        page.locator("#feed li.message[data-id='m3']").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Answer now")).click();
        socket.getFirst().send(WireJson.write(new ServerFrame.ReplyStarted("r9", List.of("m4"), "pt", "returns", null,
                true)));
        page.locator("#feed li.reply[data-id='r9']").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Stop")).click();
        socket.getFirst().send(WireJson.write(new ServerFrame.Handoff("m6", WireSamples.ANA, "falar com alguém", "pt",
                "转人工", "r9", "2026-01-01T00:00:00Z", null)));
        page.locator("#handoffs li[data-id='m6']").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Take")).click();
        page.waitForCondition(() -> sentByPage.size() >= 8);
        assertThat(sentByPage.stream().map(text -> WireJson.typeOf(WireJson.readClientFrame(text))))
                .containsExactly("chat", "host", "host.speaking", "host.speaking", "product.showing", "message.answer",
                        "reply.stop", "handoff.take");
    }

    @Test
    void whileTheHostIsSpeakingAnswersWaitAndComeWhenTheToggleIsOff() {
        connect("live-5");
        field("Host speaking").check();
        sendAsViewer("Bruno", "pt", "BR", "frete pro brasil?");
        Locator question = page.locator("#feed li.message").filter(new Locator.FilterOptions().setHasText("Bruno"));
        assertThat(question.locator(".tag.lang")).hasText("pt");
        assertThat(question.locator(".outcome")).hasText("held: the host is speaking");
        assertThat(page.locator("#hold")).isVisible();
        assertThat(page.locator("#feed li.reply")).hasCount(0);

        field("Host speaking").uncheck();
        assertThat(question.locator(".outcome")).containsText("answered by ");
        assertThat(page.locator("#feed li.reply .meta")).containsText("complete");
    }

    @Test
    void withKeysConfiguredTheConsoleSaysWhyAConnectionIsRefusedAndConnectsWithTheRightKey() {
        try (CohostServer keyed = TestServers.twoStores()) {
            page.navigate(keyed.url() + "/");
            assertThat(field("API key")).hasAttribute("placeholder", "required");
            field("Room").fill("live-6");
            field("API key").fill("not-a-key");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Connect")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Could not connect to room live-6: unknown API key");

            field("API key").fill(TestServers.KEY_A);
            connect("live-6");
        }
    }

    @Test
    void aPageOnAnotherOriginCanNeitherOpenASocketNorPostToTheDesk() {
        // The same server under another name is another origin: http://localhost:PORT is not http://127.0.0.1:PORT.
        String other = server.url().replace("127.0.0.1", "localhost");
        page.navigate(other + "/");
        String target = server.url().replace("http", "ws") + "/v1/rooms/cross-site/live";
        Object socket = page.evaluate("url => new Promise(done => { const ws = new WebSocket(url);"
                + " ws.onopen = () => { ws.close(); done('open'); }; ws.onerror = () => done('refused'); })", target);
        assertThat(socket).as("a socket from another origin").isEqualTo("refused");
        Object ownSocket = page.evaluate("url => new Promise(done => { const ws = new WebSocket(url);"
                + " ws.onopen = () => { ws.close(); done('open'); }; ws.onerror = () => done('refused'); })",
                other.replace("http", "ws") + "/v1/rooms/same-site/live");
        assertThat(ownSocket).as("a socket from the server's own page").isEqualTo("open");
        for (String type : List.of("text/plain", "application/json")) {
            Object post = page.evaluate("([url, type]) => fetch(url, {method: 'POST', headers: {'Content-Type': type},"
                    + " body: JSON.stringify({text: 'hi from elsewhere'})}).then(r => 'read ' + r.status, e => 'blocked')",
                    List.of(server.url() + "/v1/conversations/cross-site-" + type.length() + "/messages", type));
            assertThat(post).as("a desk POST (%s) from another origin", type).isEqualTo("blocked");
            assertThat(Http.send(Http.get(server, "/v1/conversations/cross-site-" + type.length(), null)).statusCode())
                    .as("and the server did not act on it").isEqualTo(404);
        }
    }

    @Test
    void chatIsShownAsTextNeverAsMarkup() {
        connect("live-2");
        String hostile = "<img src=x onerror=\"document.title='owned'\"><b>bold</b> frete?";
        sendAsViewer("<i>Eve</i>", "pt", "", hostile);

        Locator row = page.locator("#feed li.message").filter(new Locator.FilterOptions().setHasText("<b>bold</b>"));
        assertThat(row.locator(".text")).hasText(hostile);
        assertThat(row.locator(".who")).hasText("<i>Eve</i>");
        assertThat(row.locator(".outcome")).not().isEmpty();
        assertThat(page.locator("#feed img, #feed b, #feed i")).hasCount(0);
        assertThat(page.title()).isEqualTo("Cohost console");
    }

    @Test
    void aMessageTheServerRefusesShowsTheErrorAndKeepsWhatWasTyped() {
        connect("live-3");
        sendAsViewer("Ana", "xx", "BR", "frete pro brasil?");

        assertThat(page.locator("#feed li.error")).containsText("lang 'xx' is not a supported language code");
        assertThat(field("Message")).hasValue("frete pro brasil?");
    }

    @Test
    void aChatFloodKeepsTheLast500RowsAndCountsEveryMessage() throws Exception {
        connect("live-4");
        try (LiveConnection viewers = LiveConnection.open(server, "/v1/rooms/live-4/live", null)) {
            for (int i = 0; i < 700; i++) {
                viewers.chat("flood-" + i, "v" + (i % 50), "en", "hello everyone " + i);
            }
            // Not a speed check: the bound only stops a broken page from hanging the build.
            assertThat(page.locator("#counts")).containsText("700 messages",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
            // a flood's overflow is skipped at the door, before earlier messages are decided: present, not last
            assertThat(page.locator("#feed li.message").filter(new Locator.FilterOptions().setHasText("hello everyone 699")))
                    .hasCount(1);
        }
        assertThat(page.locator("#feed > li").count()).isLessThanOrEqualTo(500);
        assertThat(page.locator("#feed li.message").filter(new Locator.FilterOptions().setHasText("hello everyone 0")))
                .hasCount(0);
    }

    private void connect(String room) {
        field("Room").fill(room);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Connect")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Connected to room " + room);
    }

    private void sendAsViewer(String name, String lang, String country, String text) {
        field("Viewer").check();
        field("Name").fill(name);
        field("Language").fill(lang);
        field("Country").fill(country);
        field("Message").fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
    }

    private void sendAsHost(String text) {
        field("Host").check();
        field("Message").fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
    }

    /** The form control with exactly this label: the test finds controls the way a screen reader names them. */
    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
