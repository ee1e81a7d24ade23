package io.voc.search;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.voc.search.infrastructure.FeedbackIndexRollover;
import io.voc.support.OwnPipeline;
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
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

/**
 * After the write alias rolls over to a new index, searches still see everything, new feedback goes
 * to the new index, and a replay of feedback stored in the old index is still not stored twice.
 */
@QuarkusTest
@TestProfile(IndexRolloverTest.SmallIndices.class)
@QuarkusTestResource(TestStack.class)
class IndexRolloverTest {
    static final String PREFIX = "voc-test-rollover-" + UUID.randomUUID().toString().substring(0, 6);

    public static class SmallIndices implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return OwnPipeline.named(PREFIX, Map.of(
                    "voc.index.rollover.max-docs", "3",
                    "voc.index.rollover.check-every", "1h"));
        }
    }

    @Inject
    FeedbackIndexRollover rollover;
    @Inject
    PipelineTopics topics;
    @Inject
    RestClient elasticsearch;

    @Test
    void searchesSpanRolledIndicesAndReplaysStayDeduplicated() throws Exception {
        String product = "roll-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> firstFour = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            firstFour.add("{\"product\":\"" + product + "\",\"channel\":\"in_app\",\"sourceId\":\"r-" + i
                    + "\",\"text\":\"early feedback " + i + "\"}");
        }
        topics.produce(firstFour);
        FeedbackRoundTripTest.awaitSearch(Map.of("product", product), 4);

        assertEquals(PREFIX + "-000002", rollover.rollIfDue(), "4 documents exceed max-docs 3");
        assertNull(rollover.rollIfDue(), "the fresh index is below every condition");

        FeedbackRoundTripTest.post(Map.of("product", product, "channel", "in_app", "sourceId", "r-5",
                "text", "later feedback"));
        topics.produce(firstFour); // a replay of what the old index holds
        String sentinels = "sentinel-" + UUID.randomUUID().toString().substring(0, 8);
        int count = topics.sendSentinels(sentinels);
        Awaitility.await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> FeedbackRoundTripTest
                .search(Map.of("product", sentinels)).body("total", equalTo(count)));

        FeedbackRoundTripTest.search(Map.of("product", product)).body("total", equalTo(5));
        assertEquals(1, countIn(PREFIX + "-000002", product), "only the new feedback is in the new index");
    }

    private long countIn(String index, String product) throws Exception {
        elasticsearch.performRequest(new Request("POST", "/" + index + "/_refresh"));
        Request count = new Request("GET", "/" + index + "/_count");
        count.addParameter("q", "product:" + product);
        return new ObjectMapper().readTree(elasticsearch.performRequest(count).getEntity().getContent())
                .path("count").asLong();
    }
}
