package io.voc.experiment.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.experiment.application.ExperimentEventJson.ExposureJson;
import io.voc.experiment.application.ExperimentEventJson.MetricEventJson;
import io.voc.experiment.application.ExperimentEventPublisher;
import io.voc.experiment.application.ExperimentEventsUnavailableException;
import io.voc.experiment.model.Exposure;
import io.voc.experiment.model.MetricEvent;
import io.voc.platform.VocConfig;
import io.voc.platform.kafka.KafkaClients;
import io.voc.platform.setup.PlatformSetup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Puts exposures and metric events on their topics as the JSON apps produce there, keyed by user id: a user's
 * events stay on one partition, in order.
 */
@ApplicationScoped
class KafkaExperimentEvents implements ExperimentEventPublisher {
    private final KafkaClients kafka;
    private final ObjectMapper json;
    private final PlatformSetup setup;
    private final VocConfig.Topics topics;

    KafkaExperimentEvents(KafkaClients kafka, ObjectMapper json, PlatformSetup setup, VocConfig config) {
        this.kafka = kafka;
        this.json = json;
        this.setup = setup;
        this.topics = config.topics();
    }

    @Override
    public void publishExposures(List<Exposure> exposures) {
        publish(topics.exposures(), exposures.stream().map(e -> record(topics.exposures(), e.userId(),
                ExposureJson.of(e))).toList());
    }

    @Override
    public void publishMetricEvents(List<MetricEvent> events) {
        publish(topics.metricEvents(), events.stream().map(e -> record(topics.metricEvents(), e.userId(),
                MetricEventJson.of(e))).toList());
    }

    private ProducerRecord<String, byte[]> record(String topic, String key, Object value) {
        try {
            return new ProducerRecord<>(topic, key, json.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event cannot fail to serialise", e);
        }
    }

    private void publish(String topic, List<ProducerRecord<String, byte[]>> records) {
        if (!setup.isDone(ExperimentTopicsSetup.NAME)) {
            // producing before every partition has a leader can lose records (KAFKA-15591)
            throw new ExperimentEventsUnavailableException("topic " + topic + " is not ready yet", null);
        }
        try {
            List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
            for (ProducerRecord<String, byte[]> record : records) {
                acks.add(kafka.producer().send(record));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new ExperimentEventsUnavailableException("Kafka did not acknowledge: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExperimentEventsUnavailableException("interrupted while sending to Kafka", e);
        }
    }
}
