package cohost.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The small, valid test KB of src/test/resources/kb/test-store, and copies of it for tests that break it. */
final class TestKb {
    private static KnowledgeBase loaded;

    private TestKb() {
    }

    static Path folder() {
        try {
            return Path.of(TestKb.class.getResource("/kb/test-store/store.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test KB, loaded once (it is immutable). */
    static synchronized KnowledgeBase load() {
        if (loaded == null) {
            try {
                loaded = KnowledgeBase.load(folder());
            } catch (KbException e) {
                throw new AssertionError("the test KB must be valid:\n" + e.getMessage(), e);
            }
        }
        return loaded;
    }

    /** Copies the test KB into {@code dir} and returns it. */
    static Path copyTo(Path dir) {
        try (Stream<Path> files = Files.list(folder())) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the test KB into {@code dir} and replaces one of its files with {@code content}. */
    static Path withFile(Path dir, String file, String content) {
        copyTo(dir);
        write(dir, file, content);
        return dir;
    }

    static void write(Path dir, String file, String content) {
        try {
            Files.writeString(dir.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
