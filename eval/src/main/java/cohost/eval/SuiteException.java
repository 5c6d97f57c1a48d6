package cohost.eval;

import java.util.List;
import java.util.stream.Collectors;

/** A suite file that cannot be run, with every problem found in it. */
public final class SuiteException extends Exception {
    private final List<SuiteProblem> problems;

    public SuiteException(List<SuiteProblem> problems) {
        super(problems.stream().map(SuiteProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<SuiteProblem> problems() {
        return problems;
    }
}
