package io.voc.ingest.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.voc.feedback.application.FeedbackJson;
import io.voc.feedback.model.Feedback;
import io.voc.ingest.infrastructure.DeadLetters.Rejected;
import io.voc.platform.Failures;
import io.voc.platform.VocConfig;
import io.voc.platform.kafka.KafkaClients;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import io.voc.search.application.FeedbackStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Moves feedback from the raw topic into the search store. At-least-once delivery plus create-only
 * writes keyed by the deterministic id give "nothing lost, nothing twice": offsets are committed only
 * after Elasticsearch acknowledged the batch, and a batch that failed is read again from its start.
 */
@ApplicationScoped
class RawTopicIndexer {
    private static final Logger LOG = Logger.getLogger(RawTopicIndexer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final KafkaClients kafka;
    private final FeedbackStore store;
    private final SeenProducts seenProducts;
    private final DeadLetters deadLetters;
    private final PlatformSetup setup;
    private final ObjectMapper json;
    private final VocConfig config;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    RawTopicIndexer(KafkaClients kafka, FeedbackStore store, SeenProducts seenProducts, DeadLetters deadLetters,
            PlatformSetup setup, ObjectMapper json, VocConfig config) {
        this.kafka = kafka;
        this.store = store;
        this.seenProducts = seenProducts;
        this.deadLetters = deadLetters;
        this.setup = setup;
        this.json = json;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.indexer().enabled()) {
            LOG.info("Indexer disabled (voc.indexer.enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::run, "voc-indexer");
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
    }

    private void run() {
        try {
            // the topics and the index must exist before the first record moves; PostgreSQL need not
            while (running && !(setup.isDone(SetupStep.KAFKA_TOPICS) && setup.isDone(SetupStep.ELASTICSEARCH_INDEX))) {
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            return;
        }
        try (KafkaConsumer<String, byte[]> c = kafka.consumer(config.indexer().groupId(), config.indexer().maxBatch())) {
            consumer = c;
            c.subscribe(List.of(config.topics().raw()));
            Duration backoff = Duration.ofMillis(200);
            while (running) {
                ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    process(records);
                    c.commitSync(nextOffsets(records));
                    backoff = Duration.ofMillis(200);
                } catch (WakeupException e) {
                    throw e;
                } catch (Exception e) {
                    LOG.warnf("Indexing a batch of %d failed (%s); retrying in %d ms", records.count(),
                            Failures.describe(e), backoff.toMillis());
                    rewind(c, records);
                    Thread.sleep(backoff.toMillis());
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        } catch (WakeupException | InterruptedException e) {
            // shutting down
        } catch (RuntimeException e) {
            LOG.error("Indexer stopped unexpectedly", e);
        } finally {
            consumer = null;
        }
    }

    private void process(ConsumerRecords<String, byte[]> records) throws Exception {
        List<Feedback> accepted = new ArrayList<>(records.count());
        List<Rejected> rejected = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                accepted.add(json.readValue(record.value(), FeedbackJson.class).toFeedback());
            } catch (Exception e) {
                rejected.add(new Rejected(record, Failures.describe(e)));
            }
        }
        if (!rejected.isEmpty()) {
            deadLetters.park("indexer", rejected);
        }
        if (!accepted.isEmpty()) {
            store.storeAll(accepted);
            seenProducts.record(accepted);
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> part = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(part.get(part.size() - 1).offset() + 1));
        }
        return offsets;
    }

    /** Seek back to the batch's first records, so the next poll reads the failed batch again. */
    private static void rewind(KafkaConsumer<String, byte[]> c, ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            if (c.assignment().contains(partition)) {
                c.seek(partition, records.records(partition).get(0).offset());
            }
        }
    }
}
