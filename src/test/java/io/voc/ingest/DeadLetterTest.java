package io.voc.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.platform.VocConfig;
import io.voc.platform.kafka.KafkaClients;
import io.voc.support.TestStack;
import io.voc.web.FeedbackRoundTripTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * A record on the raw topic that is not a feedback does not stop the pipeline and is not dropped:
 * it lands on the dead-letter topic, byte for byte, with the reason; the records around it are indexed.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class DeadLetterTest {
    @Inject
    KafkaClients kafka;
    @Inject
    VocConfig config;

    @Test
    void parksUndecodableRecordsWithTheReasonAndIndexesTheRest() throws Exception {
        String product = "dlq-" + UUID.randomUUID().toString().substring(0, 8);
        String marker = "not json " + UUID.randomUUID();
        String bad = "{\"schemaVersion\":1,\"id\":\"" + "0".repeat(32) + "\",\"product\":\"" + product
                + "\",\"channel\":\"fax\",\"text\":\"x\",\"receivedAt\":\"" + Instant.now() + "\"}";
        send(marker);
        send(bad);
        FeedbackRoundTripTest.post(Map.of("product", product, "channel", "in_app", "text", "after the bad ones"));

        FeedbackRoundTripTest.awaitSearch(Map.of("product", product), 1);
        List<ConsumerRecord<String, byte[]>> parked = deadLetters(marker, product);
        assertEquals(2, parked.size(), "both bad records are parked, once each");
        ConsumerRecord<String, byte[]> notJson = parked.stream().filter(r -> text(r).equals(marker)).findFirst()
                .orElseThrow(() -> new AssertionError("the non-JSON record is parked byte for byte"));
        ConsumerRecord<String, byte[]> badChannel = parked.stream().filter(r -> text(r).equals(bad)).findFirst()
                .orElseThrow(() -> new AssertionError("the record with a bad channel is parked byte for byte"));
        assertTrue(header(notJson, "voc.error.reason").contains("JsonParseException"), header(notJson, "voc.error.reason"));
        assertTrue(header(badChannel, "voc.error.reason").contains("channel 'fax' is unknown"));
        assertEquals("indexer", header(badChannel, "voc.error.stage"));
        assertTrue(header(badChannel, "voc.origin").startsWith(config.topics().raw() + "/"));
    }

    private void send(String value) throws Exception {
        kafka.producer().send(new ProducerRecord<>(config.topics().raw(), value.getBytes(StandardCharsets.UTF_8)))
                .get(10, TimeUnit.SECONDS);
    }

    private List<ConsumerRecord<String, byte[]>> deadLetters(String marker, String product) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = kafka.consumer("dlq-test-" + UUID.randomUUID(), 500)) {
            consumer.subscribe(List.of(config.topics().deadLetter()));
            long deadline = System.currentTimeMillis() + 20_000;
            // read on a little after finding both, so that a duplicate would be seen too
            long quietUntil = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (text(r).equals(marker) || text(r).contains(product)) {
                        found.add(r);
                    }
                }
                if (found.size() >= 2 && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.currentTimeMillis() + 2_000;
                }
            }
        }
        return found;
    }

    private static String text(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
