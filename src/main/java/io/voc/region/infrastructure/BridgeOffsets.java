package io.voc.region.infrastructure;

import io.voc.platform.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * How far each source partition has been carried home, kept in the home cluster in a compacted topic of one
 * bridge's own ({@code voc.bridge.offsets.<region>.<partition set>}) and written in the same transaction as the
 * records it covers: the records and
 * the position after them become visible together or not at all, so a bridge that dies at any moment resumes
 * exactly after what reached home. (Offsets committed to a consumer group would need the source topic to
 * exist with as many partitions in the home cluster; these records work whatever the clusters look like.)
 *
 * <p>Key {@code <region>/<topic>/<partition>}, value the next offset to read, as text.
 */
final class BridgeOffsets {
    private static final Duration POLL = Duration.ofMillis(200);

    private BridgeOffsets() {
    }

    /** Creates the compacted one-partition topic if missing and waits until it has a leader. */
    static void ensureTopic(Properties home, String topic, Duration timeout) {
        Properties props = new Properties();
        props.putAll(home);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis() / 2);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(props)) {
            Topics.ensure(admin, new NewTopic(topic, 1, (short) -1).configs(Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)), timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException(e);
        } catch (Exception e) {
            throw new KafkaException("preparing " + topic + " failed: " + e.getMessage(), e);
        }
    }

    static String key(String region, TopicPartition partition) {
        return region + "/" + partition.topic() + "/" + partition.partition();
    }

    static ProducerRecord<String, byte[]> record(String offsetsTopic, String region, TopicPartition partition,
            long next) {
        return new ProducerRecord<>(offsetsTopic, key(region, partition),
                Long.toString(next).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The stored next offset of each of the region's partitions (committed transactions only: an aborted or
     * unfinished one never moved them), read from the beginning of the topic to its end.
     */
    static Map<TopicPartition, Long> read(Properties home, String offsetsTopic, String region, String topic,
            Duration timeout) {
        Properties props = new Properties();
        props.putAll(home);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        String prefix = region + "/" + topic + "/";
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(offsetsTopic, timeout).stream()
                    .map((PartitionInfo p) -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, timeout) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new org.apache.kafka.common.errors.TimeoutException(
                            "reading the bridge offsets of " + region + " took longer than " + timeout);
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    if (r.key() != null && r.key().startsWith(prefix) && r.value() != null) {
                        int partition = Integer.parseInt(r.key().substring(prefix.length()));
                        offsets.put(new TopicPartition(topic, partition),
                                Long.parseLong(new String(r.value(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return offsets;
    }
}
