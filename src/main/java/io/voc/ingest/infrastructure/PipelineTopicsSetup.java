package io.voc.ingest.infrastructure;

import io.voc.platform.VocConfig;
import io.voc.platform.kafka.KafkaClients;
import io.voc.platform.kafka.Topics;
import io.voc.platform.setup.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Creates the pipeline's topics and waits until every partition has a leader (see {@link Topics}). */
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
        Topics.ensure(kafka, List.of(topics.raw(), topics.deadLetter()), topics.partitions(),
                topics.replicationFactor());
    }
}
