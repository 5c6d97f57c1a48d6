package cohost.connectors.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.function.Supplier;

/** The server's Prometheus metrics (served at {@code /metrics}). */
final class Metrics {
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    /**
     * Live: each answered message from its arrival at the room to its reply.started, as the room timed it
     * (ARCHITECTURE, "Time"); desk: from the message's arrival to the reply's first text.
     */
    void turnLatency(String channel, double millis) {
        Timer.builder("cohost.turn.latency")
                .description("live: message arrival at the room to reply.started; desk: message arrival to first text")
                .tag("channel", channel).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry).record(Duration.ofNanos((long) (millis * 1e6)));
    }

    void reply(String channel, String outcome) {
        count("cohost.replies", "channel", channel, "outcome", outcome);
    }

    void cancellation(String reason) {
        count("cohost.cancellations", "reason", reason);
    }

    void skip(String reason) {
        count("cohost.skips", "reason", reason);
    }

    void join() {
        count("cohost.joins");
    }

    void slowClientDropped() {
        count("cohost.live.clients.dropped", "reason", "too_slow");
    }

    /** A store's transcript writes: given up (queue full, database refusing) and queued for the database. */
    void transcripts(String store, cohost.engine.transcript.TranscriptStore transcripts) {
        io.micrometer.core.instrument.FunctionCounter.builder("cohost.transcript.dropped", transcripts,
                        cohost.engine.transcript.TranscriptStore::dropped)
                .description("transcript turns not kept: the write queue was full or the database refused them")
                .tag("store", store).register(registry); // weakly held: the store's engine holds it
        Gauge.builder("cohost.transcript.queue", transcripts, t -> t.pending())
                .description("transcript turns queued for the database, not yet written")
                .tag("store", store).strongReference(true).register(registry);
    }

    /** A KB reload: counted by store and outcome ({@code reloaded} or {@code failed}) and timed. */
    void kbReload(String store, boolean reloaded, Duration took) {
        count("cohost.kb.reloads", "store", store, "outcome", reloaded ? "reloaded" : "failed");
        Timer.builder("cohost.kb.reload.duration").description("loading, indexing and swapping a store's KB")
                .tag("store", store).register(registry).record(took);
    }

    void gauge(String name, String description, Supplier<Number> value, String... tags) {
        Gauge.builder(name, value).description(description).tags(tags).register(registry);
    }

    void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }

    private void count(String name, String... tags) {
        Counter.builder(name).tags(tags).register(registry).increment();
    }

    String scrape() {
        return registry.scrape();
    }
}
