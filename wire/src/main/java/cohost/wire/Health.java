package cohost.wire;

import java.util.List;

/**
 * {@code GET /health}: {@code {"status": "ok", "authMode": "keys", "stores": [...]}} (or {@code "local-demo"}). The
 * server is up whatever its stores say; each store says which KB version serves it and whether the last reload of
 * its folder failed ({@code lastError}: the console shows it as a banner until a good reload clears it).
 */
public record Health(String status, String authMode, List<StoreHealth> stores) {
    public Health(String status, String authMode) {
        this(status, authMode, List.of());
    }

    public Health {
        stores = stores == null ? List.of() : List.copyOf(stores);
    }

    /**
     * One store's KB.
     *
     * @param id        the store id
     * @param kbVersion the version serving now (a fingerprint of the folder's content and a load count)
     * @param loadedAt  when that version was put in service (ISO-8601 UTC)
     * @param folder    the KB folder watched for changes, or null for a store not served from a folder (the demo)
     * @param lastError the last reload that failed after {@code loadedAt}, or null: the folder loads as it is now
     */
    public record StoreHealth(String id, String kbVersion, String loadedAt, String folder, KbError lastError) {
    }

    /**
     * A reload that did not happen; the previous KB keeps answering.
     *
     * @param at       when it was tried (ISO-8601 UTC)
     * @param summary  the first problem as {@code FILE WHERE: MESSAGE}, and how many more
     * @param problems every problem (at most {@link #MAX_PROBLEMS})
     */
    public record KbError(String at, String summary, List<KbProblem> problems) {
        public static final int MAX_PROBLEMS = 50;

        public KbError {
            problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
    }

    /**
     * One thing wrong in a KB folder.
     *
     * @param file    the file within the folder, e.g. {@code shipping.json}
     * @param line    the line, when the problem has one (malformed JSON, JSON Lines), else null
     * @param where   {@code line N, column C}, {@code line N, path} or a JSON path such as {@code rules[3].maxDays}
     * @param message what is wrong
     */
    public record KbProblem(String file, Integer line, String where, String message) {
    }
}
