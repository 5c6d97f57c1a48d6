package cohost.connectors.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The keys configuration: which store each key reaches, and a key's own request rate when it needs one. */
class StoresKeysTest {
    @Test
    void aKeyMayCarryItsOwnRate() {
        String spec = "shop-a:k1:200/s, shop-a:k2,shop-b:k3:0.5/s";
        assertThat(Stores.keys(spec)).containsExactly(Map.entry("k1", "shop-a"), Map.entry("k2", "shop-a"),
                Map.entry("k3", "shop-b"));
        assertThat(Stores.keyRates(spec)).containsExactly(Map.entry("k1", 200.0), Map.entry("k3", 0.5));
    }

    @Test
    void aKeyWithAColonIsStillAKey() {
        assertThat(Stores.keys("shop-a:ab:cd")).containsExactly(Map.entry("ab:cd", "shop-a"));
        assertThat(Stores.keyRates("shop-a:ab:cd")).isEmpty();
    }

    @Test
    void badEntriesAreRefusedWithoutEchoingKeys() {
        assertThatThrownBy(() -> Stores.keys("secret-only")).hasMessageNotContaining("secret-only")
                .hasMessageContaining("storeId:key");
        assertThatThrownBy(() -> ServeCommand.origins("https://ok.example, evil.example/path"))
                .hasMessageContaining("--allowed-origins");
        assertThat(ServeCommand.origins("https://Studio.example.com/, http://localhost:3000"))
                .containsExactly("https://Studio.example.com", "http://localhost:3000");
    }
}
