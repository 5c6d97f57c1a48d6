package cohost.eval;

import java.nio.file.Path;

/** One thing wrong in a suite file, precise enough to fix it: {@code suites/shipping.yaml:12:9: unknown key 'expct'}. */
public record SuiteProblem(Path file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
