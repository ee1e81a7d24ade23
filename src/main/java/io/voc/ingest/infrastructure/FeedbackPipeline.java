package io.voc.ingest.infrastructure;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.voc.ingest.application.IngestMetrics;
import io.voc.ingest.application.PipelineControl;
import io.voc.ingest.infrastructure.KafkaDeadLetters.Rejected;
import io.voc.platform.VocConfig;
import io.voc.platform.kafka.KafkaClients;
import io.voc.platform.setup.PlatformSetup;
import io.voc.search.application.FeedbackStore;
import io.voc.search.application.StoreOutcome;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The indexer: raw topic -> validate and normalise -> Elasticsearch, as one Kafka consumer group (see
 * io.voc.platform.kafka.BatchStage for the delivery rules). Documents are created by a deterministic id, so a batch
 * read again after a crash changes nothing; a record that can never be stored is parked on the
 * dead-letter topic (with the reason) before its offset is committed. NLP enrichment is a stage of its
 * own (io.voc.nlp): the indexer never waits for it.
 */
@Singleton // not proxied: the shared base class (RawTopicStage) has no no-args constructor
class FeedbackPipeline extends RawTopicStage<StoreOutcome> implements PipelineControl {
    private static final Logger LOG = Logger.getLogger(FeedbackPipeline.class);

    private final FeedbackStore store;
    private final SeenProducts seenProducts;
    private final KafkaDeadLetters deadLetters;
    private final IngestMetrics metrics;
    private final VocConfig config;

    FeedbackPipeline(KafkaClients kafka, FeedbackStore store, SeenProducts seenProducts, KafkaDeadLetters deadLetters,
            PlatformSetup setup, IngestMetrics metrics, RawRecordDecoder decoder, VocConfig config) {
        super("voc-pipeline", config.indexer().groupId(), config.indexer().maxBatch(), kafka, decoder, setup, config,
                metrics::lag);
        this.store = store;
        this.seenProducts = seenProducts;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.indexer().enabled()) {
            LOG.info("Pipeline consumer disabled (voc.indexer.enabled=false)");
            return;
        }
        startStage();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopStage();
    }

    /** Invalid records go to the dead-letter topic once, even when storing the batch is retried. */
    @Override
    public void beforeDelivery(PipelineBatch batch) throws Exception {
        if (!batch.invalidParked()) {
            deadLetters.park("validate", batch.invalid());
            metrics.deadLettered("validate", batch.invalid().size());
            batch.invalidParked(true);
        }
    }

    @Override
    public StoreOutcome deliver(PipelineBatch batch) {
        return batch.feedback().isEmpty() ? StoreOutcome.NOTHING : store.storeAll(batch.feedback());
    }

    /** After Elasticsearch acknowledged: park what it refused for good (then the stage commits). */
    @Override
    public void finish(PipelineBatch batch, StoreOutcome outcome) throws Exception {
        if (!outcome.refused().isEmpty()) {
            List<Rejected> refused = batch.refusedByStore(outcome.refused());
            deadLetters.park("index", refused);
            metrics.deadLettered("index", refused.size());
        }
        metrics.stored(outcome.created(), outcome.alreadyStored());
        if (!batch.feedback().isEmpty()) {
            seenProducts.record(batch.feedback());
        }
    }
}
