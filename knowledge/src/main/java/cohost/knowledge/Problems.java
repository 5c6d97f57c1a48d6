package cohost.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while reading a KB folder, so that its author sees them all at once. */
final class Problems {
    private final List<KbProblem> found = new ArrayList<>();

    void add(String file, String where, String message) {
        found.add(new KbProblem(file, where, message));
    }

    /** Appends another collector's problems, in their order. */
    void addAll(Problems other) {
        found.addAll(other.found);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws a {@link KbException} with every problem, if there is any. */
    void throwIfAny() throws KbException {
        if (!found.isEmpty()) throw new KbException(found);
    }
}
