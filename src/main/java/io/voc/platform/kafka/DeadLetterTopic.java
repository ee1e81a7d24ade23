package io.voc.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * A dead-letter topic: records a stage cannot accept are copied there byte for byte, with the reason, the
 * stage and their origin in headers, so nothing is dropped silently and each can be fixed and replayed.
 */
public final class DeadLetterTopic {
    public static final String REASON = "voc.error.reason";
    public static final String STAGE = "voc.error.stage";
    public static final String ORIGIN = "voc.origin";

    /** A record refused for good, and why. */
    public record Refused(ConsumerRecord<String, byte[]> record, String reason) {
    }

    private final KafkaClients kafka;
    private final String topic;

    public DeadLetterTopic(KafkaClients kafka, String topic) {
        this.kafka = kafka;
        this.topic = topic;
    }

    /** Returns once the topic acknowledged every record (so the caller may then commit their offsets). */
    public void park(String stage, List<Refused> refused) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (Refused r : refused) {
            ProducerRecord<String, byte[]> out = new ProducerRecord<>(topic, r.record().key(), r.record().value());
            out.headers().add(REASON, utf8(r.reason()));
            out.headers().add(STAGE, utf8(stage));
            out.headers().add(ORIGIN, utf8(r.record().topic() + "/" + r.record().partition() + "/" + r.record().offset()));
            acks.add(kafka.producer().send(out));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
