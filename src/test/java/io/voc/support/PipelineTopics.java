package io.voc.support;

import io.voc.platform.VocConfig;
import io.voc.platform.kafka.KafkaClients;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Test access to the pipeline's real topics: produce as an upstream system would, read the dead letters. */
@ApplicationScoped
public class PipelineTopics {
    private final KafkaClients kafka;
    private final VocConfig config;

    PipelineTopics(KafkaClients kafka, VocConfig config) {
        this.kafka = kafka;
        this.config = config;
    }

    public String raw() {
        return config.topics().raw();
    }

    public String deadLetter() {
        return config.topics().deadLetter();
    }

    /** Produces every value to the raw topic and waits for all acknowledgements. */
    public void produce(List<String> values) throws Exception {
        produce(raw(), null, values);
    }

    public void produce(String topic, Integer partition, List<String> values) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(values.size());
        for (String value : values) {
            acks.add(kafka.producer().send(
                    new ProducerRecord<>(topic, partition, null, value.getBytes(StandardCharsets.UTF_8))));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get(60, TimeUnit.SECONDS);
        }
    }

    /**
     * Puts one valid feedback of {@code product} at the end of every partition of the raw topic. Once all
     * are searchable, the pipeline has dealt with every record produced before them.
     */
    public int sendSentinels(String product) throws Exception {
        int partitions = config.topics().partitions();
        for (int p = 0; p < partitions; p++) {
            produce(raw(), p, List.of("{\"product\":\"" + product + "\",\"channel\":\"other\",\"sourceId\":\"sentinel-"
                    + p + "\",\"text\":\"sentinel " + p + "\"}"));
        }
        return partitions;
    }

    /** Reads the whole dead-letter topic and keeps the records whose value matches. */
    public List<ConsumerRecord<String, byte[]>> deadLetters(Predicate<String> valueMatches, int expected,
            Duration within) {
        return deadLetters(deadLetter(), valueMatches, expected, within);
    }

    /** Reads a whole dead-letter topic and keeps the records whose value matches. */
    public List<ConsumerRecord<String, byte[]>> deadLetters(String topic, Predicate<String> valueMatches, int expected,
            Duration within) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = kafka.consumer("test-dlq-" + UUID.randomUUID(), 5_000)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + within.toMillis();
            // read on a little after finding all expected, so that a duplicate would be seen too
            long quietUntil = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (valueMatches.test(text(r))) {
                        found.add(r);
                    }
                }
                if (found.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.currentTimeMillis() + 2_000;
                }
            }
        }
        return found;
    }

    public static String text(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
