package io.voc.ingest.infrastructure;

import io.voc.platform.VocConfig;
import io.voc.platform.kafka.KafkaClients;
import io.voc.platform.setup.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the pipeline's topics and waits until every partition has a leader: producing right after
 * topic creation can lose records despite idempotence (KAFKA-15591), so nothing produces before this.
 */
@ApplicationScoped
class PipelineTopicsSetup implements SetupStep {
    private final KafkaClients kafka;
    private final VocConfig.Topics topics;

    PipelineTopicsSetup(KafkaClients kafka, VocConfig config) {
        this.kafka = kafka;
        this.topics = config.topics();
    }

    @Override
    public String name() {
        return KAFKA_TOPICS;
    }

    @Override
    public void run() throws Exception {
        List<String> names = List.of(topics.raw(), topics.deadLetter());
        Set<String> existing = kafka.admin().listTopics().names().get(10, TimeUnit.SECONDS);
        for (String name : names) {
            if (!existing.contains(name)) {
                create(name);
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

    private void create(String name) throws Exception {
        NewTopic topic = new NewTopic(name, topics.partitions(), topics.replicationFactor())
                .configs(Map.of("min.insync.replicas", topics.replicationFactor() > 1 ? "2" : "1"));
        try {
            kafka.admin().createTopics(List.of(topic)).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e; // another instance creating it at the same time is fine
            }
        }
    }
}
