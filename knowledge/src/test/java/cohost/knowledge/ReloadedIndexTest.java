package cohost.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A reload indexes only what changed ({@link KnowledgeBase#load(Path, KnowledgeBase)}): the new snapshot searches
 * exactly like a fresh load of the same folder, and the snapshot it was built from keeps searching as it did.
 */
class ReloadedIndexTest {
    private static final List<String> QUERIES = List.of("headphones", "wireless", "smart watch", "silk scarf",
            "green tea", "running shoes", "warranty", "track my order", "auriculares", "真丝围巾", "HP-100", "Bluetooth",
            "desk lamp", "lámpara");

    @TempDir
    Path dir;

    private static void edit(Path dir, String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to));
    }

    /**
     * The ids of the hits of each query, best first: what a snapshot answers. Hits of equal score (two products with
     * the same Spanish title) are put in id order, as their index order is not part of the answer.
     */
    private static List<List<String>> answers(Knowledge kb) {
        List<List<String>> out = new ArrayList<>();
        for (String q : QUERIES) {
            for (String lang : List.of("en", "es", "zh")) {
                out.add(kb.search(q, lang, 3).stream().sorted(java.util.Comparator.comparingDouble(SearchHit::score)
                        .reversed().thenComparing(SearchHit::id)).map(SearchHit::id).toList());
            }
        }
        return out;
    }

    @Test
    void aRenamedAddedAndRemovedProductAreSearchedAsAFreshLoadWouldWhileTheOldSnapshotKeepsItsOwn() throws Exception {
        TestKb.copyTo(dir);
        KnowledgeBase before = KnowledgeBase.load(dir);
        List<List<String>> beforeAnswers = answers(before);

        edit(dir, "products.jsonl", "\"Silk Scarf\"", "\"Linen Desk Lamp\"");
        edit(dir, "products.jsonl", "\"Bufanda de seda\"", "\"Lámpara de escritorio\"");
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("products.jsonl")));
        lines.removeIf(l -> l.contains("\"TEA-400\""));
        lines.add(lines.getFirst().replace("HP-100", "HP-900").replace("Wireless Bluetooth Headphones",
                "Studio Monitor Headphones for Mixing and Mastering"));
        Files.write(dir.resolve("products.jsonl"), lines);
        edit(dir, "faq.jsonl", "12-month warranty", "24-month warranty");

        KnowledgeBase reloaded = KnowledgeBase.load(dir, before);
        KnowledgeBase fresh = KnowledgeBase.load(dir);

        assertThat(answers(reloaded)).isEqualTo(answers(fresh));
        assertThat(reloaded.search("desk lamp", "en", 1)).extracting(SearchHit::id).containsExactly("SC-300");
        assertThat(reloaded.search("green tea gift box", "en", 5)).extracting(SearchHit::id).doesNotContain("TEA-400");
        assertThat(reloaded.search("studio monitor", "en", 1)).extracting(SearchHit::id).containsExactly("HP-900");
        assertThat(answers(before)).as("the snapshot in service is untouched by the reload").isEqualTo(beforeAnswers);
        assertThat(before.search("green tea gift box", "en", 1)).extracting(SearchHit::id).containsExactly("TEA-400");
    }

    @Test
    void manyReloadsInARowStaySearchedAsAFreshLoad() throws Exception {
        TestKb.copyTo(dir);
        KnowledgeBase kb = KnowledgeBase.load(dir);
        KnowledgeBase first = kb;
        List<List<String>> firstAnswers = answers(first);
        String title = "Silk Scarf";
        for (int i = 0; i < 25; i++) {
            String next = i % 2 == 0 ? "Linen Desk Lamp " + i : "Silk Scarf " + i;
            edit(dir, "products.jsonl", "\"" + title + "\"", "\"" + next + "\"");
            title = next;
            kb = KnowledgeBase.load(dir, kb);
        }
        assertThat(answers(kb)).isEqualTo(answers(KnowledgeBase.load(dir)));
        assertThat(kb.search(title, "en", 1)).extracting(SearchHit::id).containsExactly("SC-300");
        assertThat(answers(first)).as("the first snapshot, after its segments were merged away from the writer")
                .isEqualTo(firstAnswers);
    }

    @Test
    void reloadsMergeTheSmallSegmentsTheyAddNotTheCatalogueUntilAFifthOfItWasReplaced() throws Exception {
        cohost.knowledge.bench.KbGenerator.write(dir, 300);
        KnowledgeBase kb = KnowledgeBase.load(dir);
        List<String> built = kb.indexSegments();
        Path file = dir.resolve("products.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        for (int i = 0; i < 100; i++) {
            // a different product each time, so each reload leaves a one-document segment behind
            int p = i * 3;
            lines.set(p, lines.get(p).replace(".99, \"currency\"", ".49, \"currency\""));
            Files.write(file, lines);
            kb = KnowledgeBase.load(dir, kb);
            String sku = String.format(java.util.Locale.ROOT, "P%06d", p);
            assertThat(kb.search(sku, "en", 1)).extracting(SearchHit::id).containsExactly(sku);
            if (i < 30) assertThat(kb.indexSegments()).as("reload %d keeps the catalogue's segments", i + 1).containsAll(built);
            assertThat(kb.indexSegments()).as("the small segments are merged among themselves").hasSizeLessThan(built.size() + 25);
        }
        assertThat(kb.indexSegments().containsAll(built))
                .as("a third of the catalogue replaced: its segments may be merged again, and were").isFalse();
        // replaced documents are never hits (their statistics may linger until merged: ranks are not compared)
        for (String[] q : new String[][]{{"wireless headphones", "en"}, {"mochila impermeable", "es"}, {"真丝围巾", "zh"}}) {
            assertThat(kb.search(q[0], q[1], 50)).extracting(SearchHit::id).isNotEmpty().doesNotHaveDuplicates();
        }
    }

    @Test
    void aReloadFromASnapshotThatIsNoLongerTheLatestIsBuiltAnew() throws Exception {
        TestKb.copyTo(dir);
        KnowledgeBase serving = KnowledgeBase.load(dir);
        edit(dir, "products.jsonl", "\"Silk Scarf\"", "\"Linen Desk Lamp\"");
        KnowledgeBase notPutInService = KnowledgeBase.load(dir, serving);
        assertThat(notPutInService.search("desk lamp", "en", 1)).extracting(SearchHit::id).containsExactly("SC-300");

        edit(dir, "products.jsonl", "\"Linen Desk Lamp\"", "\"Paper Kite\"");
        KnowledgeBase next = KnowledgeBase.load(dir, serving);

        assertThat(answers(next)).isEqualTo(answers(KnowledgeBase.load(dir)));
        assertThat(next.search("desk lamp", "en", 3)).extracting(SearchHit::id).doesNotContain("SC-300");
        assertThat(serving.search("silk scarf", "en", 1)).extracting(SearchHit::id).containsExactly("SC-300");
    }

    @Test
    void aReloadThatCouldNotBePutInServiceIsFollowedByACorrectOne() throws Exception {
        LiveKnowledge live = new LiveKnowledge(TestKb.copyTo(dir));
        edit(dir, "products.jsonl", "\"Silk Scarf\"", "\"Linen Desk Lamp\"");
        assertThatThrownBy(() -> live.reload(kb -> {
            throw new IllegalStateException("the engine refused it");
        })).isInstanceOf(KbException.class);
        assertThat(live.search("silk scarf", "en", 1)).extracting(SearchHit::id).containsExactly("SC-300");

        edit(dir, "products.jsonl", "\"Linen Desk Lamp\"", "\"Paper Kite\"");
        live.reload();

        assertThat(answers(live)).isEqualTo(answers(KnowledgeBase.load(dir)));
    }

    @Test
    void aLoadInsideAOneThreadForkJoinPoolNeitherWaitsForeverNorDiffers() throws Exception {
        TestKb.copyTo(dir);
        KnowledgeBase before = KnowledgeBase.load(dir);
        edit(dir, "products.jsonl", "\"Silk Scarf\"", "\"Linen Desk Lamp\"");
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            KnowledgeBase fromScratch = one.submit(() -> KnowledgeBase.load(dir)).get();
            KnowledgeBase updated = one.submit(() -> KnowledgeBase.load(dir, before)).get();
            assertThat(answers(fromScratch)).isEqualTo(answers(updated)).isEqualTo(answers(KnowledgeBase.load(dir)));
        } finally {
            one.shutdownNow();
        }
    }
}
