package cohost.engine.answer;

import cohost.engine.Intent;
import cohost.engine.ReplyEvent;
import cohost.engine.ReplyResult;
import cohost.engine.Source;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingReplyTest {

    private final List<ReplyResult> ended = Collections.synchronizedList(new ArrayList<>());

    private StreamingReply reply() {
        return new StreamingReply("r1", List.of("m1"), "pt", Intent.SHIPPING, System.nanoTime(), ended::add);
    }

    @Test
    void streamsStartedDeltasAndDoneAndReplaysThemToLateSubscribers() {
        StreamingReply r = reply();
        r.delta("Olá ");
        r.delta("Ana");
        r.done(List.of(new Source("shipping", "br-std")), false, "你好");
        List<ReplyEvent> seen = new ArrayList<>();
        r.subscribe(seen::add);
        assertThat(seen).containsExactly(new ReplyEvent.Started("r1", List.of("m1"), "pt"),
                new ReplyEvent.Delta("r1", "Olá "), new ReplyEvent.Delta("r1", "Ana"),
                new ReplyEvent.Done("r1", "Olá Ana", "pt", List.of(new Source("shipping", "br-std")), "你好"));
        ReplyResult result = r.result().join();
        assertThat(result.text()).isEqualTo("Olá Ana");
        assertThat(result.cancelled()).isFalse();
        assertThat(ended).containsExactly(result);
    }

    @Test
    void cancelEmitsCancelledWithTheDeliveredTextAndNothingAfterIt() {
        StreamingReply r = reply();
        List<ReplyEvent> seen = new ArrayList<>();
        r.subscribe(seen::add);
        r.delta("Frete para ");
        assertThat(r.cancel("host_spoke")).isTrue();
        assertThat(r.cancel("again")).as("idempotent").isFalse();
        assertThat(r.delta("o Brasil")).isFalse();
        assertThat(r.done(List.of(), false, null)).isFalse();
        assertThat(seen.getLast()).isEqualTo(new ReplyEvent.Cancelled("r1", "host_spoke", "Frete para "));
        assertThat(seen).hasSize(3);
        ReplyResult result = r.result().join();
        assertThat(result.cancelled()).isTrue();
        assertThat(result.cancelReason()).isEqualTo("host_spoke");
        assertThat(result.text()).isEqualTo("Frete para ");
    }

    @Test
    void aListenerMayCancelFromInsideItsCallbackWithoutDeadlock() {
        StreamingReply r = reply();
        List<ReplyEvent> seen = new ArrayList<>();
        r.subscribe(e -> {
            seen.add(e);
            if (e instanceof ReplyEvent.Delta) r.cancel("listener");
        });
        r.delta("a");
        r.delta("b");
        assertThat(seen).extracting(e -> e.getClass().getSimpleName()).containsExactly("Started", "Delta", "Cancelled");
    }

    @Test
    void theCancelHookRunsOnceWhenCancelledAndAtOnceIfRegisteredLate() {
        StreamingReply r = reply();
        AtomicReference<Integer> calls = new AtomicReference<>(0);
        r.onCancel(() -> calls.updateAndGet(n -> n + 1));
        r.cancel("x");
        r.cancel("y");
        assertThat(calls.get()).isEqualTo(1);
        r.onCancel(() -> calls.updateAndGet(n -> n + 10));
        assertThat(calls.get()).isEqualTo(11);
    }

    @Test
    void everyCancelHookRunsSoAPacedModelReplyStopsItsPacingAndClosesItsStream() {
        StreamingReply r = reply();
        List<String> ran = new ArrayList<>();
        r.onCancel(() -> ran.add("close the model stream"));
        r.onCancel(() -> ran.add("stop the pacer"));
        r.cancel("host_speaking");
        assertThat(ran).containsExactly("close the model stream", "stop the pacer");
    }

    @Test
    void underRacingProducersAndCancellersEveryListenerSeesOneOrderedLogEndingOnce() throws Exception {
        for (int round = 0; round < 200; round++) {
            StreamingReply r = reply();
            List<ReplyEvent> a = Collections.synchronizedList(new ArrayList<>());
            List<ReplyEvent> b = Collections.synchronizedList(new ArrayList<>());
            r.subscribe(a::add);
            CountDownLatch go = new CountDownLatch(1);
            try (var pool = Executors.newFixedThreadPool(4)) {
                pool.submit(() -> { go.await(); for (int i = 0; i < 50; i++) r.delta("x"); return null; });
                pool.submit(() -> { go.await(); r.subscribe(b::add); return null; });
                pool.submit(() -> { go.await(); r.cancel("one"); return null; });
                pool.submit(() -> { go.await(); r.cancel("two"); return null; });
                go.countDown();
            }
            ReplyResult result = r.result().join();
            for (List<ReplyEvent> seen : List.of(a, b)) {
                assertThat(seen.getFirst()).isInstanceOf(ReplyEvent.Started.class);
                assertThat(seen.getLast()).isInstanceOf(ReplyEvent.Cancelled.class);
                assertThat(seen.stream().filter(e -> e instanceof ReplyEvent.Cancelled)).hasSize(1);
                String text = String.join("", seen.stream().filter(e -> e instanceof ReplyEvent.Delta)
                        .map(e -> ((ReplyEvent.Delta) e).text()).toList());
                assertThat(text).isEqualTo(result.text());
            }
            assertThat(a).isEqualTo(b);
        }
    }
}
