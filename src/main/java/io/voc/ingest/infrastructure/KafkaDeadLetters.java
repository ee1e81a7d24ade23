package io.voc.ingest.infrastructure;

import io.voc.ingest.application.DeadLetter;
import io.voc.ingest.application.DeadLetterQueue;
import io.voc.ingest.application.PipelineUnavailableException;
import io.voc.platform.VocConfig;
import io.voc.platform.kafka.DeadLetterTopic;
import io.voc.platform.kafka.KafkaClients;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/**
 * The dead-letter topic. Records the pipeline cannot accept are parked there byte for byte, with the
 * reason and their origin in headers, so that nothing is silently dropped and each can be fixed and
 * replayed. A replay re-feeds the raw topic and remembers how far it got in its own consumer group.
 */
@ApplicationScoped
public class KafkaDeadLetters implements DeadLetterQueue {
    static final String REASON = DeadLetterTopic.REASON;
    static final String STAGE = DeadLetterTopic.STAGE;
    static final String ORIGIN = DeadLetterTopic.ORIGIN;
    static final String REPLAYED_FROM = "voc.replayed-from";
    private static final int MAX_PAYLOAD_SHOWN = 4_000;
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaClients kafka;
    private final String topic;
    private final String rawTopic;
    private final String replayGroup;
    private final DeadLetterTopic parking;

    KafkaDeadLetters(KafkaClients kafka, VocConfig config) {
        this.kafka = kafka;
        this.topic = config.topics().deadLetter();
        this.rawTopic = config.topics().raw();
        this.replayGroup = config.indexer().groupId() + "-dlq-replay";
        this.parking = new DeadLetterTopic(kafka, topic);
    }

    public record Rejected(ConsumerRecord<String, byte[]> record, String reason) {
    }

    /** Returns once the dead-letter topic acknowledged every record. */
    public void park(String stage, List<Rejected> rejected) throws Exception {
        parking.park(stage, rejected.stream().map(r -> new DeadLetterTopic.Refused(r.record(), r.reason())).toList());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public List<DeadLetter> latest(int limit) {
        List<DeadLetter> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(replayGroup + "-browse", limit)) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            // the newest `limit` of each partition contain the newest `limit` overall
            partitions.forEach(p -> consumer.seek(p, Math.max(begin.get(p), end.get(p) - limit)));
            readUntil(consumer, end, record -> found.add(toDeadLetter(record)));
        }
        found.sort(Comparator.comparing(DeadLetter::parkedAt).reversed());
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    @Override
    public long size() {
        try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(replayGroup + "-browse", 1)) {
            List<TopicPartition> partitions = partitions(consumer);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            return partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
        }
    }

    /** One replay at a time per instance; records parked again during the replay wait for the next one. */
    @Override
    public synchronized long replay() {
        long replayed = 0;
        try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(replayGroup, 1_000)) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            for (TopicPartition p : partitions) {
                OffsetAndMetadata from = committed.get(p);
                if (from == null) {
                    consumer.seekToBeginning(List.of(p));
                } else {
                    consumer.seek(p, from.offset());
                }
            }
            while (!reached(consumer, end)) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
                for (ConsumerRecord<String, byte[]> r : records) {
                    if (r.offset() >= end.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue; // parked after the replay began
                    }
                    ProducerRecord<String, byte[]> out = new ProducerRecord<>(rawTopic, r.key(), r.value());
                    out.headers().add(REPLAYED_FROM, utf8(r.topic() + "/" + r.partition() + "/" + r.offset()));
                    acks.add(kafka.producer().send(out));
                    next.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                }
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(30, TimeUnit.SECONDS);
                }
                if (!next.isEmpty()) {
                    consumer.commitSync(next);
                    replayed += acks.size();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineUnavailableException("interrupted while replaying dead letters", e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new PipelineUnavailableException("replaying dead letters failed after " + replayed + ": "
                    + e.getMessage(), e);
        }
        return replayed;
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        return consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static void readUntil(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end,
            java.util.function.Consumer<ConsumerRecord<String, byte[]>> each) {
        while (!reached(consumer, end)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    each.accept(record);
                }
            }
        }
    }

    private static DeadLetter toDeadLetter(ConsumerRecord<String, byte[]> r) {
        String payload = r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8);
        boolean truncated = payload.length() > MAX_PAYLOAD_SHOWN;
        return new DeadLetter(r.topic() + "/" + r.partition() + "/" + r.offset(), Instant.ofEpochMilli(r.timestamp()),
                header(r, STAGE), header(r, REASON), header(r, ORIGIN),
                truncated ? payload.substring(0, MAX_PAYLOAD_SHOWN) : payload, truncated);
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        var header = r.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
