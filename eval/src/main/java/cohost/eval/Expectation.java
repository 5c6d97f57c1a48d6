package cohost.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One assertion on a turn's reply, as written under {@code expect:} in a suite. Each checks an {@link Observation}
 * and says pass, fail (with what was wrong) or skip (with why it could not be checked).
 */
public sealed interface Expectation {

    /** The assertion's name as written in a suite file. */
    String name();

    Check check(Observation o, TurnContext ctx);

    /**
     * What an assertion may consult besides the observation.
     *
     * @param askerTexts everything the askers said in the conversation up to this turn (numbers they said may be
     *                   repeated back without being KB facts)
     * @param judge      the LLM judge, or null when no LLM is configured
     */
    record TurnContext(Grounding grounding, String question, List<String> askerTexts, Judge judge) {
    }

    /** Replies that never came cannot be judged on their content. */
    private static Check noReply(String name, Observation o) {
        return Check.fail(name, "no reply text (outcome " + o.outcome()
                + (o.error() != null ? ", error: " + o.error() : "") + ")");
    }

    private static boolean hasText(Observation o) {
        return o.text() != null && !o.text().isBlank();
    }

    record Intent(String intent) implements Expectation {
        public String name() {
            return "intent";
        }

        public Check check(Observation o, TurnContext ctx) {
            if (o.intent() == null) {
                return "none".equals(o.outcome()) ? noReply(name(), o)
                        : Check.skip(name(), "the target does not report intents for this kind of conversation");
            }
            return o.intent().equals(intent) ? Check.pass(name(), intent)
                    : Check.fail(name(), "expected " + intent + ", got " + o.intent());
        }
    }

    /**
     * The reply's language: {@code zh} accepts any written form of Chinese (zh, zh-Hant), {@code zh-Hant} only
     * Traditional, as BCP 47 matching reads a tag without a script.
     */
    record Lang(String lang) implements Expectation {
        public String name() {
            return "lang";
        }

        public Check check(Observation o, TurnContext ctx) {
            if (o.lang() == null) return noReply(name(), o);
            boolean same = o.lang().equalsIgnoreCase(lang)
                    || (lang.indexOf('-') < 0 && o.lang().toLowerCase(java.util.Locale.ROOT).startsWith(lang + "-"));
            return same ? Check.pass(name(), lang)
                    : Check.fail(name(), "expected a reply in " + lang + ", got " + o.lang());
        }
    }

    /** Facts the reply must state; see {@link Quantities#missing}. */
    record Facts(List<String> facts) implements Expectation {
        public String name() {
            return "facts";
        }

        public Check check(Observation o, TurnContext ctx) {
            if (!hasText(o)) return noReply(name(), o);
            List<String> missing = new ArrayList<>();
            for (String f : facts) {
                String why = Quantities.missing(f, o.text());
                if (why != null) missing.add("\"" + f + "\": " + why);
            }
            return missing.isEmpty() ? Check.pass(name(), String.join(", ", facts))
                    : Check.fail(name(), String.join("; ", missing));
        }
    }

    /** Texts the reply must not contain (case-insensitive; numbers whole, see {@link Quantities#contains}). */
    record NotContains(List<String> texts) implements Expectation {
        public String name() {
            return "not";
        }

        public Check check(Observation o, TurnContext ctx) {
            List<String> found = texts.stream().filter(t -> Quantities.contains(o.text(), t) != null).toList();
            return found.isEmpty() ? Check.pass(name(), "none of " + texts)
                    : Check.fail(name(), "the reply contains " + found.stream().map(t -> "\"" + t + "\"")
                    .collect(Collectors.joining(", ")));
        }
    }

    /**
     * Every number in the reply is a number of a fact it cites (its sources), or one the asker said. A number the
     * KB has elsewhere is reported as "not cited"; one the KB lacks entirely as invented.
     */
    record Grounded() implements Expectation {
        public String name() {
            return "grounded";
        }

        public Check check(Observation o, TurnContext ctx) {
            if (o.text() == null) return noReply(name(), o);
            Set<BigDecimal> allowed = new java.util.TreeSet<>(ctx.grounding().numbersOf(o.sources()));
            ctx.askerTexts().forEach(t -> allowed.addAll(Quantities.numbers(t)));
            Set<String> problems = new LinkedHashSet<>();
            for (BigDecimal n : Quantities.numbers(o.text())) {
                if (allowed.stream().anyMatch(a -> a.compareTo(n) == 0)) continue;
                String plain = n.stripTrailingZeros().toPlainString();
                List<String> elsewhere = ctx.grounding().factsWith(n);
                problems.add(elsewhere.isEmpty() ? plain + " is in no KB fact"
                        : plain + " is in " + String.join(", ", elsewhere) + " but the reply does not cite it");
            }
            String cited = o.sources().isEmpty() ? "no sources"
                    : o.sources().stream().map(s -> s.kind() + ":" + s.id()).collect(Collectors.joining(", "));
            return problems.isEmpty() ? Check.pass(name(), "every number is in " + cited)
                    : Check.fail(name(), String.join("; ", problems) + " (cited: " + cited + ")");
        }
    }

    record Handoff(boolean expected) implements Expectation {
        public String name() {
            return "handoff";
        }

        public Check check(Observation o, TurnContext ctx) {
            if (o.handoff() == null) {
                return "none".equals(o.outcome()) ? noReply(name(), o)
                        : Check.skip(name(), "the target does not report handoff for this kind of conversation");
            }
            return o.handoff() == expected ? Check.pass(name(), String.valueOf(expected))
                    : Check.fail(name(), expected ? "the reply does not offer a human" : "the reply hands off to a human");
        }
    }

    /** replied, joined or skipped; with skipped, optionally the reason. */
    record Outcome(String outcome, String skipReason) implements Expectation {
        public String name() {
            return "outcome";
        }

        public Check check(Observation o, TurnContext ctx) {
            String want = outcome + (skipReason == null ? "" : " (" + skipReason + ")");
            String got = o.outcome() + (o.skipReason() == null ? "" : " (" + o.skipReason() + ")");
            boolean ok = outcome.equals(o.outcome()) && (skipReason == null || skipReason.equals(o.skipReason()));
            return ok ? Check.pass(name(), got) : Check.fail(name(), "expected " + want + ", got " + got);
        }
    }

    /** @param reason the cancel reason required, or null for any */
    record Cancelled(boolean expected, String reason) implements Expectation {
        public String name() {
            return "cancelled";
        }

        public Check check(Observation o, TurnContext ctx) {
            if (!expected) {
                return o.cancelled() ? Check.fail(name(), "the reply was cancelled (" + o.cancelReason() + ")")
                        : Check.pass(name(), "not cancelled");
            }
            if (!o.cancelled()) return Check.fail(name(), "the reply was not cancelled (outcome " + o.outcome() + ")");
            if (reason != null && !reason.equals(o.cancelReason())) {
                return Check.fail(name(), "cancelled for " + o.cancelReason() + ", expected " + reason);
            }
            return Check.pass(name(), "cancelled (" + o.cancelReason() + ")");
        }
    }

    /** The reply started (or the message was joined to one) within this many ms of sending. */
    record Within(long ms) implements Expectation {
        public String name() {
            return "within";
        }

        public Check check(Observation o, TurnContext ctx) {
            if (o.startedMs() == null) return Check.fail(name(), "no reply started");
            String took = String.format(java.util.Locale.ROOT, "%.1f ms", o.startedMs());
            return o.startedMs() <= ms ? Check.pass(name(), took + " <= " + ms + " ms")
                    : Check.fail(name(), took + " > budget " + ms + " ms");
        }
    }

    /** An LLM reads the question and the reply and says whether the criterion holds. */
    record JudgedBy(String criterion) implements Expectation {
        public String name() {
            return "judge";
        }

        public Check check(Observation o, TurnContext ctx) {
            if (ctx.judge() == null) return Check.skip(name(), "no LLM configured (set COHOST_LLM_BASE_URL)");
            if (!hasText(o)) return noReply(name(), o);
            return ctx.judge().judge(criterion, ctx.question(), o.text());
        }
    }
}
