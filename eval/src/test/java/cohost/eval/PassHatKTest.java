package cohost.eval;

import cohost.eval.Results.ConversationResult;
import cohost.eval.Results.SuiteResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PassHatKTest {

    static ConversationResult result(String id, int run, boolean pass, String xfail) {
        return new ConversationResult("s", id, null, "desk", xfail, run, 1, List.of(), pass ? null : "failed");
    }

    @Test
    void passHatKIsTheChanceThatKRunsAllPassAveragedOverConversations() {
        List<ConversationResult> rs = new ArrayList<>();
        boolean[][] outcomes = {{true, true, true, true}, {true, true, true, false}, {false, false, true, false}};
        for (int c = 0; c < outcomes.length; c++) {
            for (int run = 0; run < 4; run++) rs.add(result("c" + c, run + 1, outcomes[c][run], null));
        }
        rs.add(result("xf", 1, false, "known bug")); // xfail is left out
        double[] p = EvalRun.passHatK(List.of(new SuiteResult("s", "s", rs, List.of())), 4);
        // c0: 4 of 4 passes, c1: 3 of 4, c2: 1 of 4.  pass^k = mean of C(c,k)/C(4,k).
        assertThat(p[0]).isCloseTo((1 + 0.75 + 0.25) / 3, within(1e-9));
        assertThat(p[1]).isCloseTo((1 + 3.0 / 6 + 0) / 3, within(1e-9));
        assertThat(p[2]).isCloseTo((1 + 1.0 / 4) / 3, within(1e-9));
        assertThat(p[3]).isCloseTo(1.0 / 3, within(1e-9));
    }
}
