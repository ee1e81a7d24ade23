package io.voc.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.voc.support.OwnPipeline;
import io.voc.support.TestStack;
import io.voc.web.FeedbackRoundTripTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With PostgreSQL unreachable the app still starts, says so on its health page, and keeps taking and
 * serving feedback (the pipeline does not depend on PostgreSQL).
 */
@QuarkusTest
@TestProfile(StartsWithoutPostgresTest.PostgresAway.class)
@QuarkusTestResource(TestStack.class)
class StartsWithoutPostgresTest {

    public static class PostgresAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // port 9 (discard) has no PostgreSQL behind it: connections are refused at once
            return OwnPipeline.named("voc-test-nopg", Map.of(
                    "quarkus.datasource.reactive.url", "postgresql://127.0.0.1:9/voc_test",
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/voc_test"));
        }
    }

    @Test
    void healthNamesPostgresAndTheMissingSchemaWhileFeedbackStillFlows() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'postgresql' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'setup' }.data.'postgresql-schema'", notNullValue())
                .body("checks.find { it.name == 'elasticsearch' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"));

        String product = "nopg-" + UUID.randomUUID().toString().substring(0, 8);
        // the topics and index are prepared independently of PostgreSQL
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> given()
                .contentType("application/json")
                .body(Map.of("product", product, "channel", "in_app", "text", "works without the database"))
                .post("/api/v1/feedback").then().statusCode(202));
        FeedbackRoundTripTest.awaitSearch(Map.of("product", product), 1);

        given().get("/api/v1/products").then().statusCode(503)
                .body("error.code", equalTo("catalog_unavailable"));
        given().get("/").then().statusCode(200);
    }
}
