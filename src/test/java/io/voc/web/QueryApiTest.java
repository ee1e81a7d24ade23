package io.voc.web;

import static io.voc.support.JsonNumbers.DOUBLES;
import static io.voc.support.SignedIn.as;
import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.support.FeedbackDocuments;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Queries run on the real Elasticsearch over feedback whose every figure is known: two products of their own
 * (unique names, so other tests' feedback in the shared test index never counts).
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class QueryApiTest {
    private static final String WRITE_ALIAS = "voc-test-feedback-write";
    /** October 5 to 7, whole days. */
    private static final String OCTOBER = "\"period\": {\"from\": \"2026-10-05\", \"to\": \"2026-10-07\"}";

    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    private final FeedbackDocuments documents = FeedbackDocuments.onTestStack();
    private String product;
    private String other;

    @BeforeEach
    void writeFeedback() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        product = "query-" + suffix;
        other = "query-other-" + suffix;
        String yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        documents.writeAll(WRITE_ALIAS, 8, i -> switch (i) {
            case 0 -> feedback(product, i, "The app crashes at login", "2026-10-05T08:00:00Z", "google_play", "eu",
                    "3.9.0", "negative", -0.6, "login").put("rating", 1);
            case 1 -> feedback(product, i, "Crashes when paying", "2026-10-05T09:00:00Z", "google_play", "eu", "3.9.0",
                    "negative", -0.8, "payment").put("rating", 2);
            case 2 -> feedback(product, i, "Love the design", "2026-10-05T10:00:00Z", "app_store", "us", "3.8.0",
                    "positive", 0.6, "design").put("rating", 5);
            case 3 -> feedback(product, i, "Crashes sometimes but support helped", "2026-10-06T10:00:00Z",
                    "google_play", "us", "3.8.0", "neutral", 0.0, null);
            case 4 -> feedback(product, i, "Login crashed twice", "2026-10-06T11:00:00Z", "in_app", "eu", "3.9.0",
                    "negative", -0.4, "login");
            case 5 -> feedback(product, i, "meh", "2026-10-07T12:00:00Z", "in_app", "us", "3.8.0", null, 0, null);
            case 6 -> feedback(other, i, "The app crashes at login", "2026-10-05T08:00:00Z", "google_play", "eu", "1.0",
                    "negative", -0.9, "login");
            // received when it was written: a feedback is never created long after it was received
            default -> feedback(product, i, "Crashes since yesterday", yesterday, "google_play", "eu", "4.0.0",
                    "negative", -0.5, null).put("receivedAt", yesterday);
        });
    }

    @Test
    void filtersAndWordsFindExactlyTheirFeedbackNewestFirst() {
        String definition = "{\"filters\": {\"product\": \"" + product + "\", \"region\": \"eu\"}, " + OCTOBER
                + ", \"text\": \"crash\"}";
        // "crash" finds crashes and crashed (stemmed); the us feedback about crashes is filtered out
        run(asAnalyst(product), definition, null, 1, 2).then().statusCode(200)
                .body("total", equalTo(3)).body("hasMore", equalTo(true))
                .body("rows.id", contains(id(4), id(1)))
                .body("rows[0].text", equalTo("Login crashed twice"))
                .body("rows[0].nlp.sentiment.label", equalTo("negative"));
        run(asAnalyst(product), definition, null, 2, 2).then().statusCode(200)
                .body("rows.id", contains(id(0))).body("hasMore", equalTo(false));
    }

    @Test
    void ratingsNarrowToTheStarsAsked() {
        run(asAdmin(), "{\"filters\": {\"product\": \"" + product + "\", \"maxRating\": 2}, " + OCTOBER + "}", null,
                null, null).then().statusCode(200).body("total", equalTo(2)).body("rows.id", contains(id(1), id(0)));
        run(asAdmin(), "{\"filters\": {\"product\": \"" + product + "\", \"minRating\": 2}, " + OCTOBER + "}", null,
                null, null).then().statusCode(200).body("rows.id", contains(id(2), id(1)));
    }

    @Test
    void countByChannel() {
        run(asAdmin(), "{\"filters\": {\"product\": \"" + product + "\"}, " + OCTOBER
                + ", \"aggregation\": {\"metric\": \"count\", \"groupBy\": \"channel\"}}", null, null, null)
                .then().statusCode(200)
                .body("metric", equalTo("count")).body("groupBy", equalTo("channel")).body("total", equalTo(6))
                .body("buckets.key", contains("google_play", "in_app", "app_store"))
                .body("buckets.count", contains(3, 2, 1)).body("buckets.value", contains(3, 2, 1));
    }

    @Test
    void shareNegativeByDay() {
        run(asAdmin().config(DOUBLES), "{\"filters\": {\"product\": \"" + product + "\"}, " + OCTOBER
                + ", \"aggregation\": {\"metric\": \"share_negative\", \"interval\": \"day\"}}", null, null, null)
                .then().statusCode(200)
                .body("buckets", hasSize(3))
                .body("buckets.start", contains("2026-10-05T00:00:00Z", "2026-10-06T00:00:00Z", "2026-10-07T00:00:00Z"))
                .body("buckets.count", contains(3, 2, 1))
                .body("buckets[0].value", closeTo(0.667, 1e-9)).body("buckets[1].value", closeTo(0.5, 1e-9))
                // the 7th holds one feedback not analysed yet: no share rather than 0
                .body("buckets[2].value", nullValue()).body("buckets[2].key", nullValue());
    }

    @Test
    void averageSentimentByAppVersion() {
        run(asAdmin().config(DOUBLES), "{\"filters\": {\"product\": \"" + product + "\"}, " + OCTOBER
                + ", \"aggregation\": {\"metric\": \"avg_sentiment\", \"groupBy\": \"appVersion\"}}", null, null, null)
                .then().statusCode(200)
                .body("buckets", hasSize(2))
                .body("buckets.find { it.key == '3.9.0' }.count", equalTo(3))
                .body("buckets.find { it.key == '3.9.0' }.value", closeTo(-0.6, 1e-3))
                // the unanalysed one is counted, but only the two analysed are averaged
                .body("buckets.find { it.key == '3.8.0' }.count", equalTo(3))
                .body("buckets.find { it.key == '3.8.0' }.value", closeTo(0.3, 1e-3));
    }

    @Test
    void aspectsCountTheFeedbackMentioningThem() {
        run(asAdmin(), "{\"filters\": {\"product\": \"" + product + "\"}, " + OCTOBER
                + ", \"aggregation\": {\"metric\": \"count\", \"groupBy\": \"aspect\", \"size\": 2}}", null, null, null)
                .then().statusCode(200)
                .body("buckets", hasSize(2)).body("buckets[0].key", equalTo("login")).body("buckets[0].count", equalTo(2));
    }

    @Test
    void parametersFillTheDefinitionAtRunTime() {
        String definition = "{\"filters\": {\"product\": \"{{product}}\", \"appVersion\": \"{{version}}\"}, " + OCTOBER
                + ", \"aggregation\": {\"metric\": \"count\"}}";
        run(asAdmin(), definition, "{\"product\": \"" + product + "\", \"version\": \"3.9.0\"}", null, null).then()
                .statusCode(200).body("total", equalTo(3))
                .body("buckets", hasSize(1)).body("buckets[0].count", equalTo(3)).body("buckets[0].key", nullValue());
        run(asAdmin(), definition, "{\"product\": \"" + other + "\", \"version\": \"1.0\"}", null, null).then()
                .statusCode(200).body("buckets[0].count", equalTo(1));
    }

    @Test
    void aRelativePeriodEndsNow() {
        run(asAdmin(), "{\"filters\": {\"product\": \"" + product + "\"}, \"period\": {\"last\": \"7d\"}}", null, null,
                null).then().statusCode(200).body("total", equalTo(1)).body("rows.id", contains(id(7)));
    }

    @Test
    void aCallerSeesOnlyTheirProducts() {
        RequestSpecification analyst = asAnalyst(product);
        run(analyst, "{" + OCTOBER + ", \"aggregation\": {\"metric\": \"count\", \"groupBy\": \"product\"}}", null,
                null, null).then().statusCode(200)
                .body("buckets.key", contains(product)).body("buckets.count", contains(6));
        run(asAnalyst(product), "{\"filters\": {\"product\": \"" + other + "\"}}", null, null, null).then()
                .statusCode(403).body("error.code", equalTo("forbidden"));
        run(asAnalyst(product), "{\"filters\": {\"product\": \"{{product}}\"}}", "{\"product\": \"" + other + "\"}",
                null, null).then().statusCode(403);
        run(asAnalyst(product), "{\"filters\": {\"products\": [\"" + product + "\", \"" + other + "\"]}}", null, null,
                null).then().statusCode(403);
    }

    @Test
    void viewersMayNotRunQueries() {
        String viewer = SignedIn.newUser(users, hasher, "query-viewer", Role.VIEWER, ProductScope.allProducts());
        run(as(viewer), "{}", null, null, null).then().statusCode(403);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown field      | {"definition": {"filterz": {}}}                                          | definition.filterz             | unknown_field
            unknown nested     | {"definition": {"filters": {"appVersionz": "1"}}}                        | definition.filters.appVersionz | unknown_field
            bad date           | {"definition": {"period": {"from": "2026-13-01"}}}                       | definition.period.from         | invalid_field
            bad relative       | {"definition": {"period": {"last": "7 days"}}}                           | definition.period.last         | invalid_field
            unknown metric     | {"definition": {"aggregation": {"metric": "median"}}}                    | definition.aggregation.metric  | invalid_field
            unknown channel    | {"definition": {"filters": {"channel": "fax"}}}                          | definition.filters.channel     | invalid_field
            missing parameter  | {"definition": {"filters": {"product": "{{product}}"}}, "parameters": {}} | parameters.product             | invalid_field
            bad parameter      | {"definition": {"filters": {"channel": "{{c}}"}}, "parameters": {"c": "fax"}} | parameters.c              | invalid_field
            no definition      | {"parameters": {}}                                                       | definition                     | invalid_field
            size too large     | {"definition": {}, "size": 500}                                          | size                           | invalid_field
            """)
    void aBadBodyIsRefusedNamingTheField(String caseName, String body, String field, String code) {
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/queries/run").then().statusCode(400)
                .body("error.code", equalTo(code)).body("error.field", equalTo(field))
                .body("error.message", containsString(field.substring(field.lastIndexOf('.') + 1)));
    }

    /**
     * A saved query with a parameter, shared with analysts: the owner runs it for either product; another
     * analyst runs the same question over their own products only; a private one is not there for them.
     */
    @Test
    void aSavedQueryRunsWithItsParametersOverTheRunnersProducts() {
        String owner = SignedIn.newUser(users, hasher, "query-owner", Role.ANALYST,
                ProductScope.only(Set.of(new ProductKey(product), new ProductKey(other))));
        String definition = "{\"filters\": {\"product\": \"{{product}}\"}, " + OCTOBER
                + ", \"aggregation\": {\"metric\": \"count\", \"groupBy\": \"region\"}}";
        String id = as(owner).contentType(ContentType.JSON)
                .body("{\"name\": \"By region\", \"definition\": " + definition
                        + ", \"sharing\": {\"roles\": [\"analyst\"]}}")
                .post("/api/v1/queries").then().statusCode(201).extract().path("id");
        String runs = "/api/v1/queries/" + id + "/run";

        as(owner).contentType(ContentType.JSON).body(Map.of("parameters", Map.of("product", product))).post(runs)
                .then().statusCode(200).body("total", equalTo(6))
                .body("buckets.key", contains("eu", "us")).body("buckets.count", contains(3, 3));
        as(owner).contentType(ContentType.JSON).body(Map.of("parameters", Map.of("product", other))).post(runs)
                .then().statusCode(200).body("total", equalTo(1)).body("buckets.key", contains("eu"));
        as(owner).contentType(ContentType.JSON).body(Map.of()).post(runs).then().statusCode(400)
                .body("error.field", equalTo("parameters.product"));

        // shared: another analyst runs the question, over their products only
        RequestSpecification colleague = asAnalyst(other);
        colleague.contentType(ContentType.JSON).body(Map.of("parameters", Map.of("product", other))).post(runs)
                .then().statusCode(200).body("total", equalTo(1));
        asAnalyst(other).contentType(ContentType.JSON).body(Map.of("parameters", Map.of("product", product)))
                .post(runs).then().statusCode(403);

        // private again: not there for them
        as(owner).contentType(ContentType.JSON).body(Map.of("roles", List.of(), "users", List.of()))
                .put("/api/v1/queries/" + id + "/sharing").then().statusCode(200);
        asAnalyst(other).contentType(ContentType.JSON).body(Map.of("parameters", Map.of("product", other)))
                .post(runs).then().statusCode(404);
    }

    /** The same from the saved query's page: a field per parameter, the answer as a table, pages as links. */
    @Test
    void aSavedQueryRunsFromItsPageWithTheValuesTyped() {
        String owner = SignedIn.newUser(users, hasher, "query-owner", Role.ANALYST,
                ProductScope.only(Set.of(new ProductKey(product), new ProductKey(other))));
        String byRegion = save(owner, "By region", "{\"filters\": {\"product\": \"{{product}}\"}, " + OCTOBER
                + ", \"aggregation\": {\"metric\": \"count\", \"groupBy\": \"region\"}}");
        as(owner).get("/queries/" + byRegion).then().statusCode(200)
                .body(containsString("name=\"parameters.product\"")).body(containsString("Run with these values"));
        as(owner).get("/queries/" + byRegion + "/run?parameters.product=" + product).then().statusCode(200)
                .body(containsString("6 feedback match."))
                .body(containsString("<td>eu</td>")).body(containsString("<td class=\"number\">3</td>"))
                .body(containsString("value=\"" + product + "\""));
        as(owner).get("/queries/" + byRegion + "/run").then().statusCode(400)
                .body(containsString("Parameter &#39;product&#39; is missing"));

        String rows = save(owner, "Crashes", "{\"filters\": {\"product\": \"" + product + "\"}, " + OCTOBER
                + ", \"text\": \"crash\"}");
        as(owner).get("/queries/" + rows + "/run").then().statusCode(200)
                .body(containsString("4 feedback match, newest first."))
                .body(containsString("Login crashed twice")).body(not(containsString("Love the design")));
        as(owner).get("/queries/" + rows).then().statusCode(200).body(containsString("Run now"));
        asAnalyst(product).get("/queries/" + rows + "/run").then().statusCode(404); // private: not there for others
    }

    private String save(String owner, String name, String definition) {
        return as(owner).contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"definition\": " + definition + "}")
                .post("/api/v1/queries").then().statusCode(201).extract().path("id");
    }

    private io.restassured.response.Response run(RequestSpecification as, String definition, String parameters,
            Integer page, Integer size) {
        String body = "{\"definition\": " + definition + (parameters == null ? "" : ", \"parameters\": " + parameters)
                + (page == null ? "" : ", \"page\": " + page) + (size == null ? "" : ", \"size\": " + size) + "}";
        return as.contentType(ContentType.JSON).body(body).post("/api/v1/queries/run");
    }

    private RequestSpecification asAnalyst(String onlyProduct) {
        return as(SignedIn.newUser(users, hasher, "query-analyst", Role.ANALYST,
                ProductScope.only(Set.of(new ProductKey(onlyProduct)))));
    }

    private String id(int i) {
        return FeedbackDocuments.id(product, i);
    }

    private ObjectNode feedback(String of, int i, String text, String createdAt, String channel, String region,
            String version, String label, double score, String aspect) {
        ObjectNode doc = documents.document(of, i, text).put("createdAt", createdAt).put("channel", channel)
                .put("region", region).put("appVersion", version);
        if (label != null) {
            ObjectNode nlp = doc.putObject("nlp").put("language", "en").put("nlpVersion", "test")
                    .put("enrichedAt", "2026-10-08T00:00:00Z");
            nlp.putObject("sentiment").put("label", label).put("score", score);
            if (aspect != null) {
                nlp.putArray("aspects").addObject().put("term", aspect).putObject("sentiment").put("label", label)
                        .put("score", score);
            }
        }
        return doc;
    }
}
