package io.voc.platform;

import static io.restassured.RestAssured.given;
import static io.voc.support.SignedIn.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.voc.support.TestStack;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Readiness reports each dependency on its own, goes DOWN while Elasticsearch is away and comes back
 * UP by itself - the app keeps serving meanwhile. Stops the real test Elasticsearch, then restarts it.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ReadinessTest {

    @Test
    void reportsEachDependencyAndFollowsElasticsearchGoingAwayAndComingBack() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ready(200)
                .body("status", equalTo("UP"))
                .body(check("postgresql"), equalTo("UP"))
                .body(check("elasticsearch"), equalTo("UP"))
                .body(check("kafka"), equalTo("UP"))
                .body(check("setup"), equalTo("UP")));

        TestStack.stack("stop", "elasticsearch");
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ready(503)
                    .body("status", equalTo("DOWN"))
                    .body(check("elasticsearch"), equalTo("DOWN"))
                    .body(data("elasticsearch") + ".error", notNullValue())
                    .body(check("postgresql"), equalTo("UP"))
                    .body(check("kafka"), equalTo("UP")));
            // the dashboard degrades instead of failing
            asAdmin().get("/").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("Search is unavailable right now"));
        } finally {
            TestStack.stack("start", "elasticsearch");
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ready(200)
                .body("status", equalTo("UP"))
                .body(check("elasticsearch"), equalTo("UP")));
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
}
