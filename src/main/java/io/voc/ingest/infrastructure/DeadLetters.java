package io.voc.ingest.infrastructure;

import io.voc.platform.VocConfig;
import io.voc.platform.kafka.KafkaClients;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Parks records the pipeline cannot accept on the dead-letter topic, byte for byte, with the reason
 * and their origin in headers, so that nothing is silently dropped and each can be fixed and replayed.
 */
@ApplicationScoped
class DeadLetters {
    static final String REASON = "voc.error.reason";
    static final String STAGE = "voc.error.stage";
    static final String ORIGIN = "voc.origin";

    private final KafkaClients kafka;
    private final String topic;

    DeadLetters(KafkaClients kafka, VocConfig config) {
        this.kafka = kafka;
        this.topic = config.topics().deadLetter();
    }

    record Rejected(ConsumerRecord<String, byte[]> record, String reason) {
    }

    /** Returns once the dead-letter topic acknowledged every record. */
    void park(String stage, List<Rejected> rejected) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (Rejected r : rejected) {
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
