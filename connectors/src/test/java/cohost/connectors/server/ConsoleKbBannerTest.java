package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.engine.room.RoomPolicy;
import cohost.knowledge.LiveKnowledge;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cohost.connectors.server.TestServers.KEY_A;
import static cohost.connectors.server.TestServers.KEY_B;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The console's KB banner, in Chromium against a real server that watches a real KB folder: a broken edit shows what
 * is wrong and that the previous KB keeps answering; a good edit clears it.
 */
class ConsoleKbBannerTest {
    /** The banner polls /health every 10 s; a loaded machine gets slack. */
    private static final double WAIT_MS = 40_000;

    @TempDir
    Path folder;
    @TempDir
    Path home;
    private KbReloader reloader;
    private CohostServer server;
    private Playwright playwright;
    private Browser browser;

    @BeforeEach
    void serveAFolderAndOpenABrowser() throws Exception {
        assumeFalse("1".equals(System.getenv("COHOST_SKIP_BROWSER_TESTS")), "COHOST_SKIP_BROWSER_TESTS=1");
        try (Stream<Path> files = Files.list(TestServers.kbFolder("store-a"))) {
            for (Path f : files.toList()) Files.copy(f, folder.resolve(f.getFileName()));
        }
        LiveKnowledge live = new LiveKnowledge(folder);
        Map<String, Cohost> engines = Map.of("store-a", Cohost.builder(live.current()).build(),
                "store-b", Cohost.builder(TestServers.kb("store-b")).build());
        reloader = KbReloader.of(Map.of("store-a", live), engines, Duration.ofMillis(50)).watch();
        server = CohostServer.start(ServerConfig.of("127.0.0.1", 0, engines,
                Map.of(KEY_A, "store-a", KEY_B, "store-b")).withLimits(RoomPolicy.DEFAULTS, 1000, 1000, 512), reloader);
        Map<String, String> env = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "HOME", home.toString());
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(ConsoleOperatorTest.CHROMIUM).setHeadless(true).setEnv(env)
                .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.close();
        if (reloader != null) reloader.close();
        if (server != null) server.config().stores().values().forEach(Cohost::close);
    }

    @Test
    void aBrokenKbEditShowsABannerWithWhatIsWrongUntilAGoodEditClearsIt() throws Exception {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage();
        page.navigate(server.url() + "/");
        page.getByLabel("Room", new Page.GetByLabelOptions().setExact(true)).fill("kb-1");
        page.getByLabel("API key", new Page.GetByLabelOptions().setExact(true)).fill(KEY_A);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Connect")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Connected to room kb-1");
        assertThat(page.locator("#kb")).isHidden();

        edit("shipping.json", "\"maxDays\": ", "\"maxDays\": -");
        assertThat(page.locator("#kb")).containsText("KB of store-a: the last reload failed (shipping.json "
                + "rules[0].maxDays:", new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT_MS));
        assertThat(page.locator("#kb")).containsText("keeps answering");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "console-kb-banner.png"), page.screenshot());

        edit("shipping.json", "\"maxDays\": -", "\"maxDays\": ");
        assertThat(page.locator("#kb")).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(WAIT_MS));
    }

    private void edit(String file, String from, String to) throws Exception {
        Path path = folder.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }
}
