package io.voc.region.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.platform.Failures;
import io.voc.platform.kafka.DeadLetterTopic;
import io.voc.region.model.ChainOutcome;
import io.voc.region.model.RawFeedback;
import io.voc.region.model.TransformChain;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * Turns what a bridge read from its region into what it writes home: each record parsed, run through the
 * region's transform chain and written back as JSON for home's raw topic, or, when it is not a JSON object or a
 * transform refused it, the record as it came for home's dead-letter topic with the reason. Stateless, so
 * batches are prepared on every core at once (this is most of a bridge's work); the records of one batch are
 * prepared in turn: splitting a batch over threads cost a fifth more CPU per record than it saved in time.
 */
final class BatchPreparer {
    /** The header naming the region a record was carried from. */
    static final String SOURCE_REGION = "voc.source-region";

    private final RegionSettings region;
    private final TransformChain chain;
    private final RegionBridge.BridgeTopics topics;
    private final JsonRecords json;
    private final byte[] regionName;

    BatchPreparer(RegionSettings region, TransformChain chain, RegionBridge.BridgeTopics topics, ObjectMapper json) {
        this.region = region;
        this.chain = chain;
        this.topics = topics;
        this.json = new JsonRecords(json.getFactory());
        this.regionName = utf8(region.name());
    }

    /** A batch ready to send: its records in source order, the source positions after it, what it did. */
    record HomeBatch(List<ProducerRecord<String, byte[]>> out, Map<TopicPartition, Long> positions,
            BatchTally tally) {
    }

    /** A source record made ready for home: where it goes (null: dropped), its outcome, what changed. */
    private record Prepared(ProducerRecord<String, byte[]> out, String outcome, ChainOutcome transformed) {
    }

    /** The batch's records prepared in their source order, partition by partition. */
    HomeBatch prepare(ConsumerRecords<String, byte[]> records) {
        List<ProducerRecord<String, byte[]>> out = new ArrayList<>(records.count());
        Map<TopicPartition, Long> positions = new LinkedHashMap<>();
        BatchTally tally = new BatchTally();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> read = records.records(partition);
            for (ConsumerRecord<String, byte[]> record : read) {
                Prepared prepared = prepareOne(record);
                if (prepared.out() != null) {
                    out.add(prepared.out());
                }
                tally.add(prepared.outcome(), prepared.transformed());
            }
            positions.put(partition, read.get(read.size() - 1).offset() + 1);
        }
        return new HomeBatch(out, positions, tally);
    }

    /** Parses and transforms one record: to home's raw topic, to its dead letters, or dropped. */
    private Prepared prepareOne(ConsumerRecord<String, byte[]> record) {
        String origin = region.name() + "/" + record.topic() + "/" + record.partition() + "/" + record.offset();
        JsonRecords.ReadObject read;
        try {
            read = json.read(record.value());
        } catch (java.io.IOException | RuntimeException e) {
            return rejected(record, origin, "malformed_json: not one JSON object (" + Failures.describe(e) + ")", null);
        }
        if (read == null) {
            return rejected(record, origin, "malformed_json: null instead of a JSON object", null);
        }
        ChainOutcome outcome = chain.apply(RawFeedback.adopt(read.fields()));
        if (outcome.isRejected()) {
            return rejected(record, origin, outcome.rejectReason().orElse("rejected"), outcome);
        }
        if (outcome.isDropped()) {
            return new Prepared(null, "dropped", outcome);
        }
        byte[] cleaned;
        try {
            cleaned = json.write(outcome.record().orElseThrow().fields(), read);
        } catch (RuntimeException e) {
            // a record holds JSON values only, so this is a bug; the record waits in the dead letters for the fix
            return rejected(record, origin, "unwritable: " + Failures.describe(e), outcome);
        }
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(topics.raw(), null, record.timestamp(),
                record.key(), cleaned);
        for (Header header : record.headers()) {
            out.headers().add(header);
        }
        out.headers().add(SOURCE_REGION, regionName);
        out.headers().add(DeadLetterTopic.ORIGIN, utf8(origin));
        return new Prepared(out, "kept", outcome);
    }

    private Prepared rejected(ConsumerRecord<String, byte[]> record, String origin, String reason,
            ChainOutcome outcome) {
        return new Prepared(deadLetter(record, origin, reason), "rejected", outcome);
    }

    /** The record as it came (never the cleaned half of it), with why, from where. */
    private ProducerRecord<String, byte[]> deadLetter(ConsumerRecord<String, byte[]> record, String origin,
            String reason) {
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(topics.deadLetter(), record.key(), record.value());
        out.headers().add(DeadLetterTopic.REASON, utf8(reason));
        out.headers().add(DeadLetterTopic.STAGE, utf8("bridge"));
        out.headers().add(DeadLetterTopic.ORIGIN, utf8(origin));
        out.headers().add(SOURCE_REGION, utf8(region.name()));
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
