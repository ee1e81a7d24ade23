package io.voc.experiment.infrastructure;

import static io.restassured.RestAssured.given;
import static io.voc.support.PipelineTopics.header;
import static io.voc.support.ArmAssertions.assertArm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.experiment.model.stats.MetricKind;
import io.voc.experiment.application.ExperimentMeasurements;
import io.voc.experiment.application.ExperimentEventJson.ExposureJson;
import io.voc.experiment.application.ExperimentEventJson.MetricEventJson;
import io.voc.experiment.application.Experiments;
import io.voc.experiment.application.RecordExperimentEvents;
import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.Metric;
import io.voc.experiment.model.Phase;
import io.voc.experiment.model.stats.SampleStatistics;
import io.voc.platform.kafka.BatchStage;
import io.voc.platform.kafka.DeadLetterTopic;
import io.voc.platform.kafka.KafkaClients;
import io.voc.platform.kafka.Topics;
import io.voc.support.ExperimentDesigns;
import io.voc.support.ExperimentTopics;
import io.voc.support.PipelineTopics;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What apps produce to the topics directly: valid records are stored once however often they come, and every
 * record that is not a valid event, or does not fit its experiment, lands on the dead-letter topic with why.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ExperimentEventTopicsTest {
    @Inject
    Experiments experiments;
    @Inject
    ExperimentMeasurements measurements;
    @Inject
    ExperimentTopics topics;
    @Inject
    PipelineTopics pipeline;
    @Inject
    KafkaClients kafka;
    @Inject
    ObjectMapper json;
    @Inject
    RecordExperimentEvents record;
    @Inject
    MeterRegistry registry;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void recordsOnTheTopicsAreStoredOnceAndBadOnesDeadLetteredWithTheReason() throws Exception {
        Experiment experiment = ExperimentDesigns.running(experiments, "topic-" + suffix);
        String key = experiment.key().value();
        Instant at = Instant.now();
        Instant later = at.plusSeconds(1);
        String purchase = event("m1", "u1", "12.5", later);
        pipeline.produce(topics.exposures(), null, List.of(
                exposure("e1", key, "u1", "control", at),
                exposure("e2", key, "u2", "control", at),
                exposure("e1", key, "u1", "control", at), // sent twice by a retrying app
                exposure("e3", "gone-" + suffix, "u3", "control", at),
                exposure("e4", key, "u4", "z", at),
                "{not json " + suffix,
                "{\"eventId\": \"e5-" + suffix + "\", \"variantt\": \"b\"}"));
        pipeline.produce(topics.metricEvents(), null, List.of(purchase, purchase,
                event("m2", "u2", "\"lots\"", later)));

        topics.awaitConsumed();
        Map<String, SampleStatistics> revenue = measurements.metric(experiment.id(),
                experiment.currentPhase().orElseThrow(), new Metric("revenue", MetricKind.MEAN, Metric.Goal.INCREASE));
        assertArm(revenue.get("control"), 2, 12.5, 12.5 * 12.5); // the purchase sent twice counts once

        List<ConsumerRecord<String, byte[]>> parked = pipeline.deadLetters(topics.deadLetter(),
                value -> value.contains(suffix), 5, Duration.ofSeconds(30));
        Map<String, String> reasons = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> record : parked) {
            reasons.put(PipelineTopics.text(record), header(record, DeadLetterTopic.STAGE) + " "
                    + header(record, DeadLetterTopic.REASON));
            assertTrue(header(record, DeadLetterTopic.ORIGIN).startsWith("voc-test.experiment."), record.toString());
        }
        assertEquals(5, parked.size(), "each refused record parked once: " + reasons);
        assertReason(reasons, "gone-" + suffix, "store invalid_field experimentKey: there is no experiment 'gone-");
        assertReason(reasons, "\"z\"", "store invalid_field variant: experiment '" + key + "' has no variant 'z'");
        assertReason(reasons, "{not json", "validate malformed_json");
        assertReason(reasons, "variantt", "validate unknown_field variantt");
        assertReason(reasons, "lots", "validate invalid_field value");

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String meter : List.of("voc_experiment_events_stored_total{kind=\"exposures\"}",
                "voc_experiment_events_replays_total{kind=\"metric_events\"}",
                "voc_experiment_events_dead_lettered_total{kind=\"exposures\",stage=\"store\"}",
                "voc_experiment_events_dead_lettered_total{kind=\"metric_events\",stage=\"validate\"}",
                "voc_experiment_events_lag{kind=\"exposures\"}")) {
            assertTrue(metrics.contains(meter), meter + " at /q/metrics");
        }
    }

    /**
     * What the next owner of a partition does after a crash between storing a batch and committing its offsets:
     * it reads the records again. Here a second consumer group reads both topics from their beginning - every
     * record stored so far, ours included - and stores nothing new.
     */
    @Test
    void readingTheTopicsAgainAfterACrashChangesNothing() throws Exception {
        Experiment experiment = ExperimentDesigns.running(experiments, "again-" + suffix);
        Instant at = Instant.now();
        pipeline.produce(topics.exposures(), null, List.of(exposure("e1", experiment.key().value(), "u1", "control", at),
                exposure("e2", experiment.key().value(), "u2", "control", at)));
        pipeline.produce(topics.metricEvents(), null, List.of(event("m1", "u1", "5", at.plusSeconds(1)),
                event("m2", "u2", "3", at.plusSeconds(1))));
        topics.awaitConsumed();
        Metric revenue = new Metric("revenue", MetricKind.MEAN, Metric.Goal.INCREASE);
        Phase phase = experiment.currentPhase().orElseThrow();
        assertArm(measurements.metric(experiment.id(), phase, revenue).get("control"), 2, 8, 34);

        String group = "again-" + suffix;
        String parked = "voc-test.experiment.again-dlq";
        Topics.ensure(kafka, List.of(parked), 1, (short) 1);
        DeadLetterTopic deadLetters = new DeadLetterTopic(kafka, parked);
        EventMetrics exposureMetrics = new EventMetrics(registry, group + "-exposures");
        EventMetrics eventMetrics = new EventMetrics(registry, group + "-metrics");
        List<BatchStage<?, ?>> again = List.of(
                new BatchStage<>(group + "-exposures", kafka, group + "-exposures", 500, topics.exposures(), () -> true,
                        lag -> { }, new EventStage<>(json, ExposureJson.class, ExposureJson::toModel,
                                record::recordExposures, deadLetters, exposureMetrics)),
                new BatchStage<>(group + "-metrics", kafka, group + "-metrics", 500, topics.metricEvents(), () -> true,
                        lag -> { }, new EventStage<>(json, MetricEventJson.class, MetricEventJson::toModel,
                                record::recordMetricEvents, deadLetters, eventMetrics)));
        again.forEach(BatchStage::start);
        try {
            topics.awaitConsumed(topics.exposures(), group + "-exposures");
            topics.awaitConsumed(topics.metricEvents(), group + "-metrics");
        } finally {
            for (BatchStage<?, ?> stage : again) {
                stage.stop();
            }
        }
        for (String kind : List.of(group + "-exposures", group + "-metrics")) {
            assertEquals(0, registry.counter("voc.experiment.events.stored", "kind", kind).count(), kind);
            assertTrue(registry.counter("voc.experiment.events.replays", "kind", kind).count() >= 2, kind);
        }
        assertEquals(Map.of("control", 2L), measurements.exposedUsers(experiment.id(), 1).perVariant());
        assertArm(measurements.metric(experiment.id(), phase, revenue).get("control"), 2, 8, 34);
    }

    private static void assertReason(Map<String, String> reasons, String valuePart, String reasonStart) {
        String reason = reasons.entrySet().stream().filter(e -> e.getKey().contains(valuePart)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no dead letter with " + valuePart + ": " + reasons));
        assertTrue(reason.startsWith(reasonStart), reason);
    }

    private String exposure(String id, String key, String user, String variant, Instant at) {
        return "{\"eventId\": \"" + id + "-" + suffix + "\", \"experimentKey\": \"" + key + "\", \"userId\": \""
                + user + "-" + suffix + "\", \"variant\": \"" + variant + "\", \"at\": \"" + at + "\"}";
    }

    private String event(String id, String user, String value, Instant at) {
        return "{\"eventId\": \"" + id + "-" + suffix + "\", \"userId\": \"" + user + "-" + suffix
                + "\", \"metric\": \"revenue\", \"value\": " + value + ", \"at\": \"" + at + "\"}";
    }
}
