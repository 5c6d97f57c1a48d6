package cohost.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reloading a store's KB while it serves. */
class LiveKnowledgeTest {
    @TempDir
    Path dir;

    private static final String SHIPPING_V2 = """
            {"rules": [{"id": "us-v2", "destinations": ["US"], "service": "Economy", "minDays": 10, "maxDays": 20,
                        "price": {"amount": 1.99, "currency": "USD"}}]}
            """;

    @Test
    void reloadPutsTheNewFolderInServiceWithANewVersion() throws KbException {
        LiveKnowledge live = new LiveKnowledge(TestKb.copyTo(dir));
        String before = live.version();
        assertThat(live.shippingTo("US")).hasSize(2);

        TestKb.write(dir, "shipping.json", SHIPPING_V2);
        live.reload();

        assertThat(live.shippingTo("US")).extracting(ShippingOption::id).containsExactly("us-v2");
        assertThat(live.version()).isNotEqualTo(before);
    }

    @Test
    void aBrokenFolderLeavesThePreviousIndexInServiceAndSaysWhatIsWrong() throws KbException {
        LiveKnowledge live = new LiveKnowledge(TestKb.copyTo(dir));
        KnowledgeBase before = live.current();

        TestKb.write(dir, "shipping.json", SHIPPING_V2.replace("\"maxDays\": 20", "\"maxDays\": 2"));
        assertThatThrownBy(live::reload).isInstanceOf(KbException.class)
                .hasMessage("shipping.json rules[0].minDays: minDays 10 is greater than maxDays 2");

        assertThat(live.current()).isSameAs(before);
        assertThat(live.shippingTo("US")).extracting(ShippingOption::id).containsExactly("us-standard", "us-express");
        assertThat(live.search("headphones", "en", 1)).extracting(SearchHit::id).containsExactly("HP-100");
    }

    @Test
    void aFolderThatNeverLoadedCannotServe() {
        assertThatThrownBy(() -> new LiveKnowledge(dir)).isInstanceOf(KbException.class)
                .hasMessageContaining("store.json: required file is missing");
    }

    @Test
    void concurrentReadersAlwaysSeeOneWholeSnapshotDuringReloads() throws Exception {
        LiveKnowledge live = new LiveKnowledge(TestKb.copyTo(dir));
        AtomicBoolean reloading = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    int reads = 0;
                    while (reloading.get() || reads == 0) {
                        KnowledgeBase kb = live.current();
                        List<String> ids = kb.shippingTo("US").stream().map(ShippingOption::id).toList();
                        // each snapshot is one version of the folder, never a mix, and its index is complete
                        assertThat(ids).isIn(List.of("us-standard", "us-express"), List.of("us-v2"));
                        assertThat(kb.search("headphones", "en", 1)).extracting(SearchHit::id).containsExactly("HP-100");
                        reads++;
                    }
                    return reads;
                }));
            }
            String original = java.nio.file.Files.readString(dir.resolve("shipping.json"));
            for (int i = 0; i < 4; i++) {
                TestKb.write(dir, "shipping.json", i % 2 == 0 ? SHIPPING_V2 : original);
                live.reload();
            }
            reloading.set(false);
            for (Future<Integer> reader : readers) assertThat(reader.get()).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theStatusSaysWhichVersionServesSinceWhenAndWhatTheLastFailedReloadFoundWrong() throws KbException {
        java.time.Instant start = java.time.Instant.parse("2026-12-03T12:00:00Z");
        MutableClock clock = new MutableClock(start);
        LiveKnowledge live = new LiveKnowledge(TestKb.copyTo(dir), clock);
        String first = live.version();
        assertThat(live.status()).isEqualTo(new LiveKnowledge.Status(first, start, null));

        clock.now = start.plusSeconds(60);
        TestKb.write(dir, "shipping.json", SHIPPING_V2.replace("\"maxDays\": 20", "\"maxDays\": 2"));
        assertThatThrownBy(live::reload).isInstanceOf(KbException.class);
        LiveKnowledge.Status broken = live.status();
        assertThat(broken.version()).as("the last good version still serves").isEqualTo(first);
        assertThat(broken.loadedAt()).isEqualTo(start);
        assertThat(broken.lastFailure().at()).isEqualTo(start.plusSeconds(60));
        assertThat(broken.lastFailure().problems()).containsExactly(
                new KbProblem("shipping.json", "rules[0].minDays", "minDays 10 is greater than maxDays 2"));

        clock.now = start.plusSeconds(120);
        TestKb.write(dir, "shipping.json", SHIPPING_V2);
        List<KnowledgeBase> seenBeforeSwap = new ArrayList<>();
        KnowledgeBase next = live.reload(kb -> {
            seenBeforeSwap.add(kb);
            assertThat(live.current()).as("handed over before it is current").isNotSameAs(kb);
        });
        assertThat(seenBeforeSwap).containsExactly(next);
        assertThat(live.status()).as("a good reload clears the failure")
                .isEqualTo(new LiveKnowledge.Status(next.version(), start.plusSeconds(120), null));
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends java.time.Clock {
        java.time.Instant now;

        MutableClock(java.time.Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }
}
