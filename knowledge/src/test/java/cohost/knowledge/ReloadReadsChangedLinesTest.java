package cohost.knowledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A reload reads only the JSON Lines lines that changed since the KB in service was read; every other line is taken as
 * it read then, and whatever spans lines is checked again in full. Tested on a real store folder.
 */
class ReloadReadsChangedLinesTest {
    @TempDir
    Path dir;
    private LiveKnowledge live;
    private List<String> lines;

    @BeforeEach
    void serveTheTestStore() throws Exception {
        live = new LiveKnowledge(TestKb.copyTo(dir));
        lines = new ArrayList<>(Files.readAllLines(dir.resolve("products.jsonl")));
    }

    @Test
    void aChangedLineIsReadAgainAndEveryUnchangedLineIsTheProductItReadAsBefore() throws Exception {
        KnowledgeBase before = live.current();
        int hp = lineOf("HP-100");
        lines.set(hp, lines.get(hp).replace("\"amount\": 59.90", "\"amount\": 49.90"));
        writeProducts();

        KnowledgeBase after = live.reload();

        Product edited = after.product("HP-100").orElseThrow();
        assertThat(edited.price().amount()).isEqualByComparingTo(new BigDecimal("49.90"));
        assertThat(edited).isNotSameAs(before.product("HP-100").orElseThrow());
        for (Product p : before.products()) {
            if (!p.sku().equals("HP-100")) assertThat(after.product(p.sku()).orElseThrow()).isSameAs(p);
        }
        assertThat(after.search("headphones", "en", 1)).extracting(SearchHit::id).containsExactly("HP-100");
    }

    @Test
    void linesThatMovedAreStillReusedAndCheckedAcrossLinesWhereTheyAreNow() throws Exception {
        KnowledgeBase before = live.current();
        Product watch = before.product("SW-200").orElseThrow();
        String newLine = "{\"sku\": \"NEW-1\", \"title\": \"Travel pillow\", \"price\": {\"amount\": 9.5, \"currency\": \"USD\"}}";
        lines.addFirst(newLine);
        lines.add(1, ""); // a blank line is allowed
        writeProducts();

        KnowledgeBase after = live.reload();
        assertThat(after.product("NEW-1").orElseThrow().title().texts()).containsEntry("en", "Travel pillow");
        assertThat(after.product("SW-200").orElseThrow()).isSameAs(watch);

        // the same unchanged line twice: both copies are reused, and still one SKU too many
        int sw = lineOf("SW-200");
        lines.add(lines.get(sw));
        writeProducts();
        assertThatThrownBy(live::reload).isInstanceOfSatisfying(KbException.class, e ->
                assertThat(e.problems()).startsWith(new KbProblem("products.jsonl", "line " + lines.size(),
                        "duplicate SKU 'SW-200' (first used at line " + (sw + 1) + ")")));
        assertThat(live.current()).isSameAs(after);
    }

    @Test
    void aBrokenLineKeepsTheLastGoodKbAnsweringAndSaysWhichFileAndLine() throws Exception {
        KnowledgeBase good = live.current();
        int hp = lineOf("HP-100");
        int sw = lineOf("SW-200");
        lines.set(hp, lines.get(hp).replace("\"amount\": 59.90", "\"amount\": -1"));
        lines.set(sw, lines.get(sw).replace("{\"sku\": \"SW-200\",", "{\"sku\": \"SW-200\""));
        writeProducts();

        assertThatThrownBy(live::reload).isInstanceOfSatisfying(KbException.class, e -> {
            assertThat(e.problems()).extracting(KbProblem::file).containsOnly("products.jsonl");
            assertThat(e.problems()).extracting(KbProblem::where).satisfiesExactly(
                    w -> assertThat(w).startsWith("line " + (hp + 1) + ", price"),
                    w -> assertThat(w).startsWith("line " + (sw + 1) + ", column "));
            assertThat(e.problems().get(1).message()).startsWith("malformed JSON");
        });
        assertThat(live.current()).isSameAs(good);
        assertThat(live.status().lastFailure().problems()).hasSize(2);
        assertThat(live.product("HP-100").orElseThrow().price().amount()).isEqualByComparingTo(new BigDecimal("59.90"));

        // fixed: the lines still unchanged since the good read are reused from it
        lines = new ArrayList<>(Files.readAllLines(TestKb.folder().resolve("products.jsonl")));
        lines.set(hp, lines.get(hp).replace("\"amount\": 59.90", "\"amount\": 55"));
        writeProducts();
        KnowledgeBase fixed = live.reload();
        assertThat(fixed.product("HP-100").orElseThrow().price().amount()).isEqualByComparingTo(new BigDecimal("55"));
        assertThat(fixed.product("SW-200").orElseThrow()).isSameAs(good.product("SW-200").orElseThrow());
        assertThat(live.status().lastFailure()).isNull();
    }

    @Test
    void bytesThatAreNotUtf8InAChangedLineAreNamedWithTheirLineAndColumn() throws Exception {
        KnowledgeBase good = live.current();
        int sw = lineOf("SW-200");
        byte[] head = String.join("\n", lines.subList(0, sw)).getBytes(StandardCharsets.UTF_8);
        byte[] tail = String.join("\n", lines.subList(sw + 1, lines.size())).getBytes(StandardCharsets.UTF_8);
        byte[] broken = "{\"sku\": \"SW-200\", \"title\": \"caf".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("products.jsonl"), concat(head, "\n".getBytes(StandardCharsets.UTF_8), broken,
                new byte[]{(byte) 0xE9}, "\", \"price\": {\"amount\": 1, \"currency\": \"USD\"}}\n".getBytes(StandardCharsets.UTF_8),
                tail));

        assertThatThrownBy(live::reload).isInstanceOfSatisfying(KbException.class, e ->
                assertThat(e.problems()).containsExactly(new KbProblem("products.jsonl",
                        "line " + (sw + 1) + ", column " + (broken.length + 1),
                        "not valid UTF-8 (byte 0xE9); save the file as UTF-8")));
        assertThat(live.current()).isSameAs(good);
    }

    @Test
    void whenTheStoreDefaultsChangeEveryLineIsReadAgainUnderThem() throws Exception {
        // "battery": "30 hours" is a text in the store's default language
        Product before = live.product("HP-100").orElseThrow();
        assertThat(before.attributes().get("battery").texts()).containsOnlyKeys("en");
        String store = Files.readString(dir.resolve("store.json"));
        TestKb.write(dir, "store.json", store.replace("\"defaultLanguage\": \"en\"", "\"defaultLanguage\": \"es\""));

        Product after = live.reload().product("HP-100").orElseThrow();

        assertThat(after.attributes().get("battery").texts()).containsOnlyKeys("es");
    }

    @Test
    void anUnchangedFolderReloadsEveryLineFromMemoryWithTheSameFingerprint() throws Exception {
        KnowledgeBase before = live.current();
        KnowledgeBase after = live.reload();
        assertThat(after.products()).hasSameSizeAs(before.products());
        for (int i = 0; i < before.products().size(); i++) {
            assertThat(after.products().get(i)).isSameAs(before.products().get(i));
        }
        for (int i = 0; i < before.faqs().size(); i++) assertThat(after.faqs().get(i)).isSameAs(before.faqs().get(i));
        assertThat(after.version().split("-")[0]).isEqualTo(before.version().split("-")[0]);
    }

    @Test
    void linesAreFoundEightBytesAtATimeExactlyWhereANewlineIs() {
        java.util.Random random = new java.util.Random(7);
        byte[] alphabet = "\n\n{}a\"\u00e9\u3042 \r".getBytes(StandardCharsets.UTF_8);
        for (int n = 0; n < 300; n++) {
            byte[] bytes = new byte[n];
            for (int i = 0; i < n; i++) bytes[i] = random.nextInt(5) == 0 ? 0x0B : alphabet[random.nextInt(alphabet.length)];
            if (n >= 3 && n % 7 == 0) {
                bytes[0] = (byte) 0xEF;
                bytes[1] = (byte) 0xBB;
                bytes[2] = (byte) 0xBF;
            }
            List<Integer> expected = new ArrayList<>();
            int from = n >= 3 && n % 7 == 0 ? 3 : 0;
            expected.add(from);
            for (int i = from; i < n; i++) if (bytes[i] == '\n') expected.add(i + 1);
            if (expected.getLast() < n) expected.add(n);
            assertThat(KbReader.lineStarts(bytes)).as("%d bytes", n)
                    .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private int lineOf(String sku) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{\"sku\": \"" + sku + "\"")) return i;
        }
        throw new AssertionError("no line for " + sku);
    }

    private void writeProducts() throws IOException {
        Files.writeString(dir.resolve("products.jsonl"), String.join("\n", lines) + "\n");
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
