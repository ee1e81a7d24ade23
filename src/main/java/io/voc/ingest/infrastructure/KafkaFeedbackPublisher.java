package io.voc.ingest.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.feedback.application.FeedbackJson;
import io.voc.feedback.model.Feedback;
import io.voc.ingest.application.FeedbackPublisher;
import io.voc.ingest.application.PipelineUnavailableException;
import io.voc.platform.VocConfig;
import io.voc.platform.kafka.KafkaClients;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Puts feedback on the raw topic, keyed by its id so that replays of one feedback stay in order. */
@ApplicationScoped
class KafkaFeedbackPublisher implements FeedbackPublisher {
    private final KafkaClients kafka;
    private final ObjectMapper json;
    private final PlatformSetup setup;
    private final String topic;

    KafkaFeedbackPublisher(KafkaClients kafka, ObjectMapper json, PlatformSetup setup, VocConfig config) {
        this.kafka = kafka;
        this.json = json;
        this.setup = setup;
        this.topic = config.topics().raw();
    }

    @Override
    public void publish(Feedback feedback) {
        if (!setup.isDone(SetupStep.KAFKA_TOPICS)) {
            // producing before every partition has a leader can lose records (KAFKA-15591)
            throw new PipelineUnavailableException("the pipeline's Kafka topics are not ready yet", null);
        }
        try {
            byte[] payload = json.writeValueAsBytes(FeedbackJson.of(feedback));
            kafka.producer().send(new ProducerRecord<>(topic, feedback.id().value(), payload))
                    .get(20, TimeUnit.SECONDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("feedback JSON cannot fail to serialise", e);
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            throw new PipelineUnavailableException("Kafka did not acknowledge the feedback: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineUnavailableException("interrupted while sending to Kafka", e);
        }
    }
}
