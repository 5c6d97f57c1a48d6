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
     * @param status  received, answered, cut, joined or skipped
     * @param detail  the skip or cancel reason, or the reply a message was joined to; else null
     * @param at      when, ISO 8601
     * @param earlier a message's outcomes before this one, oldest first (an operator had it answered again: "answer
     *                now"); absent when it had one outcome. The message is listed once, with its latest outcome.
     */
    public record Turn(String id, String role, @JsonInclude(JsonInclude.Include.NON_NULL) Person speaker,
                       String text, String lang, String intent, List<Source> sources, String status, String detail,
                       String at, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Outcome> earlier) {
        public Turn {
            sources = sources == null ? List.of() : List.copyOf(sources);
            earlier = earlier == null ? List.of() : List.copyOf(earlier);
        }

        /** A turn with one outcome (no earlier ones). */
        public Turn(String id, String role, Person speaker, String text, String lang, String intent,
                    List<Source> sources, String status, String detail, String at) {
            this(id, role, speaker, text, lang, intent, sources, status, detail, at, List.of());
        }
    }

    /** An earlier outcome of a message: its status and detail as a turn has them. */
    public record Outcome(String status, String detail) {
    }
}
