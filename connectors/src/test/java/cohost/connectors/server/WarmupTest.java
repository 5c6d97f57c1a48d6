package cohost.connectors.server;

import cohost.connectors.cli.CohostCli;
import cohost.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up `cohost serve` runs before it opens. */
class WarmupTest {

    @Test
    void runsTheStoresOwnQuestionsThroughLiveRooms() throws InterruptedException {
        long messages = Warmup.run(KnowledgeBase.demo(), Duration.ofMillis(500));
        // 16 rooms take 32 messages each before the warm-up waits for answers: hundreds even on a slow machine
        assertThat(messages).isGreaterThan(100);
    }

    @Test
    void noTimeMeansNoWarmup() throws InterruptedException {
        assertThat(Warmup.run(KnowledgeBase.demo(), Duration.ZERO)).isZero();
    }

    @Test
    void serveRefusesANegativeWarmup() {
        assertThat(CohostCli.run("serve", "--warmup", "-1")).isEqualTo(2);
    }
}
