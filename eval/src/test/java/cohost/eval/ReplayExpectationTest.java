package cohost.eval;

import cohost.eval.ReplayExpectation.ReplayObservation;
import cohost.eval.ReplayExpectation.ReplyText;
import cohost.eval.Suite.ReplayMessage;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each replay assertion passes on a good replay and fails on a bad one. */
class ReplayExpectationTest {

    static ReplayMessage msg(String id, String lang) {
        return new ReplayMessage(0, id, "v-" + id, lang, null, "frete?", "shipping");
    }

    static Observation outcome(String id, String outcome, Double startedMs) {
        return new Observation(id, outcome, null, "r", startedMs, null, null, null, null, List.of(), null, false,
                null, null, null);
    }

    static ReplayObservation replay(List<String> outcomes, List<ReplyText> replies) {
        List<ReplayMessage> msgs = new java.util.ArrayList<>();
        Map<String, Observation> by = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            msgs.add(msg("m" + i, "pt"));
            by.put("m" + i, outcome("m" + i, outcomes.get(i), outcomes.get(i).equals("none") ? null : 10.0 * (i + 1)));
        }
        return new ReplayObservation(msgs, by, replies);
    }

    @Test
    void everyMessageMustGetAnOutcome() {
        assertThat(new ReplayExpectation.AllOutcomes().check(replay(List.of("replied", "joined"), List.of())).failed()).isFalse();
        Check c = new ReplayExpectation.AllOutcomes().check(replay(List.of("replied", "none"), List.of()));
        assertThat(c.failed()).isTrue();
        assertThat(c.detail()).isEqualTo("1 of 2 messages got no outcome, e.g. [m1]");
    }

    @Test
    void repeatedQuestionsMustMostlyBeJoined() {
        var o = replay(List.of("replied", "joined", "joined", "skipped"), List.of());
        assertThat(new ReplayExpectation.MinJoinRate(0.6).check(o).failed()).isFalse();
        Check c = new ReplayExpectation.MinJoinRate(0.7).check(o);
        assertThat(c.failed()).isTrue();
        assertThat(c.detail()).isEqualTo("2 of 3 duplicate questions joined (0.67, min 0.70); the others: skipped 1");
    }

    @Test
    void theJoinRateSaysWhatHappenedToTheQuestionsNotJoinedAndToAViewersOwnRepeats() {
        List<ReplayMessage> msgs = List.of(new ReplayMessage(0, "a1", "ana", "pt", null, "frete?", "shipping"),
                new ReplayMessage(1, "b1", "bia", "pt", null, "frete?", "shipping"),
                new ReplayMessage(2, "a2", "ana", "pt", null, "frete??", "shipping"),
                new ReplayMessage(3, "c1", "caio", "pt", null, "frete?", "shipping"));
        Map<String, Observation> by = new LinkedHashMap<>();
        by.put("a1", outcome("a1", "replied", 10.0));
        by.put("b1", outcome("b1", "joined", 12.0));
        by.put("a2", new Observation("a2", "skipped", "duplicate", null, null, null, null, null, null, List.of(), null,
                false, null, null, null));
        by.put("c1", new Observation("c1", "skipped", "rate_limited", null, null, null, null, null, null, List.of(), null,
                false, null, null, null));
        Check c = new ReplayExpectation.MinJoinRate(0.4).check(new ReplayObservation(msgs, by, List.of()));
        assertThat(c.failed()).isFalse();
        assertThat(c.detail()).isEqualTo("1 of 2 duplicate questions joined (0.50, min 0.40); the others: skipped "
                + "rate_limited 1; not counted: 1 repeats of a viewer's own question (skipped duplicate 1)");
    }

    @Test
    void repliesInEveryLanguageMustStateTheSameNumbers() {
        var same = replay(List.of("replied"), List.of(new ReplyText("r1", "shipping", "pt", "@Ana 7 a 12 dias, US$ 12,50", false),
                new ReplyText("r2", "shipping", "de", "@Jo 7-12 Tage, 12.50 USD", false)));
        assertThat(new ReplayExpectation.SameFacts().check(same).failed()).isFalse();
        var differ = replay(List.of("replied"), List.of(new ReplyText("r1", "shipping", "pt", "7 a 12 dias", false),
                new ReplyText("r2", "shipping", "de", "7-14 Tage", false)));
        Check c = new ReplayExpectation.SameFacts().check(differ);
        assertThat(c.failed()).isTrue();
        assertThat(c.detail()).isEqualTo("shipping: [pt] say [12, 7] but [de] say [14, 7]");
    }

    @Test
    void everyReplyMustStateTheFacts() {
        var o = replay(List.of("replied"), List.of(new ReplyText("r1", "shipping", "pt", "7 a 12 dias", false)));
        assertThat(new ReplayExpectation.ReplyFacts(List.of("7-12")).check(o).failed()).isFalse();
        assertThat(new ReplayExpectation.ReplyFacts(List.of("$12.50")).check(o).failed()).isTrue();
    }

    @Test
    void p95LatencyMustBeWithinBudget() {
        var o = replay(List.of("replied", "replied", "replied", "replied"), List.of());
        assertThat(new ReplayExpectation.P95Started(40).check(o).failed()).isFalse();
        Check c = new ReplayExpectation.P95Started(39).check(o);
        assertThat(c.failed()).isTrue();
        assertThat(c.detail()).isEqualTo("p95 40.0 ms over 4 answered messages, budget 39 ms");
    }
}
