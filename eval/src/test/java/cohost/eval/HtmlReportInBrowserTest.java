package cohost.eval;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The HTML report opens in a real browser (Debian's Chromium, headless) and shows what a reader needs. */
class HtmlReportInBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void theReportRendersWithVerdictsRepliesFailuresAndCharts() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs /usr/bin/chromium (apt-get install chromium; CI installs it)");
        Path reports = dir.resolve("reports");
        try (FakeDeskServer server = new FakeDeskServer("k", List.of(new FakeDeskServer.Canned("brazil",
                "@Ana Shipping to Brazil takes 7 to 12 business days and costs US$ 12.50.", "en", "shipping",
                "shipping", "br-standard", false)))) {
            Files.createDirectories(dir.resolve("kb"));
            Files.writeString(dir.resolve("kb/store.json"), "{\"id\": \"t\"}");
            Files.writeString(dir.resolve("kb/shipping.json"), """
                    {"rules": [{"id": "br-standard", "minDays": 7, "maxDays": 12, "price": {"amount": 12.5}}]}""");
            Path suite = dir.resolve("suite.yaml");
            Files.writeString(suite, """
                    kb: kb
                    conversations:
                      - id: ships-to-brazil
                        turns:
                          - customer: "shipping to brazil?"
                            expect: {facts: ["7-12 days"], grounded: true}
                      - id: wrong-price
                        turns:
                          - customer: "price of shipping to brazil?"
                            expect: {facts: ["$99"]}
                    """);
            int code = EvalCli.execute(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    "run", suite.toString(), "--target", server.uri().toString(), "--key", "k",
                    "--report-dir", reports.toString());
            assertThat(code).isEqualTo(1);
        }
        Path html = reports.resolve("report.html");
        assertThat(Files.readString(html)).as("self-contained: no scripts, stylesheets or images from anywhere").doesNotContain("<script", "<link", "<img", "src=", "url(");

        try (Playwright pw = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             BrowserContext browser = pw.chromium().launchPersistentContext(dir.resolve("chromium-profile"),
                     new BrowserType.LaunchPersistentContextOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                             .setViewportSize(1280, 900)
                             .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu", "--no-first-run",
                                     "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
            Page page = browser.newPage();
            page.navigate(html.toUri().toString());
            assertThat(page.title()).isEqualTo("Cohost eval report");
            assertThat(page.getByText("Summary: FAILED").isVisible()).isTrue();
            // The failed conversation is open: its reply, the failed assertion and the cited fact are on screen.
            assertThat(page.getByText("\"$99\": amount USD 99 not stated").isVisible()).isTrue();
            assertThat(page.locator("details[open] td.reply").first().innerText()).contains("7 to 12 business days");
            assertThat(page.locator("details[open] span.src").first().isVisible()).isTrue();
            assertThat(page.locator("svg[aria-label='latency histogram'] rect").count()).isEqualTo(20);
            assertThat(page.locator("svg[aria-label='latency per turn'] rect").count()).isEqualTo(2);
            // each bar is labelled with its conversation and turn, and its latency
            assertThat(page.locator("svg[aria-label='latency per turn'] text").allTextContents())
                    .contains("ships-to-brazil / t1", "wrong-price / t1").anySatisfy(t -> assertThat(t).endsWith(" ms"));
            // coverage: four tables, the cells no turn reaches in red, the ones reached in green
            assertThat(page.getByText("Coverage: ").first().isVisible()).isTrue();
            assertThat(page.locator("#coverage table.cov").count()).isEqualTo(4);
            assertThat(page.locator("#coverage td.gap").count()).isGreaterThan(100);
            assertThat(page.locator("#coverage td.hit").count()).isGreaterThan(0);
            assertThat(page.locator("#coverage td.gap").first().evaluate("e => getComputedStyle(e).backgroundColor"))
                    .isEqualTo("rgb(255, 235, 233)");

            checkScreenshot(page, dir.resolve("report.png"));
        }
    }

    /** A real page: many colours, plenty of dark text, and the red of a failure or a gap somewhere. */
    static void checkScreenshot(Page page, Path file) throws Exception {
        {
            byte[] png = page.screenshot(new Page.ScreenshotOptions().setFullPage(true));
            Files.write(file, png);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(img.getWidth()).isGreaterThan(600);
            Set<Integer> colors = new HashSet<>();
            int dark = 0;
            for (int y = 0; y < img.getHeight(); y += 3) {
                for (int x = 0; x < img.getWidth(); x += 3) {
                    int rgb = img.getRGB(x, y) & 0xffffff;
                    colors.add(rgb);
                    if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) dark++;
                }
            }
            assertThat(colors.size()).as("distinct colours: a blank page has one").isGreaterThan(20);
            assertThat(dark).as("dark pixels (text, header)").isGreaterThan(1000);
            assertThat(colors).as("the red of a failure badge").contains(0xcf222e);
        }
    }

    static BrowserContext chromium(Playwright pw, Path profile) {
        return pw.chromium().launchPersistentContext(profile,
                new BrowserType.LaunchPersistentContextOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                        .setViewportSize(1280, 900)
                        .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @Test
    void theDiffOfTwoRunsShowsWhatRegressed() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs /usr/bin/chromium (apt-get install chromium; CI installs it)");
        Files.createDirectories(dir.resolve("kb"));
        Files.writeString(dir.resolve("kb/store.json"), "{\"id\": \"t\"}");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (FakeDeskServer server = new FakeDeskServer("k", List.of(new FakeDeskServer.Canned("brazil",
                "@Ana Shipping to Brazil takes 7 to 12 business days and costs US$ 12.50.", "en", "shipping",
                "shipping", "br-standard", false)))) {
            for (String[] run : new String[][]{{"a", "7-12 days"}, {"b", "$99"}}) {
                Path suite = dir.resolve(run[0] + "/suite.yaml");
                Files.createDirectories(suite.getParent());
                Files.writeString(suite, """
                        conversations:
                          - id: ships-to-brazil
                            turns:
                              - customer: "shipping to brazil?"
                                expect: {facts: ["%s"]}
                        """.formatted(run[1]));
                EvalCli.execute(quiet, quiet, "run", suite.toString(), "--target", server.uri().toString(), "--key", "k",
                        "--report-dir", dir.resolve("reports-" + run[0]).toString());
            }
        }
        // the same suite file name in both runs: the reports name it by path, so compare copies under one name
        String a = Files.readString(dir.resolve("reports-a/report.json")).replace(dir.resolve("a").toString(), "suites");
        String b = Files.readString(dir.resolve("reports-b/report.json")).replace(dir.resolve("b").toString(), "suites");
        Files.writeString(dir.resolve("A.json"), a);
        Files.writeString(dir.resolve("B.json"), b);
        Path html = dir.resolve("diff.html");
        int code = EvalCli.execute(quiet, quiet, "diff", dir.resolve("A.json").toString(), dir.resolve("B.json").toString(),
                "--html", html.toString());
        assertThat(code).as("a conversation went from pass to fail").isEqualTo(1);
        assertThat(Files.readString(html)).doesNotContain("<script", "<link", "<img", "src=", "url(");
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             BrowserContext browser = chromium(pw, dir.resolve("chromium-profile-diff"))) {
            Page page = browser.newPage();
            page.navigate(html.toUri().toString());
            assertThat(page.title()).isEqualTo("Cohost eval diff");
            assertThat(page.getByText("REGRESSED").first().isVisible()).isTrue();
            assertThat(page.locator("#flips tr").nth(1).innerText()).contains("ships-to-brazil", "PASS", "FAIL");
            assertThat(page.locator("#moved td").allInnerTexts()).anySatisfy(t -> assertThat(t).contains("amount USD 99 not stated"));
            assertThat(page.locator("#latency tr").count()).isGreaterThanOrEqualTo(6);
            checkScreenshot(page, dir.resolve("diff.png"));
        }
    }
}
