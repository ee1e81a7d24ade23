package io.voc.ingest.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.voc.ingest.application.FeedbackSubmission;
import io.voc.ingest.application.IngestMetrics;
import io.voc.ingest.application.PipelineControl;
import io.voc.ingest.application.SubmitFeedback;
import io.voc.ingest.infrastructure.KafkaDeadLetters.Rejected;
import io.voc.platform.Failures;
import io.voc.platform.JsonProblems;
import io.voc.platform.VocConfig;
import io.voc.platform.kafka.KafkaClients;
import io.voc.platform.model.InvalidInputException;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import io.voc.search.application.FeedbackStore;
import io.voc.search.application.StoreOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * The ingestion pipeline: raw topic -> validate and normalise -> Elasticsearch, as one Kafka
 * consumer group. "Nothing lost, nothing twice" comes from three rules: offsets are committed only
 * after Elasticsearch acknowledged the batch; documents are created by a deterministic id, so a
 * batch read again after a crash changes nothing; a record that can never be stored is parked on
 * the dead-letter topic (with the reason) before its offset is committed. When Elasticsearch is
 * slow or away the consumer pauses and retries the same batch with back-off.
 */
@ApplicationScoped
class FeedbackPipeline implements PipelineControl {
    private static final Logger LOG = Logger.getLogger(FeedbackPipeline.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    /** While a batch is being stored: long enough not to spin, short enough to notice it is done. */
    private static final Duration BUSY_POLL = Duration.ofMillis(20);

    private final KafkaClients kafka;
    private final FeedbackStore store;
    private final SeenProducts seenProducts;
    private final KafkaDeadLetters deadLetters;
    private final PlatformSetup setup;
    private final IngestMetrics metrics;
    private final ObjectReader submissions;
    private final VocConfig config;
    private volatile boolean running;
    /** An operator's hold (maintenance, benchmarks): the consumer stays in its group but takes nothing. */
    private volatile boolean held;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;
    /**
     * Batches taken from Kafka and not committed yet, oldest first: at most two, so that the next batch
     * is decoded and validated while Elasticsearch indexes the first. Only the consumer thread touches it.
     */
    private final Deque<PipelineBatch> pending = new ArrayDeque<>();
    /** Storing the oldest pending batch, on the store thread; null when no store call runs. */
    private CompletableFuture<StoreOutcome> storing;
    private final ExecutorService storeThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "voc-pipeline-store");
        thread.setDaemon(true);
        return thread;
    });

    FeedbackPipeline(KafkaClients kafka, FeedbackStore store, SeenProducts seenProducts, KafkaDeadLetters deadLetters,
            PlatformSetup setup, IngestMetrics metrics, ObjectMapper json, VocConfig config) {
        this.kafka = kafka;
        this.store = store;
        this.seenProducts = seenProducts;
        this.deadLetters = deadLetters;
        this.setup = setup;
        this.metrics = metrics;
        // a record is one JSON object: anything after it means the producer wrote something else
        this.submissions = json.readerFor(FeedbackSubmission.class)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.indexer().enabled()) {
            LOG.info("Pipeline consumer disabled (voc.indexer.enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::run, "voc-pipeline");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(10_000);
        }
        storeThread.shutdown();
    }

    /** Stops taking records after the current batch; what is on the topic waits there. */
    @Override
    public void hold() {
        held = true;
    }

    @Override
    public void release() {
        held = false;
    }

    @Override
    public boolean isHeld() {
        return held;
    }

    private void run() {
        try {
            // the topics and the index must exist before the first record moves; PostgreSQL need not
            while (running && !(setup.isDone(SetupStep.KAFKA_TOPICS) && setup.isDone(SetupStep.ELASTICSEARCH_INDEX))) {
                Thread.sleep(200);
            }
            while (running) {
                try (KafkaConsumer<String, byte[]> c = kafka.consumer(config.indexer().groupId(),
                        config.indexer().maxBatch())) {
                    consumer = c;
                    c.subscribe(List.of(config.topics().raw()), new DropPendingOnRevoke());
                    consume(c);
                } catch (WakeupException e) {
                    return;
                } catch (RuntimeException e) {
                    // whatever broke, a pipeline that stops for good is worse: start over from the last commit
                    LOG.error("Pipeline consumer failed; starting it again in 5 s", e);
                    discardPending();
                    Thread.sleep(5_000);
                } finally {
                    consumer = null;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void consume(KafkaConsumer<String, byte[]> c) throws InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            // 1. take the next batch from Kafka while (at most) one is being stored
            if (!held && pending.size() < 2) {
                if (pending.isEmpty() && !c.paused().isEmpty()) {
                    c.resume(c.paused());
                }
                ConsumerRecords<String, byte[]> records = c.poll(pending.isEmpty() ? IDLE_POLL : BUSY_POLL);
                updateLag(c);
                if (!records.isEmpty()) {
                    long started = System.nanoTime();
                    pending.addLast(prepare(records));
                    LOG.debugf("Prepared %d records in %d ms", records.count(), (System.nanoTime() - started) / 1_000_000);
                }
            }
            if (pending.isEmpty()) {
                if (held) {
                    c.pause(c.assignment());
                    c.poll(IDLE_POLL);
                }
                continue;
            }
            PipelineBatch oldest = pending.peekFirst();
            try {
                // 2. hand the oldest batch to the store thread
                if (storing == null) {
                    parkInvalid(oldest);
                    storing = CompletableFuture.supplyAsync(() -> store(oldest), storeThread);
                }
                // 3. finish it once stored; wait for it when there is nothing else to do meanwhile
                if (storing.isDone() || pending.size() >= 2 || held) {
                    StoreOutcome outcome = awaitStoring();
                    finish(c, oldest, outcome);
                    pending.remove(oldest);
                    backoff = FIRST_BACKOFF;
                }
            } catch (CommitFailedException e) {
                LOG.info("Partitions moved to another instance before the commit; it re-reads them (harmless)");
                pending.remove(oldest);
            } catch (WakeupException e) {
                throw e;
            } catch (Exception e) {
                storing = null;
                LOG.warnf("Delivering %d records failed (%s); pausing consumption, retry in %d ms", oldest.size(),
                        Failures.describe(e), backoff.toMillis());
                // paused: polls keep this instance in the group but fetch nothing while we wait
                c.pause(c.assignment());
                c.poll(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** Forgets uncommitted batches (they are read again from the last commit) once no store call runs. */
    private void discardPending() throws InterruptedException {
        pending.clear();
        try {
            awaitStoring();
        } catch (RuntimeException e) {
            // its batch is forgotten anyway
        }
    }

    private StoreOutcome store(PipelineBatch batch) {
        long started = System.nanoTime();
        StoreOutcome outcome = batch.feedback().isEmpty() ? StoreOutcome.NOTHING : store.storeAll(batch.feedback());
        LOG.debugf("Stored %d feedback in %d ms", batch.feedback().size(), (System.nanoTime() - started) / 1_000_000);
        return outcome;
    }

    /** Waits for the running store call, if any; rethrows its failure as it was thrown. */
    private StoreOutcome awaitStoring() throws InterruptedException {
        if (storing == null) {
            return null;
        }
        try {
            return storing.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            storing = null;
        }
    }

    /** Decodes and validates every record; what breaks a rule is set aside for the dead-letter topic. */
    private PipelineBatch prepare(ConsumerRecords<String, byte[]> records) {
        PipelineBatch batch = new PipelineBatch(records);
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                FeedbackSubmission submission = submissions.readValue(record.value());
                batch.accept(record, SubmitFeedback.validate(submission, Instant.ofEpochMilli(record.timestamp())));
            } catch (InvalidInputException e) {
                batch.reject(record, new JsonProblems.Problem("invalid_field", e.getMessage(), e.field()).toString());
            } catch (JsonProcessingException e) {
                batch.reject(record, JsonProblems.describe(e).toString());
            } catch (IOException | RuntimeException e) {
                batch.reject(record, "malformed_json: " + Failures.describe(e));
            }
        }
        return batch;
    }

    /** Invalid records go to the dead-letter topic once, even when storing the batch is retried. */
    private void parkInvalid(PipelineBatch batch) throws Exception {
        if (!batch.invalidParked()) {
            deadLetters.park("validate", batch.invalid());
            metrics.deadLettered("validate", batch.invalid().size());
            batch.invalidParked(true);
        }
    }

    /** After Elasticsearch acknowledged: park what it refused for good, then commit the batch's offsets. */
    private void finish(KafkaConsumer<String, byte[]> c, PipelineBatch batch, StoreOutcome outcome) throws Exception {
        if (!outcome.refused().isEmpty()) {
            List<Rejected> refused = batch.refusedByStore(outcome.refused());
            deadLetters.park("index", refused);
            metrics.deadLettered("index", refused.size());
        }
        metrics.stored(outcome.created(), outcome.alreadyStored());
        if (!batch.feedback().isEmpty()) {
            seenProducts.record(batch.feedback());
        }
        c.commitSync(batch.nextOffsets());
        if (!held && !c.paused().isEmpty()) {
            c.resume(c.paused());
        }
    }

    private void updateLag(KafkaConsumer<String, byte[]> c) {
        long total = 0;
        for (TopicPartition partition : c.assignment()) {
            total += c.currentLag(partition).orElse(0);
        }
        metrics.lag(total);
    }

    private final class DropPendingOnRevoke implements ConsumerRebalanceListener {
        /**
         * Batches not yet handed to Elasticsearch must not be committed by us after their partitions
         * moved: the next owner reads them again from the last commit. They are dropped, and partitions
         * we keep are rewound to them, so that we read them again too. A batch being stored finishes;
         * if its partitions moved, its commit fails harmlessly and the next owner finds it stored.
         */
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
            if (revoked.isEmpty()) {
                return;
            }
            List<PipelineBatch> dropped = new ArrayList<>(pending);
            if (storing != null) {
                dropped.remove(pending.peekFirst());
            }
            if (dropped.isEmpty()) {
                return;
            }
            LOG.infof("Rebalance with %d batches pending; their records will be read again", dropped.size());
            Map<TopicPartition, Long> rewind = new HashMap<>();
            for (PipelineBatch batch : dropped) {
                batch.firstOffsets().forEach((partition, offset) -> rewind.merge(partition, offset, Math::min));
                pending.remove(batch);
            }
            rewind.forEach((partition, offset) -> {
                if (!revoked.contains(partition) && consumer.assignment().contains(partition)) {
                    consumer.seek(partition, offset);
                }
            });
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        }
    }
}
