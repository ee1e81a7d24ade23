package io.voc.ingest.infrastructure;

import io.voc.feedback.model.Feedback;
import io.voc.ingest.infrastructure.KafkaDeadLetters.Rejected;
import io.voc.platform.kafka.RecordBatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * One poll of the raw topic on its way through a pipeline stage: valid feedback, invalid records, offsets.
 */
public final class PipelineBatch extends RecordBatch {
    private final List<Feedback> feedback = new ArrayList<>();
    private final Map<String, ConsumerRecord<String, byte[]>> recordById = new HashMap<>();
    private final List<Rejected> invalid = new ArrayList<>();
    private boolean invalidParked;

    PipelineBatch(ConsumerRecords<String, byte[]> records) {
        super(records);
    }

    void accept(ConsumerRecord<String, byte[]> record, Feedback valid) {
        feedback.add(valid);
        recordById.put(valid.id().value(), record);
    }

    void reject(ConsumerRecord<String, byte[]> record, String reason) {
        invalid.add(new Rejected(record, reason));
    }

    public List<Feedback> feedback() {
        return feedback;
    }

    public List<Rejected> invalid() {
        return invalid;
    }

    /** Invalid records are parked once, even when the batch's delivery is retried. */
    public boolean invalidParked() {
        return invalidParked;
    }

    public void invalidParked(boolean parked) {
        invalidParked = parked;
    }

    /** The records behind feedback the store refused for good, with its reasons. */
    public List<Rejected> refusedByStore(Map<String, String> reasonById) {
        return rejected(reasonById, "refused_by_store: ");
    }

    /** The records behind these feedback ids, each with its reason (prefixed). */
    public List<Rejected> rejected(Map<String, String> reasonById, String prefix) {
        List<Rejected> rejected = new ArrayList<>();
        reasonById.forEach((id, reason) -> rejected.add(new Rejected(recordById.get(id), prefix + reason)));
        return rejected;
    }
}
