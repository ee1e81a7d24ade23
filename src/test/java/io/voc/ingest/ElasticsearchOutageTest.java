package io.voc.ingest;

import static io.restassured.RestAssured.given;
import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
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
 * and resumes by itself when Elasticsearch is back - nothing lost, nothing twice. Meanwhile readiness reports
 * each dependency on its own, goes DOWN while Elasticsearch is away and comes back UP by itself, and the
 * dashboard keeps serving. (One outage of the real test Elasticsearch serves both: each costs half a minute.)
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ElasticsearchOutageTest {
    private static final int RECORDS = 20_000;

    @Inject
    PipelineTopics topics;

    @Test
    void nothingIsLostWhileElasticsearchIsAwayAndReadinessFollowsIt() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ready(200)
                .body("status", equalTo("UP"))
                .body(check("postgresql"), equalTo("UP"))
                .body(check("elasticsearch"), equalTo("UP"))
                .body(check("kafka"), equalTo("UP"))
                .body(check("setup"), equalTo("UP")));
        String product = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        topics.produce(records(product, 0, RECORDS / 2));
        TestStack.stack("stop", "elasticsearch");
        long away = System.nanoTime();
        try {
            topics.produce(records(product, RECORDS / 2, RECORDS));
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ready(503)
                    .body("status", equalTo("DOWN"))
                    .body(check("elasticsearch"), equalTo("DOWN"))
                    .body(data("elasticsearch") + ".error", notNullValue())
                    .body(check("postgresql"), equalTo("UP"))
                    .body(check("kafka"), equalTo("UP")));
            // the dashboard degrades instead of failing
            asAdmin().get("/").then().statusCode(200).body(containsString("Search is unavailable right now"));
            Thread.sleep(Math.max(0, Duration.ofSeconds(30).toMillis() - (System.nanoTime() - away) / 1_000_000));
        } finally {
            TestStack.stack("start", "elasticsearch");
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ready(200)
                .body("status", equalTo("UP"))
                .body(check("elasticsearch"), equalTo("UP")));

        String sentinels = "sentinel-" + UUID.randomUUID().toString().substring(0, 8);
        int count = topics.sendSentinels(sentinels);
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> FeedbackRoundTripTest.search(Map.of("product", sentinels))
                        .body("total", equalTo(count)));
        FeedbackRoundTripTest.search(Map.of("product", product, "size", "1")).body("total", equalTo(RECORDS));
    }

    private static ValidatableResponse ready(int status) {
        return given().get("/q/health/ready").then().statusCode(status);
    }

    private static String check(String name) {
        return "checks.find { it.name == '" + name + "' }.status";
    }

    private static String data(String name) {
        return "checks.find { it.name == '" + name + "' }.data";
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
