package io.voc.ingest;

import static io.voc.support.PipelineTopics.header;
import static io.voc.support.PipelineTopics.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.support.PipelineTopics;
import io.voc.support.TestStack;
import io.voc.web.FeedbackRoundTripTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A record on the raw topic that is not a valid feedback does not stop the pipeline and is not
 * dropped: it lands on the dead-letter topic, byte for byte, with the reason; the records around it
 * are indexed.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class DeadLetterTest {
    @Inject
    PipelineTopics topics;

    @Test
    void parksInvalidRecordsWithTheReasonAndIndexesTheRest() throws Exception {
        String product = "dlq-" + UUID.randomUUID().toString().substring(0, 8);
        String notJson = "not json " + UUID.randomUUID();
        String badChannel = "{\"schemaVersion\":1,\"product\":\"" + product + "\",\"channel\":\"fax\",\"text\":\"x\"}";
        topics.produce(List.of(notJson, badChannel));
        FeedbackRoundTripTest.post(Map.of("product", product, "channel", "in_app", "text", "after the bad ones"));

        FeedbackRoundTripTest.awaitSearch(Map.of("product", product), 1);
        List<ConsumerRecord<String, byte[]>> parked = topics.deadLetters(
                v -> v.equals(notJson) || v.equals(badChannel), 2, Duration.ofSeconds(20));
        assertEquals(2, parked.size(), "both bad records are parked, once each, byte for byte");
        ConsumerRecord<String, byte[]> notJsonParked = parked.stream().filter(r -> text(r).equals(notJson))
                .findFirst().orElseThrow();
        ConsumerRecord<String, byte[]> badChannelParked = parked.stream().filter(r -> text(r).equals(badChannel))
                .findFirst().orElseThrow();
        assertTrue(header(notJsonParked, "voc.error.reason").startsWith("malformed_json"),
                header(notJsonParked, "voc.error.reason"));
        assertTrue(header(badChannelParked, "voc.error.reason").contains("channel 'fax' is unknown"));
        assertEquals("validate", header(badChannelParked, "voc.error.stage"));
        assertTrue(header(badChannelParked, "voc.origin").startsWith(topics.raw() + "/"));
    }
}
