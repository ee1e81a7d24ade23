package io.voc.nlp.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Re-enrichment at /q/metrics: progress of the job this instance works (0/0 when none), and documents
 * re-analysed over the instance's life.
 */
@ApplicationScoped
public class ReenrichmentMetrics {
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final Counter documents;

    ReenrichmentMetrics(MeterRegistry registry) {
        Gauge.builder("voc.reenrichment.done", done, AtomicLong::get)
                .description("documents done by the re-enrichment job this instance works").register(registry);
        Gauge.builder("voc.reenrichment.total", total, AtomicLong::get)
                .description("documents in the re-enrichment job this instance works").register(registry);
        this.documents = Counter.builder("voc.reenrichment.documents")
                .description("documents re-analysed by re-enrichment jobs on this instance").register(registry);
    }

    public void progress(long jobDone, long jobTotal, int page) {
        done.set(jobDone);
        total.set(jobTotal);
        documents.increment(page);
    }

    public void idle() {
        done.set(0);
        total.set(0);
    }
}
