package cohost.eval;

import cohost.eval.Suite.ReplayMessage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** An aggregate assertion on a room replay, as written under a replay's {@code expect:}. */
public sealed interface ReplayExpectation {

    String name();

    Check check(ReplayObservation o);

    /** One reply of the replay as it ended; {@code topic} is the topic of the first message it answers. */
    record ReplyText(String replyId, String topic, String lang, String text, boolean cancelled) {
    }

    /** Everything a replay produced. */
    record ReplayObservation(List<ReplayMessage> messages, Map<String, Observation> byMessage, List<ReplyText> replies) {
        List<Double> startedMs() {
            return messages.stream().map(m -> byMessage.get(m.id()).startedMs())
                    .filter(java.util.Objects::nonNull).sorted().toList();
        }
    }

    /** The p-th percentile (0..100) by nearest rank, or NaN for no values. */
    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) return Double.NaN;
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** Every message got an outcome: a reply, a join or a skip (with a reason). */
    record AllOutcomes() implements ReplayExpectation {
        public String name() {
            return "all_outcomes";
        }

        public Check check(ReplayObservation o) {
            List<String> lost = o.messages().stream().map(ReplayMessage::id)
                    .filter(id -> "none".equals(o.byMessage().get(id).outcome())).toList();
            return lost.isEmpty() ? Check.pass(name(), o.messages().size() + " messages, each with an outcome")
                    : Check.fail(name(), lost.size() + " of " + o.messages().size() + " messages got no outcome, e.g. "
                    + lost.subList(0, Math.min(5, lost.size())));
        }
    }

    /**
     * The duplicate-join rate: of the messages that ask, for the first time from their viewer, a question another
     * viewer already asked (same topic, same language), at least this share was joined to a reply rather than
     * answered again or skipped. A viewer repeating their own question is not counted: skipping it is right.
     */
    record MinJoinRate(double min) implements ReplayExpectation {
        public String name() {
            return "min_join_rate";
        }

        public Check check(ReplayObservation o) {
            Set<String> asked = new HashSet<>(), askedByViewer = new HashSet<>();
            int duplicates = 0, joined = 0, repeats = 0;
            Map<String, Integer> notJoined = new java.util.TreeMap<>(), ofRepeats = new java.util.TreeMap<>();
            for (ReplayMessage m : o.messages()) {
                String question = m.topic() + "/" + m.lang();
                boolean firstFromViewer = askedByViewer.add(m.viewer() + "/" + question);
                boolean askedBefore = !asked.add(question);
                Observation seen = o.byMessage().get(m.id());
                if (askedBefore && firstFromViewer) {
                    duplicates++;
                    if ("joined".equals(seen.outcome())) joined++;
                    else notJoined.merge(outcomeOf(seen), 1, Integer::sum);
                } else if (!firstFromViewer) {
                    repeats++;
                    ofRepeats.merge(outcomeOf(seen), 1, Integer::sum);
                }
            }
            if (duplicates == 0) return Check.fail(name(), "no viewer asks a question another viewer asked");
            double rate = (double) joined / duplicates;
            String d = String.format(java.util.Locale.ROOT, "%d of %d duplicate questions joined (%.2f, min %.2f)",
                    joined, duplicates, rate, min)
                    + (notJoined.isEmpty() ? "" : "; the others: " + counts(notJoined))
                    + (repeats == 0 ? "" : "; not counted: " + repeats + " repeats of a viewer's own question ("
                    + counts(ofRepeats) + ")");
            return rate >= min ? Check.pass(name(), d) : Check.fail(name(), d);
        }

        /** "replied", "none", or "skipped: duplicate". */
        private static String outcomeOf(Observation o) {
            return o.skipReason() == null ? o.outcome() : o.outcome() + " " + o.skipReason();
        }

        private static String counts(Map<String, Integer> m) {
            return m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        }
    }

    /** Replies to the same topic state the same numbers in every language. */
    record SameFacts() implements ReplayExpectation {
        public String name() {
            return "same_facts";
        }

        public Check check(ReplayObservation o) {
            Map<String, Map<Set<String>, List<String>>> byTopic = new LinkedHashMap<>();
            for (ReplyText r : o.replies()) {
                if (r.cancelled() || r.text() == null) continue;
                Set<String> numbers = new TreeSet<>();
                for (BigDecimal n : Quantities.numbers(r.text())) numbers.add(n.stripTrailingZeros().toPlainString());
                byTopic.computeIfAbsent(r.topic(), t -> new LinkedHashMap<>())
                        .computeIfAbsent(numbers, n -> new ArrayList<>()).add(r.lang());
            }
            if (byTopic.isEmpty()) return Check.fail(name(), "no reply finished");
            List<String> problems = new ArrayList<>();
            byTopic.forEach((topic, variants) -> {
                if (variants.size() > 1) {
                    problems.add(topic + ": " + variants.entrySet().stream()
                            .map(e -> new TreeSet<>(e.getValue()) + " say " + e.getKey())
                            .collect(Collectors.joining(" but ")));
                }
            });
            return problems.isEmpty() ? Check.pass(name(), byTopic.size() + " topic(s), same numbers in every language")
                    : Check.fail(name(), String.join("; ", problems));
        }
    }

    /** Every finished reply states these facts (compared like a turn's {@code facts}). */
    record ReplyFacts(List<String> facts) implements ReplayExpectation {
        public String name() {
            return "facts";
        }

        public Check check(ReplayObservation o) {
            List<String> problems = new ArrayList<>();
            int checked = 0;
            for (ReplyText r : o.replies()) {
                if (r.cancelled() || r.text() == null) continue;
                checked++;
                for (String f : facts) {
                    String why = Quantities.missing(f, r.text());
                    if (why != null && problems.size() < 5) problems.add(r.lang() + " reply \"" + r.text() + "\": " + why);
                }
            }
            if (checked == 0) return Check.fail(name(), "no reply finished");
            return problems.isEmpty() ? Check.pass(name(), checked + " replies state " + facts)
                    : Check.fail(name(), String.join("; ", problems));
        }
    }

    /** The 95th percentile of send-to-reply.started (or joined) latency is within the budget. */
    record P95Started(long ms) implements ReplayExpectation {
        public String name() {
            return "p95_started_within";
        }

        public Check check(ReplayObservation o) {
            List<Double> sorted = o.startedMs();
            if (sorted.isEmpty()) return Check.fail(name(), "no reply started");
            double p95 = percentile(sorted, 95);
            String d = String.format(java.util.Locale.ROOT, "p95 %.1f ms over %d answered messages, budget %d ms",
                    p95, sorted.size(), ms);
            return p95 <= ms ? Check.pass(name(), d) : Check.fail(name(), d);
        }
    }
}
