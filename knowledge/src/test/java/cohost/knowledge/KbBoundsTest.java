package cohost.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Whatever {@code kb check} accepts, {@code serve} can serve (issue #13): amounts, texts, lines and files are bounded,
 * special files are refused instead of read, bytes must be UTF-8 and a JSON Lines line holds one value. Each refusal
 * is a problem in the usual FILE WHERE: MESSAGE form.
 */
class KbBoundsTest {
    @TempDir
    Path dir;

    private static final String STORE = """
            {"id": "s", "name": "S", "defaultLanguage": "en", "currency": "USD"}
            """;

    /** The folder's problems; fails if it loads, or if loading takes over 20 s (a FIFO once hung it forever). */
    private List<KbProblem> problems() {
        Object result = CompletableFuture.supplyAsync(() -> {
            try {
                return (Object) KnowledgeBase.load(dir);
            } catch (KbException e) {
                return e;
            }
        }).orTimeout(20, TimeUnit.SECONDS).join();
        assertThat(result).as("the folder must be rejected").isInstanceOf(KbException.class);
        return ((KbException) result).problems();
    }

    private void write(String file, String content) {
        TestKb.write(dir, "store.json", STORE);
        TestKb.write(dir, file, content);
    }

    private static String product(String amount) {
        return "{\"sku\": \"A-1\", \"title\": \"Mug\", \"price\": {\"amount\": " + amount + ", \"currency\": \"USD\"}}\n";
    }

    @Test
    void amountsAreAtMostABillion() {
        for (String amount : new String[]{"1e999999999", "1e400", "1000000000.01", "-1e999999999"}) {
            write("products.jsonl", product(amount));
            assertThat(problems()).as(amount).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("products.jsonl");
                assertThat(p.where()).isEqualTo("line 1, price.amount");
                assertThat(p.message()).hasSizeLessThan(120).containsAnyOf("at most 1000000000", "negative");
            });
        }
    }

    @Test
    void amountsHaveAtMostTwoDecimalsBeyondTheCurrencys() throws KbException {
        write("products.jsonl", product("9.9999"));
        assertThat(KnowledgeBase.load(dir).products()).hasSize(1);
        write("products.jsonl", product("9.99999"));
        assertThat(problems()).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("has 5 decimals; USD amounts have at most 4"));
        write("products.jsonl", product("1e-999999999"));
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("more than 40 decimals"));
        write("products.jsonl", "{\"sku\": \"A-1\", \"title\": \"Mug\", \"price\": {\"amount\": 100.125, \"currency\": \"JPY\"}}");
        assertThat(problems()).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("has 3 decimals; JPY amounts have at most 2"));
    }

    @Test
    void textsAreBounded() {
        write("products.jsonl", "{\"sku\": \"A-1\", \"title\": \"" + "t".repeat(501) + "\", \"description\": {\"en\": \""
                + "d".repeat(20_001) + "\"}, \"price\": {\"amount\": 1, \"currency\": \"USD\"}}");
        assertThat(problems()).extracting(KbProblem::where, KbProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("line 1, title", "is 501 characters long; at most 500"),
                org.assertj.core.groups.Tuple.tuple("line 1, description.en", "is 20001 characters long; at most 20000"));
    }

    @Test
    void aShopifyTitleIsBoundedLikeAJsonOne() {
        write("products.csv", "Handle,Title,Variant Price\nmug,\"" + "x".repeat(10_000) + "\",5\n");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("line 2, title");
            assertThat(p.message()).isEqualTo("is 10000 characters long; at most 500");
        });
        write("products.csv", "Handle,Title,Variant Price\nmug,Mug,1e999999999\n");
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("at most 1000000000"));
    }

    @Test
    void oneJsonValuePerLine() {
        write("faq.jsonl", "{\"id\": \"f1\", \"question\": \"q?\", \"answer\": \"a\"} {\"id\": \"f2\", \"question\": \"q2?\", \"answer\": \"b\"}\n");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).startsWith("line 1");
            assertThat(p.message()).isEqualTo("more than one JSON value: each line holds exactly one object");
        });
    }

    @Test
    void longNumbersAndParserInternalsAreNotQuoted() {
        write("products.jsonl", product("1" + "0".repeat(100)) + product("NaN").replace("A-1", "B-1"));
        assertThat(problems()).extracting(KbProblem::message).satisfiesExactly(
                m -> assertThat(m).isEqualTo("a number longer than 64 characters"),
                m -> assertThat(m).startsWith("malformed JSON").doesNotContainIgnoringCase("feature")
                        .doesNotContain("Source", "(code"));
    }

    @Test
    void invalidUtf8IsNamedWithItsLine() throws IOException {
        TestKb.write(dir, "store.json", STORE);
        Files.write(dir.resolve("faq.jsonl"), concat(
                "{\"id\": \"f1\", \"question\": \"q?\", \"answer\": \"a\"}\n{\"id\": \"f2\", \"question\": \"caf".getBytes(StandardCharsets.UTF_8),
                new byte[]{(byte) 0xE9}, "?\", \"answer\": \"b\"}\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("faq.jsonl");
            assertThat(p.where()).isEqualTo("line 2, column 30");
            assertThat(p.message()).isEqualTo("not valid UTF-8 (byte 0xE9); save the file as UTF-8");
        });
    }

    @Test
    void aLineOverTheLimitIsRefusedWithoutParsingIt() {
        write("faq.jsonl", "{\"id\": \"f1\", \"question\": \"q?\", \"answer\": \"" + " ".repeat(KbReader.MAX_LINE_BYTES) + "a\"}\n");
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("line 1");
            assertThat(p.message()).endsWith("bytes long; at most " + KbReader.MAX_LINE_BYTES);
        });
    }

    @Test
    void aDeviceOrAFolderIsNotAFile() throws IOException {
        TestKb.write(dir, "store.json", STORE);
        Files.createSymbolicLink(dir.resolve("faq.jsonl"), Path.of("/dev/zero"));
        Files.createDirectory(dir.resolve("payments.json"));
        assertThat(problems()).containsExactly(
                new KbProblem("payments.json", "", "is a folder; expected a file"),
                new KbProblem("faq.jsonl", "", "is not a regular file (a FIFO, device or socket); give a plain UTF-8 file"));
    }

    @Test
    void aFifoIsRefusedInsteadOfWaitedFor() throws Exception {
        TestKb.write(dir, "store.json", STORE);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", dir.resolve("faq.jsonl").toString()).start();
        } catch (IOException e) {
            assumeThat(e).as("mkfifo is not available").isNull();
            return;
        }
        assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        assertThat(problems()).containsExactly(
                new KbProblem("faq.jsonl", "", "is not a regular file (a FIFO, device or socket); give a plain UTF-8 file"));
    }

    @Test
    void aSymlinkLoopIsNotAMissingFile() throws IOException {
        TestKb.write(dir, "store.json", STORE);
        Files.createSymbolicLink(dir.resolve("faq.jsonl"), dir.resolve("loop.jsonl"));
        Files.createSymbolicLink(dir.resolve("loop.jsonl"), dir.resolve("faq.jsonl"));
        Files.createSymbolicLink(dir.resolve("payments.json"), dir.resolve("gone.json"));
        assertThat(problems()).extracting(KbProblem::file, KbProblem::message).satisfiesExactlyInAnyOrder(
                t -> assertThat(t.toList()).containsExactly("payments.json", "is a symbolic link to a missing file"),
                t -> {
                    assertThat(t.toList().get(0)).isEqualTo("faq.jsonl");
                    assertThat((String) t.toList().get(1)).startsWith("is a symbolic link that loops");
                });
    }

    @Test
    void aControlCharacterIsNamedByItsCodePoint() {
        write("faq.jsonl", "{\"id\": \"f1\", \"question\": \"q\u0005?\", \"answer\": \"a\"}\n");
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("U+0005").doesNotContain("CTRL-CHAR", "code 5"));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
