package cohost.knowledge;

/**
 * One thing wrong with a KB folder, precise enough for its author to fix it.
 *
 * @param file    the file name within the KB folder, e.g. "shipping.json"
 * @param where   a line ("line 12") or JSON path ("rules[3].maxDays"), or "" for the whole file
 * @param message what is wrong, e.g. "minDays 12 is greater than maxDays 7"
 */
public record KbProblem(String file, String where, String message) {
    @Override
    public String toString() {
        return file + (where.isEmpty() ? "" : " " + where) + ": " + message;
    }
}
