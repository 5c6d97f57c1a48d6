package cohost.connectors.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where {@code serve} keeps transcripts, as its options and environment say (README, Configuration). */
class TranscriptsOptionsTest {
    @TempDir
    Path dir;

    @Test
    void theDataFolderIsCohostDataElseTheXdgDataFolderElseTheHomeFolders() {
        assertThat(Transcripts.defaultData(Map.of("COHOST_DATA", "/srv/cohost", "XDG_DATA_HOME", "/x")))
                .isEqualTo(Path.of("/srv/cohost"));
        assertThat(Transcripts.defaultData(Map.of("XDG_DATA_HOME", "/x"))).isEqualTo(Path.of("/x/cohost"));
        assertThat(Transcripts.defaultData(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "cohost"));
    }

    @Test
    void sqliteInTheDataFolderByDefaultMemoryWhenAskedAndTheOptionWinsOverTheEnvironment() {
        try (Transcripts sqlite = Transcripts.open(null, dir.resolve("data"), Map.of("COHOST_DB", " "), 30, 1000)) {
            assertThat(sqlite.toString()).startsWith("SQLite " + dir.resolve("data").resolve("transcripts.db"))
                    .contains("30 days", "at most 1,000 turns");
            assertThat(sqlite.forStore("shop")).isNotNull();
        }
        try (Transcripts memory = Transcripts.open("memory", null, Map.of("COHOST_DB", "jdbc:postgresql://x/y"), 30, 0)) {
            assertThat(memory.toString()).contains("in memory only");
            assertThat(memory.forStore("shop")).as("the engine keeps its own").isNull();
        }
    }

    @Test
    void aNegativeRetentionIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> Transcripts.open(null, dir, Map.of(), -1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--retention-days");
        assertThatThrownBy(() -> Transcripts.open(null, dir, Map.of(), 30, -5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--retention-rows");
    }
}
