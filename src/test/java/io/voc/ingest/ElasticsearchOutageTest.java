package io.voc.ingest;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.support.PipelineTopics;
import io.voc.support.TestStack;
import io.voc.web.FeedbackRoundTripTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch goes away for 30 s in the middle of a run: the pipeline pauses, keeps every record,
 * and resumes by itself when Elasticsearch is back - nothing lost, nothing twice.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ElasticsearchOutageTest {
    private static final int RECORDS = 20_000;

    @Inject
    PipelineTopics topics;

    @Test
    void nothingIsLostWhileElasticsearchIsAway() throws Exception {
        String product = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        topics.produce(records(product, 0, RECORDS / 2));
        TestStack.stack("stop", "elasticsearch");
        try {
            topics.produce(records(product, RECORDS / 2, RECORDS));
            Thread.sleep(Duration.ofSeconds(30).toMillis());
        } finally {
            TestStack.stack("start", "elasticsearch");
        }

        String sentinels = "sentinel-" + UUID.randomUUID().toString().substring(0, 8);
        int count = topics.sendSentinels(sentinels);
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> FeedbackRoundTripTest.search(Map.of("product", sentinels))
                        .body("total", equalTo(count)));
        FeedbackRoundTripTest.search(Map.of("product", product, "size", "1")).body("total", equalTo(RECORDS));
    }

    private static List<String> records(String product, int from, int to) {
        List<String> records = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            records.add("{\"product\":\"" + product + "\",\"channel\":\"app_store\",\"sourceId\":\"as-" + i
                    + "\",\"text\":\"Review " + i + ": songs skip randomly\",\"rating\":2}");
        }
        return records;
    }
}
