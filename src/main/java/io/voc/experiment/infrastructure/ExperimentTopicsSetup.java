package io.voc.experiment.infrastructure;

import io.voc.platform.VocConfig;
import io.voc.platform.kafka.KafkaClients;
import io.voc.platform.kafka.Topics;
import io.voc.platform.setup.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Creates the exposure, metric-event and experiment dead-letter topics before anything produces to them. */
@ApplicationScoped
class ExperimentTopicsSetup implements SetupStep {
    static final String NAME = "kafka-experiment-topics";

    private final KafkaClients kafka;
    private final VocConfig.Topics topics;

    ExperimentTopicsSetup(KafkaClients kafka, VocConfig config) {
        this.kafka = kafka;
        this.topics = config.topics();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run() throws Exception {
        Topics.ensure(kafka, List.of(topics.exposures(), topics.metricEvents(), topics.experimentDeadLetter()),
                topics.partitions(), topics.replicationFactor());
    }
}
