package io.voc.warehouse;

import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.support.FeedbackDocuments;
import io.voc.support.OwnWarehouse;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Saved queries written in HiveQL, run against the test stack's real HiveServer2 over feedback the export put
 * there: they count what the Elasticsearch query counts, see only the runner's products, export as CSV, stop at
 * their timeout and when cancelled, and are refused clearly when Hive cannot run them. Shares the app (and its
 * own Hive database) with the other warehouse tests ({@link OwnWarehouse}).
 */
@QuarkusTest
@TestProfile(OwnWarehouse.Profile.class)
@QuarkusTestResource(TestStack.class)
class HiveQlQueryTest {
    private static final FeedbackDocuments DOCUMENTS = FeedbackDocuments.onTestStack();
    // days no other warehouse test writes: their partitions hold only what this test wrote
    private static final LocalDate FIRST = LocalDate.of(2026, 8, 3);
    private static final LocalDate SECOND = FIRST.plusDays(1);
    private static final String PRODUCT = "hq-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String OTHER = "hq-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String COUNT_BY_DAY = "SELECT dt, count(*) AS feedback FROM feedback WHERE product = "
            + "{{product}} AND dt BETWEEN '" + FIRST + "' AND '" + SECOND + "' GROUP BY dt ORDER BY dt";

    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    private static boolean exported;

    /** Once, in the first test (RestAssured knows the app's port only in a test). */
    @BeforeEach
    void exportTwoDays() throws Exception {
        if (exported) {
            return;
        }
        write(PRODUCT, 0, 12, FIRST);
        write(PRODUCT, 100, 17, SECOND);
        write(OTHER, 200, 3, FIRST);
        String id = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("from", FIRST.toString(), "to", SECOND.toString()))
                .post("/api/v1/admin/warehouse/exports").then().statusCode(202).extract().path("id");
        Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            String status = asAdmin().get("/api/v1/admin/warehouse/exports/" + id).then().extract().path("status");
            assertTrue(!status.equals("FAILED") && !status.equals("CANCELLED"), status);
            return status.equals("DONE");
        });
        exported = true;
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        OwnWarehouse.dropDatabase();
    }

    @Test
    void aHiveQlSavedQueryCountsWhatTheElasticsearchQueryCountsAndExportsItAsCsv() {
        String search = save("feedback a day (search)", Map.of("filters", Map.of("product", "{{product}}"),
                "period", Map.of("from", FIRST.toString(), "to", SECOND.toString()),
                "aggregation", Map.of("metric", "count", "interval", "day")));
        String hive = save("feedback a day (warehouse)", Map.of("hiveql", COUNT_BY_DAY));

        JsonPath searched = run(search).then().statusCode(200).extract().jsonPath();
        Map<String, Long> bySearch = new TreeMap<>();
        List<Map<String, Object>> buckets = searched.getList("buckets");
        buckets.forEach(b -> bySearch.put(b.get("start").toString().substring(0, 10),
                ((Number) b.get("count")).longValue()));

        JsonPath warehoused = run(hive).then().statusCode(200).body("columns", equalTo(List.of("dt", "feedback")))
                .body("hasMore", equalTo(false)).extract().jsonPath();
        Map<String, Long> byWarehouse = new TreeMap<>();
        List<List<Object>> rows = warehoused.getList("rows");
        rows.forEach(r -> byWarehouse.put((String) r.get(0), ((Number) r.get(1)).longValue()));

        assertEquals(Map.of(FIRST.toString(), 12L, SECOND.toString(), 17L), bySearch);
        assertEquals(bySearch, byWarehouse);

        // the export streams the same rows as a spreadsheet reads them
        String csv = new String(asAdmin().queryParam("format", "csv").queryParam("parameters.product", PRODUCT)
                .get("/api/v1/queries/" + hive + "/export").then().statusCode(200)
                .header("Content-Disposition", containsString(".csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals("\uFEFFdt,feedback\r\n" + FIRST + ",12\r\n" + SECOND + ",17\r\n", csv);
    }

    @Test
    void aHiveQlQuerySeesOnlyTheRunnersProducts() {
        // a plain scan of two partitions: Hive answers it without a MapReduce job
        String listing = "SELECT product, id FROM feedback WHERE dt BETWEEN '" + FIRST + "' AND '" + SECOND + "'"
                + " AND product IN ({{mine}}, {{theirs}})";
        Map<String, String> both = Map.of("mine", OTHER, "theirs", PRODUCT);
        String analyst = SignedIn.newUser(users, hasher, "hive-analyst", Role.ANALYST,
                ProductScope.only(Set.of(new ProductKey(OTHER))));

        List<String> products = SignedIn.as(analyst).contentType(ContentType.JSON)
                .body(Map.of("definition", Map.of("hiveql", listing), "parameters", both, "size", 100))
                .post("/api/v1/queries/run").then().statusCode(200).extract().jsonPath().getList("rows.collect { it[0] }");
        assertEquals(List.of(OTHER, OTHER, OTHER), products, "only the three feedback of the analyst's product");

        // everything, paged: 12 + 17 + 3 rows, 20 a page
        Response firstPage = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("definition", Map.of("hiveql", listing), "parameters", both, "size", 20))
                .post("/api/v1/queries/run");
        firstPage.then().statusCode(200).body("rows.size()", equalTo(20)).body("hasMore", equalTo(true));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("definition", Map.of("hiveql", listing), "parameters", both, "size", 20, "page", 2))
                .post("/api/v1/queries/run").then().statusCode(200).body("rows.size()", equalTo(12))
                .body("hasMore", equalTo(false));

        // written on the saved queries page, and run on its own page as a table of its columns
        SignedIn.Browser browser = SignedIn.signInWithForm(analyst, SignedIn.PASSWORD);
        browser.request().get("/queries").then().statusCode(200).body(containsString("New query in HiveQL"));
        browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "name", "sneaky",
                "hiveql", "SELECT * FROM default.secrets")).post("/queries/hiveql").then().statusCode(400)
                .body(containsString("only the tables feedback and user_profile"))
                .body(containsString("SELECT * FROM default.secrets"));
        String location = browser.request().formParams(Map.of("_csrf", browser.csrfToken(),
                "name", "what was written " + UUID.randomUUID(), "hiveql", listing)).post("/queries/hiveql").then()
                .statusCode(303).extract().header("Location");
        String page = java.net.URI.create(location).getPath();
        browser.request().queryParam("parameters.mine", OTHER).queryParam("parameters.theirs", PRODUCT)
                .get(page + "/run").then().statusCode(200)
                .body(containsString("<th>product</th>")).body(containsString("<th>id</th>"))
                .body(containsString(FeedbackDocuments.id(OTHER, 200)))
                .body(org.hamcrest.Matchers.not(containsString(FeedbackDocuments.id(PRODUCT, 0))))
                .body(org.hamcrest.Matchers.not(containsString("rel=\"next\"")));
        browser.request().queryParam("parameters.mine", OTHER).queryParam("parameters.theirs", PRODUCT)
                .queryParam("page", 2).get(page + "/run").then().statusCode(200)
                .body(containsString("The query answered no rows.")).body(containsString("rel=\"prev\""));
    }

    @Test
    void aRunStopsAtItsTimeoutAndWhenItIsCancelled() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("definition", Map.of("hiveql", COUNT_BY_DAY), "parameters", Map.of("product", PRODUCT),
                        "timeoutSeconds", 1))
                .post("/api/v1/queries/run").then().statusCode(504)
                .body("error.code", equalTo("query_timed_out")).body("error.message", containsString("1 s"));

        // an export too, before any byte of the file
        String saved = save("slow export", Map.of("hiveql", COUNT_BY_DAY));
        asAdmin().queryParam("format", "csv").queryParam("parameters.product", PRODUCT).queryParam("timeoutSeconds", 1)
                .get("/api/v1/queries/" + saved + "/export").then().statusCode(504)
                .body("error.code", equalTo("query_timed_out"));

        String runId = UUID.randomUUID().toString();
        CompletableFuture<Response> running = CompletableFuture.supplyAsync(() -> asAdmin().contentType(ContentType.JSON)
                .body(Map.of("definition", Map.of("hiveql", COUNT_BY_DAY), "parameters", Map.of("product", PRODUCT),
                        "runId", runId))
                .post("/api/v1/queries/run"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> asAdmin().get("/api/v1/queries/runs").then().statusCode(200).extract().jsonPath()
                        .getList("items.runId").contains(runId));
        asAdmin().post("/api/v1/queries/runs/" + runId + "/cancel").then().statusCode(204);

        running.join().then().statusCode(409).body("error.code", equalTo("query_cancelled"));
        asAdmin().get("/api/v1/queries/runs").then().body("items.runId", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem(runId)));
        asAdmin().post("/api/v1/queries/runs/" + runId + "/cancel").then().statusCode(404);
    }

    @Test
    void hiveQlThatCannotRunIsRefusedSayingWhy() {
        // another table: refused when saved, before Hive sees it
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "sneaky", "definition", Map.of("hiveql", "SELECT * FROM default.secrets")))
                .post("/api/v1/queries").then().statusCode(400).body("error.field", equalTo("definition.hiveql"))
                .body("error.message", containsString("only the tables feedback and user_profile"));
        // HiveQL beside filters: one or the other
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("definition", Map.of("hiveql", "SELECT 1 FROM feedback", "text", "login")))
                .post("/api/v1/queries/run").then().statusCode(400).body("error.field", equalTo("definition.hiveql"));
        // a column Hive does not know: Hive's own words
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("definition", Map.of("hiveql", "SELECT no_such_column FROM feedback")))
                .post("/api/v1/queries/run").then().statusCode(400).body("error.field", equalTo("definition.hiveql"))
                .body("error.message", startsWith("Hive refused the query")).body("error.message",
                        containsString("no_such_column"));
        // a parameter left out
        asAdmin().contentType(ContentType.JSON).body(Map.of("definition", Map.of("hiveql", COUNT_BY_DAY)))
                .post("/api/v1/queries/run").then().statusCode(400).body("error.field", equalTo("parameters.product"));
        // alerts measure typed queries
        String saved = save("not schedulable", Map.of("hiveql", "SELECT count(*) FROM feedback"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("schedule", Map.of("cron", "0 9 * * *"),
                "condition", Map.of("metric", "count", "op", ">", "value", 10))).post("/api/v1/queries/" + saved + "/schedules").then().statusCode(400)
                .body("error.field", equalTo("definition.hiveql"));
    }

    private static String save(String name, Map<String, Object> definition) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("name", name + " " + UUID.randomUUID(),
                "definition", definition)).post("/api/v1/queries").then().statusCode(201).extract().path("id");
    }

    private static Response run(String savedQuery) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("parameters", Map.of("product", PRODUCT)))
                .post("/api/v1/queries/" + savedQuery + "/run");
    }

    private static void write(String product, int first, int count, LocalDate day) throws Exception {
        DOCUMENTS.writeAll(OwnWarehouse.INDEX + "-write", count, i -> {
            int n = first + i;
            String at = day + String.format("T%02d:%02d:00Z", n % 24, n % 60);
            ObjectNode document = DOCUMENTS.document(product, n, FeedbackDocuments.TEXTS.get(n % 6) + " #" + n)
                    .put("createdAt", at).put("receivedAt", at);
            document.putObject("nlp").put("language", "en").put("nlpVersion", "test-1").put("enrichedAt", at);
            return document;
        });
    }
}
