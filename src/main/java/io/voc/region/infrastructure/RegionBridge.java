package io.voc.region.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.platform.Failures;
import io.voc.region.infrastructure.BatchPreparer.HomeBatch;
import io.voc.region.model.TransformChain;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
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
 * Kafka transactions: the transformed records to the home raw topic, the records a transform refused to the
 * home dead-letter topic, and the source positions after them ({@link BridgeOffsets}), all committed together.
 * Its {@code transactional.id} is stable per region and partition set, so a bridge that starts fences a crashed
 * or hung predecessor and aborts its unfinished transaction before reading the stored position: whatever
 * crashes, each record reaches home once.
 *
 * <p>A transaction holds what was read in {@code commitInterval} (100 ms by default): a commit waits for home's
 * acknowledgements, so one per batch read would spend more time waiting than carrying. The next batches are
 * read and prepared ({@link BatchPreparer}) on other cores while one is sent.
 *
 * <p>Failures never stop the other regions (each bridge has its own thread): a source or home cluster that
 * cannot be reached is retried with back-off, from the stored position.
 */
final class RegionBridge implements Runnable {
    private static final Logger LOG = Logger.getLogger(RegionBridge.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration LAG_EVERY = Duration.ofSeconds(2);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    /** Batches read and being prepared while one is sent: one per core, each prepared on a thread of its own. */
    private static final int READ_AHEAD = Math.max(2, Runtime.getRuntime().availableProcessors());
    /**
     * Where batches are prepared, shared by the bridges: a thread per core. (The common pool keeps one core for
     * the caller, which here does not help: it sends while the batches are prepared.)
     */
    private static final ForkJoinPool PREPARING = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    private final RegionSettings region;
    private final Properties home;
    private final BridgeTopics topics;
    private final Tuning tuning;
    private final Function<ConsumerRecords<String, byte[]>, HomeBatch> preparer;
    private final BridgeProgress progress;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    /** The home cluster's topics a bridge writes to ({@code offsets}: the prefix of its positions' topic). */
    record BridgeTopics(String raw, String deadLetter, String offsets) {
    }

    /**
     * @param maxBatch       records per read from the region
     * @param commitInterval how long a transaction collects batches before it is committed
     * @param maxBackoff     the longest wait between attempts while a cluster cannot be reached
     */
    record Tuning(int maxBatch, Duration commitInterval, Duration maxBackoff) {
    }

    RegionBridge(RegionSettings region, TransformChain chain, Properties home, BridgeTopics topics, Tuning tuning,
            ObjectMapper json, BridgeProgress progress) {
        this(region, new BatchPreparer(region, chain, topics, json)::prepare, home, topics, tuning, progress);
    }

    /**
     * A bridge that prepares each batch read with {@code preparer}: the benchmark measures what the bridge's
     * reading, transactions and positions cost with no work per record, or with only some of it.
     */
    RegionBridge(RegionSettings region, Function<ConsumerRecords<String, byte[]>, HomeBatch> preparer,
            Properties home, BridgeTopics topics, Tuning tuning, BridgeProgress progress) {
        this.region = region;
        this.home = home;
        this.topics = topics;
        this.tuning = tuning;
        this.preparer = preparer;
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
            } catch (org.apache.kafka.common.errors.WakeupException e) {
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
                backoff = backoff.multipliedBy(2).compareTo(tuning.maxBackoff()) > 0 ? tuning.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
        progress.stopped();
    }

    /** From the stored position until stopped or a failure (then the caller starts over from what is stored). */
    private void bridge() {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties());
                KafkaConsumer<String, byte[]> source = new KafkaConsumer<>(consumerProperties())) {
            consumer = source;
            if (!running) {
                return;
            }
            BridgeOffsets.ensureTopic(home, offsetsTopic(), TIMEOUT);
            // fences a predecessor with the same id and ends its open transaction, before reading where it got
            producer.initTransactions();
            Map<TopicPartition, Long> carriedTo = seekToStoredPositions(source);
            progress.running();
            LOG.infof("bridge %s: carrying %s (%d partitions) from %s home", region.name(), region.topic(),
                    carriedTo.size(), region.bootstrap());
            carryUntilStopped(producer, source, carriedTo);
        } finally {
            consumer = null;
        }
    }

    /** Assigns the partitions to carry and seeks each to its stored position; returns those positions. */
    private Map<TopicPartition, Long> seekToStoredPositions(KafkaConsumer<String, byte[]> source) {
        List<TopicPartition> partitions = source.partitionsFor(region.topic(), TIMEOUT).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .filter(p -> region.partitions() == null || region.partitions().contains(p.partition()))
                .toList();
        if (partitions.isEmpty()) {
            throw new IllegalStateException("topic " + region.topic() + " has no partitions to bridge in "
                    + region.bootstrap());
        }
        Map<TopicPartition, Long> stored = BridgeOffsets.read(home, offsetsTopic(), region.name(), region.topic(),
                TIMEOUT);
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
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (TopicPartition p : partitions) {
            positions.put(p, source.position(p, TIMEOUT));
        }
        return positions;
    }

    /**
     * Reads, prepares and sends batch after batch, committing a transaction every commit interval. While one
     * batch is sent, the next ones are read and prepared on other cores. {@code carriedTo}: the positions home
     * has committed, for the lag (the reader is batches ahead of them).
     */
    private void carryUntilStopped(KafkaProducer<String, byte[]> producer, KafkaConsumer<String, byte[]> source,
            Map<TopicPartition, Long> carriedTo) {
        long lagCheckedAt = 0;
        Deque<CompletableFuture<HomeBatch>> ahead = new ArrayDeque<>(READ_AHEAD);
        OpenTransaction open = null;
        try {
            while (running) {
                // batches read ahead are prepared on other cores while this thread sends the oldest
                while (ahead.size() < READ_AHEAD) {
                    Duration wait = !ahead.isEmpty() ? Duration.ZERO : open != null ? open.left() : POLL;
                    ConsumerRecords<String, byte[]> records = source.poll(wait);
                    if (records.isEmpty()) {
                        break;
                    }
                    ahead.add(CompletableFuture.supplyAsync(() -> preparer.apply(records), PREPARING));
                }
                HomeBatch batch = ahead.isEmpty() ? null : ahead.poll().join();
                if (batch != null) {
                    if (open == null) {
                        open = new OpenTransaction(producer, tuning.commitInterval());
                    }
                    open.send(batch);
                }
                if (open != null && open.left().isZero()) {
                    carriedTo.putAll(open.commit());
                    open = null;
                }
                if (System.nanoTime() - lagCheckedAt > LAG_EVERY.toNanos()) {
                    lagCheckedAt = System.nanoTime();
                    progress.lag(lag(source, carriedTo));
                }
            }
            if (open != null) {
                // what was sent is whole: committed on the way out rather than left to hold home's readers back
                carriedTo.putAll(open.commit());
                open = null;
            }
        } catch (ProducerFencedException e) {
            throw e;
        } catch (KafkaException e) {
            if (open != null) {
                open.abort();
            }
            throw e;
        }
    }

    /** A home transaction being filled with batches, the source positions after them and what they did. */
    private final class OpenTransaction {
        private final KafkaProducer<String, byte[]> producer;
        private final long commitAt;
        private final Map<TopicPartition, Long> positions = new LinkedHashMap<>();
        private final BatchTally tally = new BatchTally();

        OpenTransaction(KafkaProducer<String, byte[]> producer, Duration commitInterval) {
            this.producer = producer;
            this.commitAt = System.nanoTime() + commitInterval.toNanos();
            producer.beginTransaction();
        }

        /** How long until it is due to be committed; zero when it is. */
        Duration left() {
            return Duration.ofNanos(Math.max(0, commitAt - System.nanoTime()));
        }

        void send(HomeBatch batch) {
            batch.out().forEach(producer::send);
            positions.putAll(batch.positions());
            tally.addAll(batch.tally());
        }

        /** Commits with the positions after its batches; returns them. */
        Map<TopicPartition, Long> commit() {
            positions.forEach((partition, offset) -> producer.send(BridgeOffsets.record(offsetsTopic(),
                    region.name(), partition, offset)));
            producer.commitTransaction();
            progress.carried(tally, Instant.now());
            return positions;
        }

        void abort() {
            try {
                producer.abortTransaction();
            } catch (KafkaException ignored) {
                // the producer is closed and made again; the transaction times out or is fenced by then
            }
        }
    }

    /** Records not carried yet, or null while the source cannot say. */
    private Long lag(KafkaConsumer<String, byte[]> source, Map<TopicPartition, Long> carriedTo) {
        try {
            Map<TopicPartition, Long> end = source.endOffsets(carriedTo.keySet(), Duration.ofSeconds(3));
            long lag = 0;
            for (Map.Entry<TopicPartition, Long> p : carriedTo.entrySet()) {
                lag += Math.max(0, end.get(p.getKey()) - p.getValue());
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
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, tuning.maxBatch());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "voc-bridge-" + region.name());
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }
}
