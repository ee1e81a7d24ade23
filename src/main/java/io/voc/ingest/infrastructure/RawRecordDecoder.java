package io.voc.ingest.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.voc.ingest.application.FeedbackSubmission;
import io.voc.ingest.application.SubmitFeedback;
import io.voc.platform.Failures;
import io.voc.platform.JsonProblems;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Reads raw-topic records into feedback with the same rules as the API; every stage that consumes the
 * raw topic (indexer, NLP) sees the same valid feedback with the same ids.
 */
@ApplicationScoped
public class RawRecordDecoder {
    private final ObjectReader submissions;

    RawRecordDecoder(ObjectMapper json) {
        // a record is one JSON object: anything after it means the producer wrote something else
        this.submissions = json.readerFor(FeedbackSubmission.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Decodes and validates every record; what breaks a rule is set aside with the reason. */
    public PipelineBatch decode(ConsumerRecords<String, byte[]> records) {
        PipelineBatch batch = new PipelineBatch(records);
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                FeedbackSubmission submission = submissions.readValue(record.value());
                batch.accept(record, SubmitFeedback.validate(submission, Instant.ofEpochMilli(record.timestamp())));
            } catch (InvalidInputException e) {
                batch.reject(record, new JsonProblems.Problem("invalid_field", e.getMessage(), e.field()).toString());
            } catch (JsonProcessingException e) {
                batch.reject(record, JsonProblems.describe(e).toString());
            } catch (IOException | RuntimeException e) {
                batch.reject(record, "malformed_json: " + Failures.describe(e));
            }
        }
        return batch;
    }
}
