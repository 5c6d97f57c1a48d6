package cohost.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    record TurnContext(Grounding grounding, String question, List<String> askerTexts, Judge judge, Timeline timeline,
                       String understoodIntent) {
        public TurnContext(Grounding grounding, String question, List<String> askerTexts, Judge judge) {
            this(grounding, question, askerTexts, judge, Timeline.NONE, null);
        }
    }

    /** A piece of text the room sent {@code atMs} (real) after the turn: a reply's words, or its host-language text. */
    record Said(String replyId, List<String> inReplyTo, String where, String text, double atMs) {
    }

    /**
     * What the room said from the moment a turn was sent, for assertions over a window.
     *
     * @param idleAfterMs real ms from sending until the room was next idle (every sent message had its outcome and no
     *                    reply was streaming), or null when it never was while the run watched
     */
    record Timeline(Double idleAfterMs, List<Said> said) {
        public static final Timeline NONE = new Timeline(null, List.of());

        /** The window's end in ms after sending: {@code windowMs}, else the next idle moment, else the end of the run. */
        double end(Long windowMs) {
            return windowMs != null ? windowMs : idleAfterMs != null ? idleAfterMs : Double.POSITIVE_INFINITY;
        }

        /** Each reply's (and host text's) words within the window, joined per reply, in order. */
        List<Said> within(Long windowMs) {
            double end = end(windowMs);
            Map<String, Said> joined = new java.util.LinkedHashMap<>();
            for (Said s : said) {
                if (s.atMs() > end) continue;
                joined.merge(s.replyId() + "/" + s.where(), s, (a, b) -> new Said(a.replyId(), a.inReplyTo(), a.where(),
                        a.text() + b.text(), a.atMs()));
            }
            return List.copyOf(joined.values());
        }

        String describe(Long windowMs) {
            if (windowMs != null) return "within " + windowMs + " ms";
            return idleAfterMs != null ? String.format(java.util.Locale.ROOT, "until the room was idle (%.0f ms)", idleAfterMs)
                    : "until the end of the run (the room never went idle)";
        }
    }

    /** Replies that never came cannot be judged on their content. */
    private static Check noReply(String name, Observation o) {
        if ("skipped".equals(o.outcome())) return Check.fail(name, "no reply: the message was skipped (" + o.skipReason() + ")");
        return Check.fail(name, "no reply text (outcome " + o.outcome()
                + (o.error() != null ? ", error: " + o.error() : "") + ")");
    }

    /** " (the 42 characters delivered before the cut: host_spoke)" for a cut reply, else "". */
    private static String cut(Observation o) {
        if (!o.cancelled()) return "";
        return " (in the " + (o.text() == null ? 0 : o.text().length()) + " characters delivered before the cut: "
                + o.cancelReason() + ")";
    }

    private static boolean hasText(Observation o) {
        return o.text() != null && !o.text().isBlank();
    }

    record Intent(String intent) implements Expectation {
        public String name() {
            return "intent";
        }

        public Check check(Observation o, TurnContext ctx) {
            if (o.intent() == null && "skipped".equals(o.outcome()) && ctx.understoodIntent() != null) {
                // no reply, but the room's echo says what the message was understood as
                String why = " (as understood; the message was skipped: " + o.skipReason() + ")";
                return ctx.understoodIntent().equals(intent) ? Check.pass(name(), intent + why)
                        : Check.fail(name(), "expected " + intent + ", got " + ctx.understoodIntent() + why);
            }
            if (o.intent() == null) {
                if ("none".equals(o.outcome()) || "skipped".equals(o.outcome())) return noReply(name(), o);
                return o.cancelled()
                        ? Check.skip(name(), "the reply was cut (" + o.cancelReason() + ") before its end, the only "
                        + "event on which this target says the intent")
                        : Check.skip(name(), "the target sent no intent with this reply");
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
            return missing.isEmpty() ? Check.pass(name(), String.join(", ", facts) + cut(o))
                    : Check.fail(name(), String.join("; ", missing) + cut(o));
        }
    }

    /** Texts the reply must not contain (case-insensitive; numbers whole, see {@link Quantities#contains}). */
    record NotContains(List<String> texts) implements Expectation {
        public String name() {
            return "not";
        }

        public Check check(Observation o, TurnContext ctx) {
            List<String> found = texts.stream().filter(t -> Quantities.contains(o.text(), t) != null).toList();
            return found.isEmpty() ? Check.pass(name(), "none of " + texts + cut(o))
                    : Check.fail(name(), "the reply contains " + found.stream().map(t -> "\"" + t + "\"")
                    .collect(Collectors.joining(", ")) + cut(o));
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
            if (o.text() == null && !o.cancelled()) return noReply(name(), o);
            if (o.cancelled()) return checkCut(o, ctx);
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

        /**
         * A cut reply never sends its sources (they come with reply.done), so the delivered words are held to the
         * whole KB: a number no fact states, and the asker did not say, is still invented.
         */
        private Check checkCut(Observation o, TurnContext ctx) {
            Set<BigDecimal> said = new java.util.TreeSet<>();
            ctx.askerTexts().forEach(t -> said.addAll(Quantities.numbers(t)));
            List<String> invented = new ArrayList<>();
            List<BigDecimal> numbers = Quantities.numbers(o.text());
            for (BigDecimal n : numbers) {
                if (said.stream().anyMatch(a -> a.compareTo(n) == 0) || !ctx.grounding().factsWith(n).isEmpty()) continue;
                invented.add(n.stripTrailingZeros().toPlainString() + " is in no KB fact");
            }
            String how = "the reply was cut (" + o.cancelReason() + ") before its sources were sent, so the "
                    + numbers.size() + " number(s) in the delivered words were checked against every KB fact";
            return invented.isEmpty() ? Check.pass(name(), how) : Check.fail(name(), String.join("; ", invented) + "; " + how);
        }
    }

    record Handoff(boolean expected) implements Expectation {
        public String name() {
            return "handoff";
        }

        public Check check(Observation o, TurnContext ctx) {
            if (o.handoff() == null) {
                if ("none".equals(o.outcome()) || "skipped".equals(o.outcome())) return noReply(name(), o);
                return o.cancelled()
                        ? Check.skip(name(), "the reply was cut (" + o.cancelReason() + "); whether a reply offers a "
                        + "human is said only when it is complete")
                        : Check.skip(name(), "the target did not say whether the reply offers a human (a live room "
                        + "never does; the desk says it on reply.done)");
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
            if (o.startedMs() == null) {
                return Check.fail(name(), "skipped".equals(o.outcome()) ? "no reply started: the message was skipped ("
                        + o.skipReason() + ")" : "no reply started");
            }
            String took = String.format(java.util.Locale.ROOT, "%.1f ms", o.startedMs());
            return o.startedMs() <= ms ? Check.pass(name(), took + " <= " + ms + " ms")
                    : Check.fail(name(), took + " > budget " + ms + " ms");
        }
    }

    /**
     * The message gets no reply of its own and joins none: it is skipped, or nothing comes back, within the window
     * (real ms after sending), or by default until the room is next idle.
     *
     * @param windowMs the window, or null for "until the room is idle"
     */
    record NoReply(Long windowMs) implements Expectation {
        public String name() {
            return "no_reply";
        }

        public Check check(Observation o, TurnContext ctx) {
            String window = ctx.timeline().describe(windowMs);
            if (o.startedMs() == null && !"replied".equals(o.outcome()) && !"joined".equals(o.outcome())) {
                if ("skipped".equals(o.outcome())) return Check.pass(name(), "skipped (" + o.skipReason() + ")");
                if (o.error() != null) return Check.fail(name(), "the message failed, so silence proves nothing: " + o.error());
                return Check.pass(name(), "nothing came back " + window);
            }
            double at = o.startedMs() == null ? 0 : o.startedMs();
            if (at > ctx.timeline().end(windowMs)) {
                return Check.pass(name(), String.format(java.util.Locale.ROOT,
                        "no reply %s (one started later, after %.0f ms)", window, at));
            }
            String what = "joined".equals(o.outcome()) ? "joined reply " + o.replyId() : "got reply " + o.replyId();
            return Check.fail(name(), String.format(java.util.Locale.ROOT, "%s after %.0f ms%s: \"%s\"", what, at,
                    o.cancelled() ? " (cut: " + o.cancelReason() + ")" : "", o.text() == null ? "" : o.text()));
        }
    }

    /**
     * Nothing the room says in the window (every reply's words, to anyone, and their host-language text) contains
     * any of the patterns. A pattern is a text, compared like {@code not:}, or a regular expression written between
     * slashes ({@code /free\s+shipping/}, any case).
     *
     * @param windowMs real ms after sending the turn, or null for "until the room is idle"
     */
    record Absent(List<String> patterns, Long windowMs) implements Expectation {
        public String name() {
            return "absent";
        }

        public Check check(Observation o, TurnContext ctx) {
            List<String> found = new ArrayList<>();
            List<Said> said = ctx.timeline().within(windowMs);
            for (Said s : said) {
                for (String p : patterns) {
                    String hit = find(p, s.text());
                    if (hit != null) {
                        found.add(String.format(java.util.Locale.ROOT, "\"%s\" in %s %s (to %s) at %.0f ms: \"%s\"",
                                p, s.where(), s.replyId(), String.join(", ", s.inReplyTo()), s.atMs(), s.text()));
                    }
                }
            }
            String window = ctx.timeline().describe(windowMs);
            return found.isEmpty() ? Check.pass(name(), "none of " + patterns + " in " + said.size()
                    + " text(s) said " + window) : Check.fail(name(), String.join("; ", found) + " (" + window + ")");
        }

        static String find(String pattern, String text) {
            if (pattern.length() > 2 && pattern.startsWith("/") && pattern.endsWith("/")) {
                var m = java.util.regex.Pattern.compile(pattern.substring(1, pattern.length() - 1),
                        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(text);
                return m.find() ? m.group() : null;
            }
            return Quantities.contains(text, pattern);
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
