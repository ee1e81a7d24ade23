package io.voc.ingest.infrastructure;

import io.voc.feedback.model.Feedback;
import io.voc.ingest.infrastructure.KafkaDeadLetters.Rejected;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** One poll's worth of records on its way through the pipeline: valid feedback, invalid records, offsets. */
final class PipelineBatch {
    private final ConsumerRecords<String, byte[]> records;
    private final List<Feedback> feedback = new ArrayList<>();
    private final Map<String, ConsumerRecord<String, byte[]>> recordById = new HashMap<>();
    private final List<Rejected> invalid = new ArrayList<>();
    private boolean invalidParked;

    PipelineBatch(ConsumerRecords<String, byte[]> records) {
        this.records = records;
    }

    void accept(ConsumerRecord<String, byte[]> record, Feedback valid) {
        feedback.add(valid);
        recordById.put(valid.id().value(), record);
    }

    void reject(ConsumerRecord<String, byte[]> record, String reason) {
        invalid.add(new Rejected(record, reason));
    }

    List<Feedback> feedback() {
        return feedback;
    }

    List<Rejected> invalid() {
        return invalid;
    }

    /** Invalid records are parked once, even when the batch's delivery is retried. */
    boolean invalidParked() {
        return invalidParked;
    }

    void invalidParked(boolean parked) {
        invalidParked = parked;
    }

    /** The records behind feedback the store refused for good, with its reasons. */
    List<Rejected> refusedByStore(Map<String, String> reasonById) {
        List<Rejected> refused = new ArrayList<>();
        reasonById.forEach((id, reason) -> refused.add(new Rejected(recordById.get(id), "refused_by_store: " + reason)));
        return refused;
    }

    int size() {
        return records.count();
    }

    /** One past the batch's last record, per partition: what to commit once the batch is delivered. */
    Map<TopicPartition, OffsetAndMetadata> nextOffsets() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> part = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(part.get(part.size() - 1).offset() + 1));
        }
        return offsets;
    }

    /** The batch's first offset per partition: where to read again from if the batch is abandoned. */
    Map<TopicPartition, Long> firstOffsets() {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            offsets.put(partition, records.records(partition).get(0).offset());
        }
        return offsets;
    }
}
