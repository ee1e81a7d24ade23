package io.voc.ingest.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ingestion figures operators watch at /q/metrics: what came in, what was stored, what was
 * parked for a human, and how far the indexer is behind.
 */
@ApplicationScoped
public class IngestMetrics {
    private final MeterRegistry registry;
    private final Counter indexed;
    private final Counter duplicates;
    private final AtomicLong lag = new AtomicLong();

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.indexed = Counter.builder("voc.pipeline.indexed").description("feedback stored in Elasticsearch")
                .register(registry);
        this.duplicates = Counter.builder("voc.pipeline.duplicates")
                .description("records whose feedback was already stored (replays)").register(registry);
        Gauge.builder("voc.pipeline.lag", lag, AtomicLong::get)
                .description("records on the raw topic not yet indexed (assigned partitions of this instance)")
                .register(registry);
    }

    /** A source took feedback into the pipeline. */
    public void accepted(String source, int count) {
        registry.counter("voc.ingest.accepted", "source", source).increment(count);
    }

    /** A source refused feedback that broke a rule (the caller was told why). */
    public void rejected(String source, int count) {
        registry.counter("voc.ingest.rejected", "source", source).increment(count);
    }

    public void stored(int created, int alreadyStored) {
        indexed.increment(created);
        duplicates.increment(alreadyStored);
    }

    public void deadLettered(String stage, int count) {
        registry.counter("voc.pipeline.dead_lettered", "stage", stage).increment(count);
    }

    public void lag(long records) {
        lag.set(records);
    }
}
