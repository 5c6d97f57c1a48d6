package cohost.eval;

/** The verdict of one assertion on one turn or replay. */
public record Check(String assertion, Status status, String detail) {
    public enum Status { PASS, FAIL, SKIP }

    public static Check pass(String assertion, String detail) {
        return new Check(assertion, Status.PASS, detail);
    }

    public static Check fail(String assertion, String detail) {
        return new Check(assertion, Status.FAIL, detail);
    }

    public static Check skip(String assertion, String detail) {
        return new Check(assertion, Status.SKIP, detail);
    }

    public boolean failed() {
        return status == Status.FAIL;
    }

    @Override
    public String toString() {
        return assertion + " " + status.name().toLowerCase() + (detail == null || detail.isEmpty() ? "" : ": " + detail);
    }
}
