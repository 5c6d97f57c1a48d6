package cohost.wire;

import cohost.engine.Source;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A conversation's or an open room's transcript ({@code GET /v1/conversations/{id}}, {@code GET /v1/rooms/{id}}),
 * oldest turn first.
 */
public record Transcript(String id, List<Turn> turns) {
    public Transcript {
        turns = List.copyOf(turns);
    }

    /**
     * One message or reply.
     *
     * @param role    host, moderator, viewer, customer, or cohost for the co-host's replies
     * @param speaker who said it; absent for the co-host
     * @param text    what was said; for a cut reply, only the part that went out
     * @param status   received, answered, cut, joined, skipped, withheld, or held (a message waiting while the host
     *                 speaks; its outcome replaces it when it has one)
     * @param detail   the skip or cancel reason, or the reply a message was joined to; else null
     * @param at       when, ISO 8601
     * @param earlier  a message's outcomes before this one, oldest first (an operator had it answered again: "answer
     *                 now"); absent when it had one outcome. The message is listed once, with its latest outcome.
     * @param gist     a message's meaning in the host's language, as the live {@code message} frame has it; else absent
     * @param hostText a reply's text in the host's language, as {@code reply.done} has it; else absent
     */
    public record Turn(String id, String role, @JsonInclude(JsonInclude.Include.NON_NULL) Person speaker,
                       String text, String lang, String intent, List<Source> sources, String status, String detail,
                       String at, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Outcome> earlier,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String gist,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String hostText) {
        public Turn {
            sources = sources == null ? List.of() : List.copyOf(sources);
            earlier = earlier == null ? List.of() : List.copyOf(earlier);
        }

        /** A turn with one outcome (no earlier ones) and nothing in the host's language. */
        public Turn(String id, String role, Person speaker, String text, String lang, String intent,
                    List<Source> sources, String status, String detail, String at) {
            this(id, role, speaker, text, lang, intent, sources, status, detail, at, List.of(), null, null);
        }
    }

    /** An earlier outcome of a message: its status and detail as a turn has them. */
    public record Outcome(String status, String detail) {
    }
}
