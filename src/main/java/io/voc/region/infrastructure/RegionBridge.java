package io.voc.region.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.platform.Failures;
import io.voc.platform.kafka.DeadLetterTopic;
import io.voc.region.model.ChainOutcome;
import io.voc.region.model.RawFeedback;
import io.voc.region.model.TransformChain;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Carries one source region's raw feedback home, exactly once, cleaning each record on the way.
 *
 * <p>It reads the region's topic with {@code read_committed}, by {@code assign} and {@code seek} (no consumer
 * group on the source, so nothing there needs to know about VOC), and writes to the home cluster inside
 * Kafka transactions: per batch the transformed records to the home raw topic, the records a transform
 * refused to the home dead-letter topic, and the source position after the batch ({@link BridgeOffsets}), all
 * committed together. Its {@code transactional.id} is stable per region and partition set, so a bridge that
 * starts fences a crashed or hung predecessor and aborts its unfinished transaction before reading the
 * stored position: whatever crashes, each record reaches home once.
 *
 * <p>Failures never stop the other regions (each bridge has its own thread): a source or home cluster that
 * cannot be reached is retried with back-off, from the stored position.
 */
final class RegionBridge implements Runnable {
    private static final Logger LOG = Logger.getLogger(RegionBridge.class);
    static final String SOURCE_REGION = "voc.source-region";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration LAG_EVERY = Duration.ofSeconds(2);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final RegionSettings region;
    private final TransformChain chain;
    private final Properties home;
    private final BridgeTopics topics;
    private final int maxBatch;
    private final Duration maxBackoff;
    private final ObjectMapper json;
    private final BridgeProgress progress;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    /** The home cluster's topics a bridge writes to ({@code offsets}: the prefix of its positions' topic). */
    record BridgeTopics(String raw, String deadLetter, String offsets) {
    }

    RegionBridge(RegionSettings region, TransformChain chain, Properties home, BridgeTopics topics, int maxBatch,
            Duration maxBackoff, ObjectMapper json, BridgeProgress progress) {
        this.region = region;
        this.chain = chain;
        this.home = home;
        this.topics = topics;
        this.maxBatch = maxBatch;
        this.maxBackoff = maxBackoff;
        this.json = json;
        this.progress = progress;
    }

    /**
     * The home topic of this bridge's source positions: of its own, so that no other bridge's open
     * transaction holds back what a restarting bridge reads there (a read_committed reader stops at the first
     * open transaction of a partition).
     */
    String offsetsTopic() {
        return topics.offsets() + "." + region.name() + "." + region.partitionSet();
    }

    /** Stable per deployment (the offsets topic prefix), region and partition set: fences a predecessor. */
    String transactionalId() {
        return offsetsTopic();
    }

    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    @Override
    public void run() {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            try {
                bridge();
                backoff = FIRST_BACKOFF;
            } catch (ProducerFencedException e) {
                progress.fenced("another bridge with transactional id " + transactionalId() + " took over");
                LOG.warnf("bridge %s stops: fenced by another instance (%s)", region.name(), e.getMessage());
                return;
            } catch (org.apache.kafka.common.errors.WakeupException | InterruptedException e) {
                break;
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                progress.unreachable(Failures.describe(e));
                LOG.warnf("bridge %s: %s; retrying in %d ms", region.name(), Failures.describe(e), backoff.toMillis());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    break;
                }
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
        progress.stopped();
    }

    /** From the stored position until stopped or a failure (then the caller starts over from what is stored). */
    private void bridge() throws InterruptedException {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties());
                KafkaConsumer<String, byte[]> source = new KafkaConsumer<>(consumerProperties())) {
            consumer = source;
            if (!running) {
                return;
            }
            BridgeOffsets.ensureTopic(home, offsetsTopic(), TIMEOUT);
            // fences a predecessor with the same id and ends its open transaction, before reading where it got
            producer.initTransactions();
            List<TopicPartition> partitions = source.partitionsFor(region.topic(), TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .filter(p -> region.partitions() == null || region.partitions().contains(p.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException("topic " + region.topic() + " has no partitions to bridge in "
                        + region.bootstrap());
            }
            Map<TopicPartition, Long> stored = BridgeOffsets.read(home, offsetsTopic(), region.name(),
                    region.topic(), TIMEOUT);
            source.assign(partitions);
            List<TopicPartition> fromStart = new ArrayList<>();
            for (TopicPartition p : partitions) {
                Long next = stored.get(p);
                if (next == null) {
                    fromStart.add(p);
                } else {
                    source.seek(p, next);
                }
            }
            if (!fromStart.isEmpty()) {
                // never with an empty list: that means every assigned partition, stored positions included
                source.seekToBeginning(fromStart);
            }
            progress.running();
            LOG.infof("bridge %s: carrying %s (%d partitions) from %s home", region.name(), region.topic(),
                    partitions.size(), region.bootstrap());
            long lagCheckedAt = 0;
            while (running) {
                ConsumerRecords<String, byte[]> records = source.poll(POLL);
                if (!records.isEmpty()) {
                    carry(producer, records);
                }
                if (System.nanoTime() - lagCheckedAt > LAG_EVERY.toNanos()) {
                    lagCheckedAt = System.nanoTime();
                    progress.lag(lag(source, partitions));
                }
            }
        } finally {
            consumer = null;
        }
    }

    /** A source record made ready for home: where it goes (null: dropped), its outcome, what changed. */
    private record Prepared(ProducerRecord<String, byte[]> out, String outcome, ChainOutcome transformed) {
    }

    /**
     * One batch in one transaction: records, refused records and the position after them. Records are parsed,
     * transformed and written out on every core (most of a bridge's work), then sent in their source order.
     */
    private void carry(KafkaProducer<String, byte[]> producer, ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        List<Prepared> prepared = batch.parallelStream().map(this::prepare).toList();
        producer.beginTransaction();
        try {
            Map<String, Long> outcomes = new HashMap<>();
            List<ChainOutcome> changed = new ArrayList<>();
            Map<TopicPartition, Long> next = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                Prepared p = prepared.get(i);
                if (p.out() != null) {
                    producer.send(p.out());
                }
                outcomes.merge(p.outcome(), 1L, Long::sum);
                if (p.transformed() != null && !p.transformed().changes().isEmpty()) {
                    changed.add(p.transformed());
                }
                ConsumerRecord<String, byte[]> record = batch.get(i);
                next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            }
            next.forEach((partition, offset) -> producer.send(BridgeOffsets.record(offsetsTopic(), region.name(),
                    partition, offset)));
            producer.commitTransaction();
            progress.carried(outcomes, changed, Instant.now());
        } catch (ProducerFencedException e) {
            throw e;
        } catch (KafkaException e) {
            try {
                producer.abortTransaction();
            } catch (KafkaException ignored) {
                // the producer is closed and made again; the transaction times out or is fenced by then
            }
            throw e;
        }
    }

    /** Parses and transforms one record: to home's raw topic, to its dead letters, or dropped. */
    private Prepared prepare(ConsumerRecord<String, byte[]> record) {
        String origin = region.name() + "/" + record.topic() + "/" + record.partition() + "/" + record.offset();
        Map<String, Object> fields;
        try {
            fields = json.readValue(record.value(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (java.io.IOException | RuntimeException e) {
            return rejected(record, origin, "malformed_json: not one JSON object (" + Failures.describe(e) + ")", null);
        }
        if (fields == null) {
            return rejected(record, origin, "malformed_json: null instead of a JSON object", null);
        }
        ChainOutcome outcome = chain.apply(RawFeedback.of(fields));
        if (outcome.isRejected()) {
            return rejected(record, origin, outcome.rejectReason().orElse("rejected"), outcome);
        }
        if (outcome.isDropped()) {
            return new Prepared(null, "dropped", outcome);
        }
        byte[] cleaned;
        try {
            cleaned = json.writeValueAsBytes(outcome.record().orElseThrow().fields());
        } catch (JsonProcessingException e) {
            return rejected(record, origin, "unwritable: " + Failures.describe(e), outcome);
        }
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(topics.raw(), null, record.timestamp(),
                record.key(), cleaned);
        for (Header header : record.headers()) {
            out.headers().add(header);
        }
        out.headers().add(SOURCE_REGION, utf8(region.name()));
        out.headers().add(DeadLetterTopic.ORIGIN, utf8(origin));
        return new Prepared(out, "kept", outcome);
    }

    private Prepared rejected(ConsumerRecord<String, byte[]> record, String origin, String reason,
            ChainOutcome outcome) {
        return new Prepared(deadLetter(record, origin, reason), "rejected", outcome);
    }

    /** The record as it came (never the cleaned half of it), with why, from where. */
    private ProducerRecord<String, byte[]> deadLetter(ConsumerRecord<String, byte[]> record, String origin,
            String reason) {
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(topics.deadLetter(), record.key(), record.value());
        out.headers().add(DeadLetterTopic.REASON, utf8(reason));
        out.headers().add(DeadLetterTopic.STAGE, utf8("bridge"));
        out.headers().add(DeadLetterTopic.ORIGIN, utf8(origin));
        out.headers().add(SOURCE_REGION, utf8(region.name()));
        return out;
    }

    /** Records not carried yet, or null while the source cannot say. */
    private Long lag(KafkaConsumer<String, byte[]> source, List<TopicPartition> partitions) {
        try {
            Map<TopicPartition, Long> end = source.endOffsets(partitions, Duration.ofSeconds(3));
            long lag = 0;
            for (TopicPartition p : partitions) {
                lag += Math.max(0, end.get(p) - source.position(p, Duration.ofSeconds(3)));
            }
            return lag;
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            progress.unreachable("the region's cluster does not answer: " + e.getMessage());
            return null;
        }
    }

    private Properties producerProperties() {
        Properties props = new Properties();
        props.putAll(home);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 60_000);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, TIMEOUT.toMillis());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.putAll(region.kafka());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, region.bootstrap());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a stored position the topic no longer has (the topic was recreated, or retention removed records
        // never carried): from the oldest record there is, rather than skipping to the newest
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxBatch);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "voc-bridge-" + region.name());
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
