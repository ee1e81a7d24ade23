package io.voc.nlp.infrastructure;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.voc.feedback.model.Feedback;
import io.voc.ingest.infrastructure.KafkaDeadLetters;
import io.voc.ingest.infrastructure.PipelineBatch;
import io.voc.ingest.infrastructure.RawTopicStage;
import io.voc.ingest.infrastructure.RawRecordDecoder;
import io.voc.nlp.application.AnalysisJson;
import io.voc.nlp.application.EnrichmentControl;
import io.voc.nlp.application.Enrichment;
import io.voc.nlp.application.EnrichmentStore;
import io.voc.nlp.application.NlpEngine;
import io.voc.nlp.application.NlpMetrics;
import io.voc.nlp.application.TextToAnalyze;
import io.voc.nlp.model.Analysis;
import io.voc.platform.Failures;
import io.voc.platform.VocConfig;
import io.voc.platform.kafka.KafkaClients;
import io.voc.platform.setup.PlatformSetup;
import io.voc.search.application.StoreOutcome;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The NLP stage: its own consumer group on the raw topic, so it scales with partitions across instances
 * (and with the engine's threads inside one) and never holds up the indexer. Each batch is analysed and
 * written into the feedback documents - in place when the indexer was first, as a whole document when the
 * NLP stage is first. Offsets are committed after Elasticsearch acknowledged. Invalid records are the
 * indexer's to park; a feedback the model fails on is parked (stage "enrich") and stays searchable unenriched.
 */
@Singleton // not proxied: the shared base class (RawTopicStage) has no no-args constructor
class EnrichmentStage extends RawTopicStage<EnrichmentStage.Outcome> implements EnrichmentControl {
    private static final Logger LOG = Logger.getLogger(EnrichmentStage.class);

    /** What a delivery did: the store's outcome, and feedback the model could not analyse (id -> reason). */
    record Outcome(StoreOutcome stored, List<Analysis> analyses, Map<String, String> failed) {
    }

    private final NlpEngine engine;
    private final EnrichmentStore store;
    private final KafkaDeadLetters deadLetters;
    private final NlpMetrics metrics;
    private final VocConfig config;

    EnrichmentStage(KafkaClients kafka, RawRecordDecoder decoder, NlpEngine engine, EnrichmentStore store,
            KafkaDeadLetters deadLetters, PlatformSetup setup, NlpMetrics metrics, VocConfig config) {
        super("voc-nlp-stage", config.nlp().groupId(), config.nlp().maxBatch(), kafka, decoder, setup, config,
                metrics::lag);
        this.engine = engine;
        this.store = store;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.nlp().enabled()) {
            LOG.info("NLP enrichment stage disabled (voc.nlp.enabled=false)");
            return;
        }
        startStage();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopStage();
    }

    @Override
    public long lag() {
        return metrics.lag();
    }

    @Override
    public void beforeDelivery(PipelineBatch batch) {
        // invalid records are parked by the indexer, which reads the same topic
    }

    @Override
    public Outcome deliver(PipelineBatch batch) {
        List<Feedback> feedback = batch.feedback();
        Map<String, String> failed = new HashMap<>();
        List<Analysis> analyses = analyse(feedback, failed);
        Instant now = Instant.now();
        List<Enrichment> enrichments = new ArrayList<>();
        List<Analysis> done = new ArrayList<>();
        for (int i = 0; i < feedback.size(); i++) {
            if (analyses.get(i) != null) {
                enrichments.add(new Enrichment(feedback.get(i), AnalysisJson.of(analyses.get(i), now)));
                done.add(analyses.get(i));
            }
        }
        return new Outcome(store.enrich(enrichments), done, failed);
    }

    /** The whole batch on all NLP threads; should the model fail, feedback by feedback to find which. */
    private List<Analysis> analyse(List<Feedback> feedback, Map<String, String> failed) {
        List<TextToAnalyze> texts = feedback.stream().map(EnrichmentStage::toAnalyze).toList();
        try {
            return engine.analyze(texts);
        } catch (RuntimeException batchFailure) {
            List<Analysis> one = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                try {
                    one.add(engine.analyze(List.of(texts.get(i))).get(0));
                } catch (RuntimeException e) {
                    LOG.warnf(e, "NLP failed on feedback %s", feedback.get(i).id().value());
                    failed.put(feedback.get(i).id().value(), "nlp_failed: " + Failures.describe(e));
                    one.add(null);
                }
            }
            return one;
        }
    }

    private static TextToAnalyze toAnalyze(Feedback f) {
        return new TextToAnalyze(f.text().value(), f.product().value(), f.rating() == null ? null : f.rating().value(),
                f.locale());
    }

    @Override
    public void finish(PipelineBatch batch, Outcome outcome) throws Exception {
        List<KafkaDeadLetters.Rejected> rejected = new ArrayList<>(batch.rejected(outcome.failed(), ""));
        rejected.addAll(batch.refusedByStore(outcome.stored().refused()));
        if (!rejected.isEmpty()) {
            deadLetters.park("enrich", rejected);
            metrics.failed("enrich", rejected.size());
        }
        metrics.enriched(outcome.analyses());
    }
}
