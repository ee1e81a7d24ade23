package io.voc.experiment.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.voc.experiment.application.ExperimentEventJson.ExposureJson;
import io.voc.experiment.application.ExperimentEventJson.MetricEventJson;
import io.voc.experiment.application.RecordExperimentEvents;
import io.voc.experiment.model.Exposure;
import io.voc.experiment.model.MetricEvent;
import io.voc.platform.VocConfig;
import io.voc.platform.kafka.BatchStage;
import io.voc.platform.kafka.DeadLetterTopic;
import io.voc.platform.kafka.KafkaClients;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * The consumers of the exposure and metric-event topics: a consumer group per topic ({@code <group-id>-exposures},
 * {@code <group-id>-metrics}) with a member on every instance (see io.voc.platform.kafka.BatchStage for the delivery rules). They start once the topics and the
 * schema exist.
 */
@ApplicationScoped
class ExperimentEventConsumers {
    private static final Logger LOG = Logger.getLogger(ExperimentEventConsumers.class);

    private final List<BatchStage<?, ?>> stages;
    private final boolean enabled;

    ExperimentEventConsumers(KafkaClients kafka, ObjectMapper json, RecordExperimentEvents record, PlatformSetup setup,
            MeterRegistry registry, VocConfig config) {
        VocConfig.ExperimentEvents settings = config.experimentEvents();
        DeadLetterTopic deadLetters = new DeadLetterTopic(kafka, config.topics().experimentDeadLetter());
        BooleanSupplier ready = () -> setup.isDone(ExperimentTopicsSetup.NAME)
                && setup.isDone(SetupStep.POSTGRESQL_SCHEMA);
        EventMetrics exposureMetrics = new EventMetrics(registry, "exposures");
        EventMetrics metricEventMetrics = new EventMetrics(registry, "metric_events");
        EventStage<ExposureJson, Exposure> exposures = new EventStage<>(json, ExposureJson.class,
                ExposureJson::toModel, record::recordExposures, deadLetters, exposureMetrics);
        EventStage<MetricEventJson, MetricEvent> metrics = new EventStage<>(json, MetricEventJson.class,
                MetricEventJson::toModel, record::recordMetricEvents, deadLetters, metricEventMetrics);
        this.stages = List.of(
                new BatchStage<>("voc-exposures", kafka, settings.groupId() + "-exposures", settings.maxBatch(),
                        config.topics().exposures(), ready, exposureMetrics::lag, exposures),
                new BatchStage<>("voc-metric-events", kafka, settings.groupId() + "-metrics", settings.maxBatch(),
                        config.topics().metricEvents(), ready, metricEventMetrics::lag, metrics));
        this.enabled = settings.enabled();
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("Exposure and metric-event consumers disabled (voc.experiment-events.enabled=false)");
            return;
        }
        stages.forEach(BatchStage::start);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        for (BatchStage<?, ?> stage : stages) {
            stage.stop();
        }
    }
}
