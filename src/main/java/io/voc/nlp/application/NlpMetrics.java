package io.voc.nlp.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.voc.nlp.model.Analysis;
import io.voc.nlp.model.SentimentCombiner;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The enrichment figures at /q/metrics: how many feedback were enriched, how far the NLP stage is behind
 * the raw topic (its own consumer group, so the indexer's lag says nothing about it), and how often
 * CoreNLP's parser was needed.
 */
@ApplicationScoped
public class NlpMetrics {
    private final MeterRegistry registry;
    private final Counter enriched;
    private final AtomicLong lag = new AtomicLong();

    NlpMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.enriched = Counter.builder("voc.nlp.enriched").description("feedback documents enriched by the NLP stage")
                .register(registry);
        Gauge.builder("voc.nlp.lag", lag, AtomicLong::get)
                .description("records on the raw topic not yet enriched (assigned partitions of this instance)")
                .register(registry);
    }

    public void enriched(List<Analysis> analyses) {
        enriched.increment(analyses.size());
        for (Analysis a : analyses) {
            a.sentences().forEach(s -> registry.counter("voc.nlp.sentences", "decided_by",
                    s.source().equals(SentimentCombiner.LEXICON) ? "lexicon" : "corenlp").increment());
        }
    }

    public void failed(String stage, int count) {
        registry.counter("voc.pipeline.dead_lettered", "stage", stage).increment(count);
    }

    public void lag(long records) {
        lag.set(records);
    }

    public long lag() {
        return lag.get();
    }
}
