package io.voc.web;

import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.voc.support.OwnPipeline;
import io.voc.support.TestStack;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With Elasticsearch unreachable an export - of the Explorer's view or of a saved query - is a 503 in the API's
 * error shape, not an empty or broken file.
 */
@QuarkusTest
@TestProfile(FeedbackExportWithoutElasticsearchTest.ElasticsearchAway.class)
@QuarkusTestResource(TestStack.class)
class FeedbackExportWithoutElasticsearchTest {

    public static class ElasticsearchAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // port 9 (discard) has no Elasticsearch behind it: connections are refused at once
            return OwnPipeline.named("voc-test-export-noes", Map.of("quarkus.elasticsearch.hosts", "127.0.0.1:9"));
        }
    }

    @Test
    void anExportWhileElasticsearchIsAwayIsA503BeforeAnyRow() {
        for (String format : new String[] {"csv", "jsonl"}) {
            asAdmin().queryParam("format", format).queryParam("product", "any")
                    .get("/api/v1/feedback/export").then()
                    .statusCode(503)
                    .contentType(startsWith("application/json"))
                    .header("Content-Disposition", nullValue())
                    .body("error.code", equalTo("search_unavailable"));
        }
    }

    @Test
    void aSavedQueryExportWhileElasticsearchIsAwayIsA503BeforeAnyRow() {
        // saved queries live in PostgreSQL, which is there: the query is found, its feedback cannot be read
        for (Map<String, Object> definition : List.<Map<String, Object>>of(
                Map.of("filters", Map.of("product", "any")),
                Map.of("aggregation", Map.of("metric", "count", "groupBy", "channel")))) {
            String id = asAdmin().contentType(ContentType.JSON).body(Map.of("name", "away " + UUID.randomUUID(),
                    "definition", definition)).post("/api/v1/queries").then().statusCode(201).extract().path("id");
            asAdmin().queryParam("format", "csv").get("/api/v1/queries/" + id + "/export").then()
                    .statusCode(503)
                    .contentType(startsWith("application/json"))
                    .header("Content-Disposition", nullValue())
                    .body("error.code", equalTo("search_unavailable"));
        }
    }
}
