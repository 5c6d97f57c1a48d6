package cohost.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** A KB folder that cannot be loaded, with every problem found in it. */
public final class KbException extends Exception {
    private final List<KbProblem> problems;

    public KbException(List<KbProblem> problems) {
        super(problems.stream().map(KbProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<KbProblem> problems() {
        return problems;
    }
}
