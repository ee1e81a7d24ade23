package io.voc.platform.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** One poll's worth of records on its way through a {@link BatchStage}, with the offsets it covers. */
public class RecordBatch {
    private final ConsumerRecords<String, byte[]> records;

    protected RecordBatch(ConsumerRecords<String, byte[]> records) {
        this.records = records;
    }

    public int size() {
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
