package io.voc.ingest;

import static io.voc.support.PipelineTopics.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.support.PipelineTopics;
import io.voc.support.TestStack;
import io.voc.web.FeedbackRoundTripTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Upstream systems produce to the raw topic: every good record is stored once, every bad one explained. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class KafkaPipelineTest {
    private static final int RECORDS = 20_000;
    /** Every 20th record is malformed in one of these ways: 5 %. */
    private static final List<String> MALFORMED = List.of(
            "this is not JSON %1$s #%2$d",
            "{\"product\":\"%1$s\",\"channel\":\"in_app\",\"sourceId\":\"bad-%2$d\"}",
            "{\"product\":\"%1$s\",\"channel\":\"in_app\",\"sourceId\":\"bad-%2$d\",\"text\":\"great\",\"rating\":9}",
            "{\"product\":\"%1$s\",\"channel\":\"carrier-pigeon\",\"sourceId\":\"bad-%2$d\",\"text\":\"hello\"}",
            "{\"product\":\"%1$s\",\"channel\":\"in_app\",\"sourceId\":\"bad-%2$d\",\"text\":\"hi\",\"stars\":5}",
            "{\"product\":\"%1$s\",\"channel\":\"in_app\",\"sourceId\":\"bad-%2$d\",\"text\":\"hi\"} trailing");

    @Inject
    PipelineTopics topics;

    @Test
    void exactlyTheGoodRecordsAreStoredOnceAndTheBadOnesParkedWithReasons() throws Exception {
        String product = "k20k-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> records = new ArrayList<>(RECORDS);
        Set<String> malformed = new HashSet<>();
        for (int i = 0; i < RECORDS; i++) {
            if (i % 20 == 7) {
                String record = MALFORMED.get(malformed.size() % MALFORMED.size()).formatted(product, i);
                malformed.add(record);
                records.add(record);
            } else {
                records.add("{\"product\":\"" + product + "\",\"channel\":\"google_play\",\"sourceId\":\"gp-" + i
                        + "\",\"text\":\"Feedback number " + i + ": the player stutters\",\"rating\":" + (1 + i % 5)
                        + ",\"createdAt\":\"2026-11-01T00:00:00Z\"}");
            }
        }
        int bad = malformed.size();
        int good = RECORDS - bad;
        topics.produce(records);
        awaitAllProcessed();

        FeedbackRoundTripTest.search(Map.of("product", product, "size", "1"))
                .body("total", org.hamcrest.Matchers.equalTo(good));
        List<ConsumerRecord<String, byte[]>> parked = topics.deadLetters(malformed::contains, bad,
                Duration.ofSeconds(60));
        assertEquals(bad, parked.stream().map(PipelineTopics::text).distinct().count(), "every malformed record");
        assertEquals(bad, parked.size(), "each parked once");
        for (ConsumerRecord<String, byte[]> r : parked) {
            String reason = header(r, "voc.error.reason");
            String value = PipelineTopics.text(r);
            String expected = value.startsWith("this is not JSON") || value.endsWith("trailing") ? "malformed_json"
                    : value.contains("stars") ? "unknown field 'stars'"
                    : value.contains("rating") ? "rating must be between 1 and 5"
                    : value.contains("pigeon") ? "channel 'carrier-pigeon' is unknown"
                    : "text is required";
            assertTrue(reason.contains(expected), value + " -> " + reason);
        }

        // a replay of everything stores nothing new
        topics.produce(records);
        awaitAllProcessed();
        FeedbackRoundTripTest.search(Map.of("product", product, "size", "1"))
                .body("total", org.hamcrest.Matchers.equalTo(good));
    }

    /** Sentinels at the end of every partition: once searchable, everything before them was handled. */
    private void awaitAllProcessed() throws Exception {
        String sentinels = "sentinel-" + UUID.randomUUID().toString().substring(0, 8);
        int count = topics.sendSentinels(sentinels);
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> FeedbackRoundTripTest.search(Map.of("product", sentinels))
                        .body("total", org.hamcrest.Matchers.equalTo(count)));
    }
}
