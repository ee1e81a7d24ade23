package io.voc.platform.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates topics that do not exist yet and checks that every partition has a leader: producing right after
 * topic creation can lose records despite idempotence (KAFKA-15591), so a setup step calls this before
 * anything produces, and fails (to be retried) until the topics are ready.
 */
public final class Topics {
    private Topics() {
    }

    public static void ensure(KafkaClients kafka, List<String> names, int partitions, short replicationFactor)
            throws Exception {
        Set<String> existing = kafka.admin().listTopics().names().get(10, TimeUnit.SECONDS);
        for (String name : names) {
            if (!existing.contains(name)) {
                create(kafka, new NewTopic(name, partitions, replicationFactor)
                        .configs(Map.of("min.insync.replicas", replicationFactor > 1 ? "2" : "1")));
            }
        }
        Map<String, TopicDescription> described = kafka.admin().describeTopics(names).allTopicNames()
                .get(10, TimeUnit.SECONDS);
        for (TopicDescription topic : described.values()) {
            if (topic.partitions().stream().anyMatch(p -> p.leader() == null || p.leader().isEmpty())) {
                throw new IllegalStateException("topic " + topic.name() + " has partitions without a leader yet");
            }
        }
    }

    /**
     * Creates one topic on the cluster {@code admin} talks to if it is missing (as configured: partitions,
     * replication, settings), then waits until every partition has a leader.
     */
    public static void ensure(Admin admin, NewTopic topic, Duration timeout) throws Exception {
        try {
            admin.createTopics(List.of(topic)).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (admin.describeTopics(List.of(topic.name())).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .get(topic.name()).partitions().stream().anyMatch(p -> p.leader() == null || p.leader().isEmpty())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topic " + topic.name() + " has partitions without a leader yet");
            }
            Thread.sleep(200);
        }
    }

    private static void create(KafkaClients kafka, NewTopic topic) throws Exception {
        try {
            kafka.admin().createTopics(List.of(topic)).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e; // another instance creating it at the same time is fine
            }
        }
    }
}
