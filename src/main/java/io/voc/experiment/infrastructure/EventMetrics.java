package io.voc.experiment.infrastructure;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What operators watch of one event topic's consumer at /q/metrics ({@code kind}: exposures or metric_events):
 * events stored, replays that changed nothing, records parked per stage, and how far it is behind.
 */
final class EventMetrics {
    private final MeterRegistry registry;
    private final String kind;
    private final AtomicLong lag = new AtomicLong();

    EventMetrics(MeterRegistry registry, String kind) {
        this.registry = registry;
        this.kind = kind;
        Gauge.builder("voc.experiment.events.lag", lag, AtomicLong::get).tag("kind", kind)
                .description("records on the topic not yet stored (assigned partitions of this instance)")
                .register(registry);
    }

    void stored(int stored, int replays) {
        registry.counter("voc.experiment.events.stored", "kind", kind).increment(stored);
        registry.counter("voc.experiment.events.replays", "kind", kind).increment(replays);
    }

    void deadLettered(String stage, int count) {
        registry.counter("voc.experiment.events.dead_lettered", "kind", kind, "stage", stage).increment(count);
    }

    void lag(long records) {
        lag.set(records);
    }
}
