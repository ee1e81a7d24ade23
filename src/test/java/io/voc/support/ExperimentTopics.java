package io.voc.support;

import static org.awaitility.Awaitility.await;

import io.voc.platform.VocConfig;
import io.voc.platform.kafka.KafkaClients;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Test access to the exposure and metric-event topics: their names, and waiting until everything on them is stored. */
@ApplicationScoped
public class ExperimentTopics {
    private final KafkaClients kafka;
    private final VocConfig config;

    ExperimentTopics(KafkaClients kafka, VocConfig config) {
        this.kafka = kafka;
        this.config = config;
    }

    public String exposures() {
        return config.topics().exposures();
    }

    public String metricEvents() {
        return config.topics().metricEvents();
    }

    public String deadLetter() {
        return config.topics().experimentDeadLetter();
    }

    /**
     * Waits until both consumer groups committed every record on their topics: the consumers commit only after
     * PostgreSQL stored a batch (and the dead letters were parked), so then everything produced before is stored.
     */
    public void awaitConsumed() {
        String group = config.experimentEvents().groupId();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(
                () -> consumed(exposures(), group + "-exposures") && consumed(metricEvents(), group + "-metrics"));
    }

    /** Waits until {@code group} committed every record on {@code topic}. */
    public void awaitConsumed(String topic, String group) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> consumed(topic, group));
    }

    private boolean consumed(String topic, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = kafka.admin().listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        List<TopicPartition> partitions = kafka.admin().describeTopics(List.of(topic)).allTopicNames()
                .get(10, TimeUnit.SECONDS).get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = kafka.admin()
                .listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get(10, TimeUnit.SECONDS);
        return partitions.stream().allMatch(p -> ends.get(p).offset() == 0
                || (committed.get(p) != null && committed.get(p).offset() >= ends.get(p).offset()));
    }
}
