package io.voc.experiment.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.voc.experiment.application.RecordExperimentEvents;
import io.voc.experiment.application.RecordExperimentEvents.Recorded;
import io.voc.platform.JsonProblems;
import io.voc.platform.kafka.BatchStage;
import io.voc.platform.kafka.DeadLetterTopic;
import io.voc.platform.kafka.DeadLetterTopic.Refused;
import io.voc.platform.model.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * The work of one event topic's consumer: decode each record's JSON into the model (a record that is not a
 * valid event is parked with the reason before anything is stored), store the batch in PostgreSQL, park what
 * the store refused, and only then let the stage commit. Storing is idempotent by event id, so a batch read
 * again after a crash changes nothing: at-least-once delivery, exactly-once effect.
 *
 * @param <J> the JSON shape of an event
 * @param <T> the event
 */
final class EventStage<J, T> implements BatchStage.Work<EventBatch<T>, Recorded> {
    private final ObjectReader reader;
    private final Function<J, T> toModel;
    private final Function<List<T>, Recorded> store;
    private final DeadLetterTopic deadLetters;
    private final EventMetrics metrics;

    /**
     * @param store stores the events and answers what it did, with the positions it refused
     */
    EventStage(ObjectMapper json, Class<J> type, Function<J, T> toModel, Function<List<T>, Recorded> store,
            DeadLetterTopic deadLetters, EventMetrics metrics) {
        this.reader = json.readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.toModel = toModel;
        this.store = store;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    @Override
    public EventBatch<T> prepare(ConsumerRecords<String, byte[]> records) {
        EventBatch<T> batch = new EventBatch<>(records);
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                if (record.value() == null) {
                    batch.reject(record, "empty_record: the record has no value (a tombstone?)");
                    continue;
                }
                batch.accept(record, toModel.apply(reader.readValue(record.value())));
            } catch (JsonProcessingException e) {
                batch.reject(record, JsonProblems.describe(e).toString());
            } catch (InvalidInputException e) {
                batch.reject(record, RecordExperimentEvents.reason(e));
            } catch (IOException e) {
                batch.reject(record, "malformed_json: " + e.getMessage());
            }
        }
        return batch;
    }

    @Override
    public void beforeDelivery(EventBatch<T> batch) throws Exception {
        if (!batch.invalidParked()) {
            deadLetters.park("validate", batch.invalid());
            metrics.deadLettered("validate", batch.invalid().size());
            batch.invalidParked(true);
        }
    }

    @Override
    public Recorded deliver(EventBatch<T> batch) {
        return batch.events().isEmpty() ? new Recorded(0, 0, Map.of()) : store.apply(batch.events());
    }

    /** After PostgreSQL committed: park what did not fit (then the stage commits the offsets). */
    @Override
    public void finish(EventBatch<T> batch, Recorded recorded) throws Exception {
        if (!recorded.refused().isEmpty()) {
            List<Refused> parked = new ArrayList<>();
            recorded.refused().forEach((index, reason) -> parked.add(new Refused(batch.source(index), reason)));
            deadLetters.park("store", parked);
            metrics.deadLettered("store", parked.size());
        }
        metrics.stored(recorded.stored(), recorded.replays());
    }
}
