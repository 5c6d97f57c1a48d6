package cohost.engine;

import cohost.engine.testing.TestShop;
import cohost.knowledge.KbException;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A KB put in service while the engine runs ({@link Cohost#use}): answers and understanding follow it at once. */
class KnowledgeSwapTest {
    @TempDir
    Path dir;

    private static ReplyResult ask(Cohost cohost, String conversation, String text) {
        return cohost.ask(conversation, Utterance.typed("m-" + text.hashCode(), Speaker.customer("c", null, "en", "US"),
                text)).result().join();
    }

    @Test
    void aNewPriceAndANewProductNameAreAnsweredAfterTheSwapWithoutARestart() throws Exception {
        Path folder = copyOfTheTestShop();
        try (Cohost cohost = Cohost.builder(KnowledgeBase.load(folder)).build()) {
            assertThat(ask(cohost, "before", "do the Wireless Earbuds X1 come in black?").text()).contains("39.90");

            edit(folder, "products.jsonl", "\"amount\": 39.9,", "\"amount\": 29.5,");
            edit(folder, "products.jsonl", "Wireless Earbuds X1", "Aurora Buds X1");
            cohost.use(KnowledgeBase.load(folder));

            String answer = ask(cohost, "after", "do the Aurora Buds X1 come in black?").text();
            assertThat(answer).as("the renamed product is understood and its new price said").contains("29.50")
                    .doesNotContain("39.90");
            assertThat(ask(cohost, "after-2", "do the Aurora Buds X1 come in black?").text())
                    .as("the cached rendering of the old version is not served").contains("29.50");
            assertThat(cohost.knowledge().version()).isNotEqualTo(TestShop.kb().version());
        }
    }

    @Test
    void aPriceEditIsAnsweredWithTheNamesUnderstoodAsBeforeInEveryLanguage() throws Exception {
        Path folder = copyOfTheTestShop();
        try (Cohost cohost = Cohost.builder(KnowledgeBase.load(folder)).build()) {
            edit(folder, "products.jsonl", "\"amount\": 39.9,", "\"amount\": 29.5,");
            cohost.use(KnowledgeBase.load(folder));

            assertThat(ask(cohost, "en", "how much are the Wireless Earbuds X1?").text()).contains("29.50");
            assertThat(ask(cohost, "typo", "how much are the wireles earbds X1??").text())
                    .as("a misspelt name, by the names understood before the edit").contains("29.50");
            assertThat(ask(cohost, "zh", "无线蓝牙耳机 X1 多少钱？").text()).contains("29.50");
            assertThat(ask(cohost, "sku", "price of EB-100?").text()).contains("29.50").doesNotContain("39.90");
        }
    }

    @Test
    void aProductAddedAndOneRemovedAreUnderstoodAfterTheSwap() throws Exception {
        Path folder = copyOfTheTestShop();
        try (Cohost cohost = Cohost.builder(KnowledgeBase.load(folder)).build()) {
            Path products = folder.resolve("products.jsonl");
            List<String> lines = Files.readAllLines(products);
            String first = lines.getFirst();
            List<String> edited = new java.util.ArrayList<>(lines.subList(1, lines.size()));
            edited.add(first.replace("EB-100", "LT-900")
                    .replaceFirst("\"title\": \\{[^}]*}", "\"title\": {\"en\": \"Lumen Desk Lamp\"}")
                    .replace("\"amount\": 39.9,", "\"amount\": 55.0,"));
            Files.write(products, edited);
            cohost.use(KnowledgeBase.load(folder));

            assertThat(ask(cohost, "new", "how much is the Lumen Desk Lamp?").text()).contains("55");
            assertThat(ask(cohost, "gone", "how much are the Wireless Earbuds X1?").text())
                    .as("a product no longer sold is not priced").doesNotContain("39.90").doesNotContain("55");
        }
    }

    private Path copyOfTheTestShop() throws IOException, KbException {
        Path source = Path.of(TestShop.kb().getClass().getResource("/kb/shop/store.json").getPath()).getParent();
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        return dir;
    }

    private static void edit(Path folder, String file, String from, String to) throws IOException {
        Path p = folder.resolve(file);
        String text = Files.readString(p);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to));
    }
}
