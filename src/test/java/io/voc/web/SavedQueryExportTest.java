package io.voc.web;

import static io.voc.support.SignedIn.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.support.FeedbackDocuments;
import io.voc.support.OwnExportIndex;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A saved query's export, as an analyst downloads it: the file holds exactly what the query matches - its
 * words, its rating bounds, the parameters given now, and only the runner's products - as JSON Lines or CSV,
 * with an aggregation's buckets one per row; bad requests are refused naming the culprit before any byte.
 */
@QuarkusTest
@TestProfile(OwnExportIndex.Profile.class)
@QuarkusTestResource(TestStack.class)
class SavedQueryExportTest extends ExportTestBase {
    /** 60 feedback a product: the six texts of {@code FeedbackDocuments} ten times each, on days 1 to 28. */
    private static final int PER_PRODUCT = 60;
    private static final List<String> TEXTS = FeedbackDocuments.TEXTS;
    /** Each text's rating: "crashing" and "charged twice" 1, "login" 2, "love" 5. */
    private static final List<Integer> RATINGS = List.of(1, 5, 1, 2, 5, 4);

    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String mine = "exq-a-" + suffix;
    private final String theirs = "exq-b-" + suffix;
    private String alice;

    @BeforeEach
    void twoProductsAndAnAnalystOfBoth() throws Exception {
        for (String product : List.of(mine, theirs)) {
            DOCUMENTS.writeAll(WRITE_ALIAS, PER_PRODUCT, i -> createdOn(DOCUMENTS.document(product, i,
                    TEXTS.get(i % TEXTS.size()) + " (review " + i + ")"), 1 + i % 28)
                    .put("rating", RATINGS.get(i % TEXTS.size()))
                    .put("channel", i % 3 == 0 ? "google_play" : "app_store"));
        }
        alice = user("alice", Role.ANALYST, Set.of(mine, theirs));
    }


    @Test
    void theFileHoldsWhatTheQueryMatchesWithTheParametersGivenNow() throws Exception {
        String id = save(alice, Map.of("filters", Map.of("product", "{{product}}", "maxRating", 2),
                "text", "{{words}}"));

        Response login = export(alice, id, "jsonl", Map.of("parameters.product", mine, "parameters.words", "login"));
        login.then().statusCode(200).contentType(startsWith("application/x-ndjson"))
                .header("X-Total-Count", "10")
                .header("Content-Disposition", matchesPattern("attachment; filename=\"voc-query-\\d{8}-\\d{6}\\.jsonl\""));
        List<JsonNode> rows = jsonLines(login);
        assertEquals(10, rows.size());
        for (JsonNode row : rows) {
            assertEquals(mine, row.path("product").asText());
            assertTrue(row.path("text").asText().startsWith("Login takes forever"), row.toString());
            assertEquals(2, row.path("rating").asInt());
        }
        assertNewestFirst(rows);

        // the same query, other words: other feedback (charged twice: rated 1, within the bound)
        List<JsonNode> charged = jsonLines(export(alice, id, "jsonl",
                Map.of("parameters.product", theirs, "parameters.words", "charged")));
        assertEquals(10, charged.size());
        assertTrue(charged.stream().allMatch(r -> r.path("product").asText().equals(theirs)
                && r.path("text").asText().startsWith("I was charged twice")));
        // "love" is rated 5: beyond maxRating, so the file is empty, not the search's answer
        assertEquals(List.of(), jsonLines(export(alice, id, "jsonl",
                Map.of("parameters.product", mine, "parameters.words", "love"))));
        // and limit cuts the file, not the count
        Response three = export(alice, id, "jsonl", Map.of("parameters.product", mine, "parameters.words", "login",
                "limit", "3"));
        three.then().header("X-Total-Count", "10");
        assertEquals(3, jsonLines(three).size());
    }

    @Test
    void aSharedQueryExportsOnlyTheRunnersProductsAsCsv() throws Exception {
        String id = save(alice, Map.of("filters", Map.of("minRating", 1, "maxRating", 1), "text", "crashing"));
        String bob = user("bob", Role.ANALYST, Set.of(mine));
        as(alice).contentType(ContentType.JSON).body(Map.of("users", List.of(bob)))
                .put("/api/v1/queries/" + id + "/sharing").then().statusCode(200);

        Response ofAlice = export(alice, id, "csv", Map.of());
        ofAlice.then().contentType(startsWith("text/csv")).header("X-Total-Count", "20")
                .header("Content-Disposition", matchesPattern("attachment; filename=\"voc-query-\\d{8}-\\d{6}\\.csv\""));
        List<CSVRecord> all = csvRows(ofAlice);
        assertEquals(Set.of(mine, theirs), all.stream().map(r -> r.get("product")).collect(Collectors.toSet()));
        assertEquals(20, all.size());
        assertEquals(List.of("id", "product", "channel", "sourceId", "createdAt", "rating", "locale", "region",
                "platform", "appVersion", "userId", "text", "attributes", "language", "sentiment", "sentimentScore",
                "intent", "topics"), csvHeader(export(alice, id, "csv", Map.of())), "the search export's columns");

        Response ofBob = export(bob, id, "csv", Map.of());
        ofBob.then().header("X-Total-Count", "10");
        List<CSVRecord> his = csvRows(ofBob);
        assertEquals(10, his.size());
        for (CSVRecord row : his) {
            assertEquals(mine, row.get("product"), "bob may not see " + theirs + ": alice's query does not show it him");
            assertEquals("1", row.get("rating"));
            assertTrue(row.get("text").startsWith("The app keeps crashing"), row.get("text"));
        }
        // ids are each feedback once
        assertEquals(10, new HashSet<>(his.stream().map(r -> r.get("id")).toList()).size());
    }

    @Test
    void anAggregationExportsItsBucketsOnePerRow() throws Exception {
        String id = save(alice, Map.of("filters", Map.of("product", mine),
                "aggregation", Map.of("metric", "count", "groupBy", "channel")));

        Response csv = export(alice, id, "csv", Map.of());
        csv.then().header("X-Total-Count", "2");
        assertEquals(List.of("channel", "count"), csvHeader(csv));
        assertEquals(Map.of("app_store", "40", "google_play", "20"), csvRows(csv).stream()
                .collect(Collectors.toMap(r -> r.get("channel"), r -> r.get("count"))));

        // each bucket as POST .../run shows it
        List<JsonNode> lines = jsonLines(export(alice, id, "jsonl", Map.of()));
        assertEquals("{\"key\":\"app_store\",\"count\":40,\"value\":40}", lines.get(0).toString());
        assertEquals("{\"key\":\"google_play\",\"count\":20,\"value\":20}", lines.get(1).toString());
        assertEquals(2, lines.size());
    }

    @Test
    void badRequestsAreRefusedNamingTheCulpritBeforeAnyByte() {
        String id = save(alice, Map.of("filters", Map.of("product", "{{product}}")));
        refused(Map.of(), id, "format", "format must be one of csv, jsonl");
        refused(Map.of("format", "xlsx"), id, "format", "format must be one of csv, jsonl (got 'xlsx')");
        refused(Map.of("format", "csv", "limit", "0"), id, "limit", "limit must be between 1 and 1000000 (got 0)");
        refused(Map.of("format", "csv"), id, "parameters.product", "parameter 'product' is missing; the query uses "
                + "it in filters.product");
        refused(Map.of("format", "csv", "parameters.product", "Not A Product!"), id, "parameters.product", null);
        refused(Map.of("format", "csv", "product", mine), id, "product", "unknown parameter 'product'; a "
                + "{{parameter}} of the query is given as parameters.product=value");

        // a product outside the runner's: forbidden, as in run; a query one cannot see: not there
        String bob = user("bob", Role.ANALYST, Set.of(mine));
        as(bob).queryParams(Map.of("format", "csv", "parameters.product", theirs))
                .get("/api/v1/queries/" + id + "/export").then().statusCode(404);
        as(alice).contentType(ContentType.JSON).body(Map.of("users", List.of(bob)))
                .put("/api/v1/queries/" + id + "/sharing").then().statusCode(200);
        as(bob).queryParams(Map.of("format", "csv", "parameters.product", theirs))
                .get("/api/v1/queries/" + id + "/export").then().statusCode(403)
                .header("Content-Disposition", nullValue());
        as(bob).queryParams(Map.of("format", "csv", "parameters.product", mine))
                .get("/api/v1/queries/" + id + "/export").then().statusCode(200);
        as(alice).queryParam("format", "csv").get("/api/v1/queries/" + UUID.randomUUID() + "/export").then()
                .statusCode(404).body("error.code", equalTo("not_found"));

        // exports take the query scope: a viewer it is shared with may run it, not download it all
        String viv = user("viv", Role.VIEWER, Set.of(mine));
        as(alice).contentType(ContentType.JSON).body(Map.of("users", List.of(bob, viv)))
                .put("/api/v1/queries/" + id + "/sharing").then().statusCode(200);
        as(viv).queryParams(Map.of("format", "csv", "parameters.product", mine))
                .get("/api/v1/queries/" + id + "/export").then().statusCode(403)
                .body("error.code", equalTo("forbidden"));
    }

    private void refused(Map<String, ?> params, String id, String field, String message) {
        var answer = as(alice).queryParams(params).get("/api/v1/queries/" + id + "/export").then()
                .statusCode(400).contentType(startsWith("application/json"))
                .header("Content-Disposition", nullValue())
                .body("error.field", equalTo(field));
        if (message != null) {
            answer.body("error.message", equalTo(message));
        }
    }

    private static void assertNewestFirst(List<JsonNode> rows) {
        List<String> times = rows.stream().map(r -> r.path("createdAt").asText()).toList();
        assertEquals(times.stream().sorted((a, b) -> b.compareTo(a)).toList(), times, "newest first");
    }

    private static Response export(String user, String id, String format, Map<String, ?> params) {
        return as(user).queryParam("format", format).queryParams(params).get("/api/v1/queries/" + id + "/export");
    }

    private static String save(String owner, Map<String, Object> definition) {
        return as(owner).contentType(ContentType.JSON)
                .body(Map.of("name", "export " + UUID.randomUUID(), "definition", definition))
                .post("/api/v1/queries").then().statusCode(201).extract().path("id");
    }

    private String user(String prefix, Role role, Set<String> products) {
        SignedIn.ensureAdmin();
        return SignedIn.newUser(users, hasher, prefix, role, ProductScope.only(products.stream()
                .map(ProductKey::new).collect(Collectors.toSet())));
    }
}
