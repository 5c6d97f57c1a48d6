package cohost.engine.room;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * The engine's test shop (src/test/resources/kb/shop) copied into a folder with a rules.json and two FAQ answers that
 * name other shops: one in a sentence of its own, one in every sentence.
 */
final class RulesShop {
    static final String RULES = """
            {"banned": [
               {"id": "other-shops", "words": ["AliExpress", "Temu", "拼多多"]},
               {"id": "eu-claims", "markets": ["EU"], "words": ["Wundermittel"]},
               {"id": "no-returns-talk-in-br", "markets": ["BR"], "topics": ["returns"]}],
             "pinned": [
               {"id": "live-code", "keywords": ["promo code", "coupon", "优惠码", "クーポン"],
                "answer": {"en": "Use LIVE20 at checkout for 20% off until 22:00.", "zh": "结账输入 LIVE20 立减 20%，22:00 前有效。"}}],
             "greetings": {"intervalSeconds": 30,
               "join": {"en": "Welcome to the live!", "pt": "Bem-vindo à live!", "zh": "欢迎来到直播间！"},
               "order": {"en": "Thank you for your order!"}}}
            """;

    static final String FAQ = """
            {"id": "faq-original", "question": "Are your earbuds original?", "answer": "Yes, every product we sell is original. Unlike AliExpress sellers, we ship from our own warehouse.", "tags": ["original"]}
            {"id": "faq-elsewhere", "question": "Can I buy the earbuds elsewhere cheaper?", "answer": "You can find them on Temu.", "tags": ["elsewhere"]}
            """;

    private RulesShop() {
    }

    /** The shop with {@code rules} as its rules.json, in {@code dir}. */
    static Path in(Path dir, String rules) {
        try {
            Path shop = Path.of(RulesShop.class.getResource("/kb/shop/store.json").toURI()).getParent();
            try (Stream<Path> files = Files.list(shop)) {
                for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(dir.resolve("faq.jsonl"), "\n" + FAQ, StandardOpenOption.APPEND);
            Files.writeString(dir.resolve("rules.json"), rules);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
