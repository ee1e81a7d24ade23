package io.voc.experiment.infrastructure;

import io.voc.platform.kafka.DeadLetterTopic.Refused;
import io.voc.platform.kafka.RecordBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** One poll of an event topic: the decoded events with the record of each, and the records that are not events. */
final class EventBatch<T> extends RecordBatch {
    private final List<T> events = new ArrayList<>();
    private final List<ConsumerRecord<String, byte[]>> sources = new ArrayList<>();
    private final List<Refused> invalid = new ArrayList<>();
    private boolean invalidParked;

    EventBatch(ConsumerRecords<String, byte[]> records) {
        super(records);
    }

    void accept(ConsumerRecord<String, byte[]> record, T event) {
        events.add(event);
        sources.add(record);
    }

    void reject(ConsumerRecord<String, byte[]> record, String reason) {
        invalid.add(new Refused(record, reason));
    }

    List<T> events() {
        return events;
    }

    ConsumerRecord<String, byte[]> source(int index) {
        return sources.get(index);
    }

    List<Refused> invalid() {
        return invalid;
    }

    /** Invalid records are parked once, even when storing the batch is retried. */
    boolean invalidParked() {
        return invalidParked;
    }

    void invalidParked(boolean parked) {
        invalidParked = parked;
    }
}
