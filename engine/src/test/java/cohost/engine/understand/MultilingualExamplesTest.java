package cohost.engine.understand;

import cohost.engine.Intent;
import cohost.engine.Slots;
import cohost.engine.Understanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-written chat in the ten languages ({@code multilingual.tsv}): each line's language, intent and every slot must
 * come out exactly, with product BAG-200 on screen.
 */
class MultilingualExamplesTest {

    static final Context SHOWING_BAG = new Context(null, Slots.NONE, "BAG-200", null, null);

    static Stream<Arguments> examples() throws IOException {
        try (var in = MultilingualExamplesTest.class.getResourceAsStream("multilingual.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            return lines.stream().map(l -> {
                String[] cells = l.split("\t", -1);
                return Arguments.of(cells[0], cells[1], cells[2], cells.length > 3 ? cells[3] : "");
            });
        }
    }

    @ParameterizedTest(name = "[{1}] {0} -> {2} {3}")
    @MethodSource("examples")
    void understandsChatInEverySupportedLanguage(String text, String lang, String intent, String slots) {
        Map<String, String> expected = new HashMap<>();
        for (String kv : slots.strip().split("\\s+")) {
            if (!kv.isEmpty()) expected.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        Understanding u = UnderstanderTest.UNDERSTANDER.understand(text, null, SHOWING_BAG);

        assertThat(u.lang()).as("language").isEqualTo(lang);
        assertThat(u.intent()).as("intent").isEqualTo(Intent.fromWire(intent));
        assertThat(u.slots().country()).as("country").isEqualTo(expected.remove("country"));
        assertThat(u.slots().sku()).as("sku").isEqualTo(expected.remove("sku"));
        assertThat(u.slots().orderId()).as("order id").isEqualTo(expected.remove("order"));
        assertThat(u.slots().options()).as("options").isEqualTo(expected);
    }
}
