package io.voc.ingest.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.feedback.model.Feedback;
import io.voc.ingest.application.FeedbackPublisher;
import io.voc.ingest.application.FeedbackSubmission;
import io.voc.ingest.application.PipelineUnavailableException;
import io.voc.platform.VocConfig;
import io.voc.platform.kafka.KafkaClients;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Puts submissions on the raw topic - the same JSON upstream systems produce there - keyed by the
 * feedback id so that replays of one feedback stay in order on one partition.
 */
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
    public void publish(FeedbackSubmission submission, Feedback feedback) {
        publishAll(List.of(new Accepted(submission, feedback)));
    }

    @Override
    public void publishAll(List<Accepted> batch) {
        if (!setup.isDone(SetupStep.KAFKA_TOPICS)) {
            // producing before every partition has a leader can lose records (KAFKA-15591)
            throw new PipelineUnavailableException("the pipeline's Kafka topics are not ready yet", null);
        }
        try {
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (Accepted accepted : batch) {
                byte[] payload = json.writeValueAsBytes(accepted.submission());
                acks.add(kafka.producer().send(new ProducerRecord<>(topic, accepted.feedback().id().value(), payload)));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a submission cannot fail to serialise", e);
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            throw new PipelineUnavailableException("Kafka did not acknowledge: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineUnavailableException("interrupted while sending to Kafka", e);
        }
    }
}
