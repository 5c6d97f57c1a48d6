package cohost.connectors.store;

import org.junit.jupiter.api.Assumptions;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL the tests may use: {@code COHOST_TEST_POSTGRES_URL} (a JDBC URL; {@code .ci/run} starts one with
 * {@code scripts/ci/test-postgres.sh}). Without it, or when it cannot be reached, the PostgreSQL tests are skipped
 * and say so, on stdout and as the JUnit assumption's reason.
 */
public final class TestPostgres {
    static final String ENV = "COHOST_TEST_POSTGRES_URL";

    private TestPostgres() {
    }

    /** The URL, or the calling test is skipped with the reason. */
    public static String url() {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            skip(ENV + " is not set (scripts/ci/test-postgres.sh start DIR prints one; .ci/run sets it)");
        }
        try (var c = DriverManager.getConnection(url)) {
            return url;
        } catch (SQLException e) {
            skip("the PostgreSQL at " + TranscriptDatabase.masked(url) + " cannot be reached: " + e.getMessage());
            return null;
        }
    }

    private static volatile boolean told;

    private static void skip(String why) {
        String line = "SKIPPED PostgreSQL transcript tests: " + why;
        if (!told) {
            told = true;
            System.out.println(line); // once, plainly, in the build's output
        }
        Assumptions.abort(line);
    }
}
