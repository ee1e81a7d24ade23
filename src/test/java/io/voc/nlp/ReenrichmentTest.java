package io.voc.nlp;

import static io.voc.support.SignedIn.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.voc.nlp.application.NlpEngine;
import io.voc.support.FeedbackDocuments;
import io.voc.support.OwnNlpPipeline;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Re-enrichment through the admin API on the real servers: an "outdated" job brings exactly the documents
 * not analysed by the current model to its version, cancel stops a job, and bad requests say which field.
 */
@QuarkusTest
@TestProfile(OwnNlpPipeline.Profile.class)
@QuarkusTestResource(TestStack.class)
class ReenrichmentTest {
    /** The app's index: the documents written here are of this test's own products, so the counts are its own. */
    static final String PREFIX = OwnNlpPipeline.NAME;
    private static final String API = "/api/v1/admin/nlp/reenrichment";

    @Inject
    NlpEngine engine;

    private final FeedbackDocuments documents = FeedbackDocuments.onTestStack();

    @BeforeEach
    void indicesAreReady() {
        await().atMost(Duration.ofSeconds(60)).until(() -> documents.aliasExists(PREFIX + "-write"));
    }

    @Test
    void anOutdatedJobBringsEveryDocumentToTheCurrentModel() throws Exception {
        String product = "reenrich-" + UUID.randomUUID().toString().substring(0, 8);
        String current = engine.version();
        documents.write(PREFIX + "-write", product, 200, "0.old", "2020-01-01T00:00:00Z");
        documents.write(PREFIX + "-write", product + "-none", 100, null, null); // never analysed
        documents.write(PREFIX + "-write", product + "-current", 50, current, "2020-01-01T00:00:00Z");

        // one job per product here; "outdated" on a product whose documents are current has nothing to do
        String old = start("{\"scope\":\"outdated\",\"product\":\"" + product + "\"}");
        String none = start("{\"product\":\"" + product + "-none\"}"); // outdated is the default
        String upToDate = start("{\"scope\":\"outdated\",\"product\":\"" + product + "-current\"}");

        JsonPath first = awaitStatus(old, "DONE");
        assertEquals(200, first.getLong("total"));
        assertEquals(200, first.getLong("done"));
        assertEquals(100.0, first.getDouble("percent"));
        assertEquals(current, first.getString("targetVersion"));
        assertEquals(100, awaitStatus(none, "DONE").getLong("done"));
        JsonPath nothing = awaitStatus(upToDate, "DONE");
        assertEquals(0, nothing.getLong("total"));
        assertEquals(100.0, nothing.getDouble("percent"));

        String atCurrent = "{\"term\":{\"nlp.nlpVersion\":\"" + current + "\"}}";
        assertEquals(200, documents.count(PREFIX, and(product, atCurrent)));
        assertEquals(100, documents.count(PREFIX, and(product + "-none", atCurrent)));
        // the documents already at the current version were left alone
        assertEquals(50, documents.count(PREFIX, and(product + "-current",
                "{\"term\":{\"nlp.enrichedAt\":\"2020-01-01T00:00:00Z\"}}")));

        // and the analyses say what the texts say
        JsonNode crash = documents.first(PREFIX, and(product, "{\"match_phrase\":{\"text\":\"keeps crashing\"}}"));
        assertEquals("en", crash.path("nlp").path("language").asText());
        assertEquals("negative", crash.path("nlp").path("sentiment").path("label").asText(), crash.toString());
        JsonNode love = documents.first(PREFIX, and(product, "{\"match_phrase\":{\"text\":\"love the new design\"}}"));
        assertEquals("positive", love.path("nlp").path("sentiment").path("label").asText(), love.toString());
        assertTrue(love.path("nlp").path("enrichedAt").asText().startsWith("20"), love.toString());
        assertTrue(!love.path("nlp").path("enrichedAt").asText().startsWith("2020-01-01"), love.toString());

        asAdmin().get(API).then().statusCode(200).body("id", org.hamcrest.Matchers.hasItems(old, none, upToDate));
    }

    @Test
    void aCancelledJobStopsAndStaysStopped() throws Exception {
        String product = "cancel-" + UUID.randomUUID().toString().substring(0, 8);
        documents.write(PREFIX + "-write", product, 3_000, "0.old", "2020-01-01T00:00:00Z");

        String id = start("{\"scope\":\"all\",\"product\":\"" + product + "\"}");
        asAdmin().post(API + "/" + id + "/cancel").then().statusCode(200)
                .body("status", oneOf("CANCELLING", "CANCELLED"));

        JsonPath cancelled = awaitStatus(id, "CANCELLED");
        assertTrue(cancelled.getLong("done") < 3_000, "stopped before the end: " + cancelled.prettify());
        Thread.sleep(3_000); // a job that went on would show more documents by now
        asAdmin().get(API + "/" + id).then().body("done", equalTo(cancelled.getInt("done")));
        assertTrue(documents.count(PREFIX, and(product, "{\"term\":{\"nlp.nlpVersion\":\"0.old\"}}")) > 0);

        asAdmin().post(API + "/" + id + "/cancel").then().statusCode(409)
                .body("error.code", equalTo("job_finished"))
                .body("error.message", containsString("already CANCELLED"));
    }

    @Test
    void badRequestsNameTheField() {
        asAdmin().contentType(ContentType.JSON).body("{\"scope\":\"everything\"}").post(API).then().statusCode(400)
                .body("error.field", equalTo("scope"))
                .body("error.message", containsString("'outdated'"));
        asAdmin().contentType(ContentType.JSON).body("{\"product\":\"Not a product!\"}").post(API).then().statusCode(400)
                .body("error.field", equalTo("product"));
        asAdmin().contentType(ContentType.JSON).body("{\"scop\":\"all\"}").post(API).then().statusCode(400)
                .body("error.code", equalTo("unknown_field"))
                .body("error.field", equalTo("scop"));
        asAdmin().queryParam("limit", 0).get(API).then().statusCode(400).body("error.field", equalTo("limit"));
        asAdmin().get(API + "/" + UUID.randomUUID()).then().statusCode(404).body("error.code", equalTo("not_found"));
        asAdmin().get(API + "/not-a-job").then().statusCode(404);
    }

    @Test
    void theAdminPageStartsAndListsJobs() {
        String product = "page-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().contentType(ContentType.URLENC).formParam("scope", "all").formParam("product", product)
                .redirects().follow(false)
                .post("/admin/reenrichment").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/admin/reenrichment"));
        asAdmin().get("/admin/reenrichment").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("product " + product))
                .body(org.hamcrest.Matchers.not(containsString("<script")));
        asAdmin().contentType(ContentType.URLENC).formParam("scope", "some").post("/admin/reenrichment").then()
                .statusCode(400).body(containsString("scope must be"));
    }

    private static String start(String body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post(API).then().statusCode(202)
                .body("status", equalTo("QUEUED"))
                .header("Location", containsString(API + "/"))
                .extract().path("id");
    }

    private static JsonPath awaitStatus(String id, String status) {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300))
                .until(() -> asAdmin().get(API + "/" + id).then().statusCode(200).extract().jsonPath(),
                        json -> status.equals(json.getString("status")));
    }

    private static String and(String product, String query) {
        return "{\"bool\":{\"filter\":[{\"term\":{\"product\":\"" + product + "\"}}," + query + "]}}";
    }
}
