package io.voc.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.voc.support.OwnPipeline;
import io.voc.support.TestStack;
import io.voc.support.FeedbackDocuments;
import io.voc.support.PipelineTopics;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With PostgreSQL unreachable the app still starts, says so on its health page, and keeps indexing the
 * feedback that upstream systems put on the raw topic (the pipeline does not depend on PostgreSQL).
 * The API and pages cannot check anybody's credentials without the account store: they say so (503)
 * instead of letting anyone in.
 */
@QuarkusTest
@TestProfile(StartsWithoutPostgresTest.PostgresAway.class)
@QuarkusTestResource(TestStack.class)
class StartsWithoutPostgresTest {
    private static final String NAME = "voc-test-nopg";

    @Inject
    PipelineTopics topics;

    public static class PostgresAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // port 9 (discard) has no PostgreSQL behind it: connections are refused at once
            return OwnPipeline.named(NAME, Map.of(
                    "quarkus.datasource.reactive.url", "postgresql://127.0.0.1:9/voc_test",
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/voc_test"));
        }
    }

    @Test
    void healthNamesPostgresAndTheMissingSchemaWhileFeedbackStillFlows() throws Exception {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'postgresql' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'setup' }.data.'postgresql-schema'", notNullValue())
                .body("checks.find { it.name == 'elasticsearch' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"));

        String product = "nopg-" + UUID.randomUUID().toString().substring(0, 8);
        // the topics and index are prepared independently of PostgreSQL (a repeat is stored once)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> topics.produce(List.of("{\"product\":\"" + product + "\",\"channel\":\"in_app\","
                + "\"sourceId\":\"1\",\"text\":\"works without the database\"}")));
        FeedbackDocuments documents = FeedbackDocuments.onTestStack();
        await().atMost(Duration.ofSeconds(30)).until(
                () -> documents.count(NAME, "{\"term\":{\"product\":\"" + product + "\"}}") == 1);

        // any user's credentials: none can be checked
        given().auth().preemptive().basic("someone", "some password").get("/api/v1/products").then().statusCode(503)
                .body("error.code", equalTo("accounts_unavailable"));
        given().auth().preemptive().basic("someone", "some password").get("/").then().statusCode(503);
    }
}
