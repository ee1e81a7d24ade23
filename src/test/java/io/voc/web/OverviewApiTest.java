package io.voc.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.voc.support.SignedIn.as;
import static io.voc.support.SignedIn.asAdmin;
import static io.voc.support.JsonNumbers.DOUBLES;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.restassured.response.ValidatableResponse;
import io.voc.search.application.RollUpFeedbackDays;
import io.voc.support.FeedbackDocuments;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Overview numbers on documents whose every figure is known, on the real Elasticsearch. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class OverviewApiTest {
    private static final String WRITE_ALIAS = "voc-test-feedback-write";
    private static final Map<String, String> OCTOBER = Map.of("from", "2026-10-01", "to", "2026-10-10");

    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;
    @Inject
    RollUpFeedbackDays rollUp;

    private final FeedbackDocuments documents = FeedbackDocuments.onTestStack();
    private String product;
    private String other;

    @BeforeEach
    void writeFeedback() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        product = "overview-" + suffix;
        other = "overview-other-" + suffix;
        // October 1-10 (10 days, as 'to' 2026-10-10 means the whole of that day); before it September 21-30
        documents.writeAll(WRITE_ALIAS, 20, i -> {
            if (i < 6) {
                return analysed(documents.document(product, i, "crashes at login"), "2026-10-05T08:00:00Z", 1,
                        "negative", -0.6, "login", "google_play", "eu", "android", "3.9.0");
            }
            if (i < 10) {
                return analysed(documents.document(product, i, "love the design"), "2026-10-05T09:00:00Z", 5,
                        "positive", 0.5, "design", "app_store", "us", "ios", "3.8.0");
            }
            if (i == 10) { // not analysed yet: counted, but not in sentiment figures
                return documents.document(product, i, "meh").put("createdAt", "2026-10-07T10:00:00Z").put("rating", 3);
            }
            if (i < 14) {
                return analysed(documents.document(product, i, "nice"), "2026-09-25T10:00:00Z", 4, "positive", 0.4,
                        "design", "app_store", "us", "ios", "3.8.0");
            }
            if (i == 14) { // before both periods
                return documents.document(product, i, "old").put("createdAt", "2026-08-01T10:00:00Z");
            }
            return analysed(documents.document(other, i, "other product"), "2026-10-05T08:00:00Z", 1, "negative",
                    -0.9, "login", "google_play", "eu", "android", "1.0");
        });
    }

    @Test
    void aPeriodComparedWithTheOneBefore() {
        theOctoberFigures(asAdmin().config(DOUBLES).queryParams(OCTOBER).queryParam("product", product)
                .get("/api/v1/overview").then());
    }

    private static void theOctoberFigures(ValidatableResponse response) {
        response.statusCode(200)
                .body("interval", equalTo("day"))
                .body("from", equalTo("2026-10-01T00:00:00Z")).body("to", equalTo("2026-10-11T00:00:00Z"))
                .body("previousFrom", equalTo("2026-09-21T00:00:00Z"))
                .body("current.count", equalTo(11)).body("previous.count", equalTo(3))
                .body("current.shareNegative", closeTo(0.6, 1e-9))
                .body("current.avgSentiment", closeTo(-0.16, 1e-3))
                .body("current.avgRating", closeTo(29.0 / 11, 1e-3))
                .body("previous.shareNegative", closeTo(0.0, 1e-9))
                .body("series", hasSize(10)).body("previousSeries", hasSize(10))
                .body("series[4].start", equalTo("2026-10-05T00:00:00Z")).body("series[4].count", equalTo(10))
                .body("series[4].shareNegative", closeTo(0.6, 1e-9))
                .body("series[6].count", equalTo(1)).body("series[6].shareNegative", nullValue())
                .body("series[0].count", equalTo(0)).body("series[0].avgSentiment", nullValue())
                .body("previousSeries[4].count", equalTo(3))
                .body("ratings.count", equalTo(List.of(6, 0, 1, 0, 4)))
                .body("topics[0].key", equalTo("login")).body("topics[0].count", equalTo(6))
                .body("topics[0].shareNegative", closeTo(1.0, 1e-9))
                .body("aspects[0].key", equalTo("login")).body("aspects[0].avgSentiment", closeTo(-0.8, 1e-3))
                .body("breakdowns.region.find { it.key == 'eu' }.count", equalTo(6))
                .body("breakdowns.platform.find { it.key == 'ios' }.shareNegative", closeTo(0.0, 1e-9))
                .body("breakdowns.appVersion.find { it.key == '3.9.0' }.count", equalTo(6));
    }

    /**
     * Closed days come from the daily roll-ups once they are rolled up (docs/dashboard.md "Daily roll-ups"),
     * with the same figures as live, for daily and weekly series, days cut by the period and several
     * products; a day written to after its roll-up is read live until it is rolled up again.
     */
    @Test
    void closedDaysComeFromDailyRollupsWithTheSameFigures() throws Exception {
        String viewer = SignedIn.newUser(users, hasher, "overview", Role.VIEWER,
                ProductScope.only(Set.of(new ProductKey(product), new ProductKey(other))));
        List<Map<String, String>> periods = List.of(Map.of("product", product, "from", "2026-10-01", "to", "2026-10-10"),
                Map.of("product", product, "from", "2026-06-01", "to", "2026-10-10"),
                Map.of("product", product, "from", "2026-09-25T09:30:00Z", "to", "2026-10-07T12:00:00Z"),
                Map.of("from", "2026-10-01", "to", "2026-10-10"));
        List<String> live = periods.stream().map(p -> overview(viewer, p)).toList();
        assertThat(live.get(1), org.hamcrest.Matchers.containsString("\"interval\":\"week\""));

        rollUp.run();
        for (int i = 0; i < periods.size(); i++) {
            assertEquals(live.get(i), overview(viewer, periods.get(i)), "overview " + periods.get(i));
        }
        theOctoberFigures(asAdmin().config(DOUBLES).queryParams(OCTOBER).queryParam("product", product)
                .get("/api/v1/overview").then());

        // read from the roll-up: a roll-up changed behind VOC's back (its source unchanged) shows in the figures
        documents.request("POST", "/voc-test-feedback-daily/_update/" + product + "%7C2026-10-05?refresh=true",
                "{\"doc\":{\"count\":1010}}");
        asAdmin().queryParams(OCTOBER).queryParam("product", product).get("/api/v1/overview").then()
                .body("current.count", equalTo(11 + 1000));

        // feedback written to a rolled-up day: that day is read live at once, and rolled up again
        documents.overwriteAll(WRITE_ALIAS, 1, i -> analysed(documents.document(product, 10, "meh"),
                "2026-10-07T10:00:00Z", 3, "negative", -0.5, "login", "google_play", "eu", "android", "3.9.0"));
        documents.writeAll(WRITE_ALIAS, 1, i -> documents.document(product, 100, "late")
                .put("createdAt", "2026-10-05T23:00:00Z"));
        asAdmin().config(DOUBLES).queryParams(OCTOBER).queryParam("product", product).get("/api/v1/overview").then()
                .body("current.count", equalTo(12)).body("current.shareNegative", closeTo(7.0 / 11, 1e-3));
        rollUp.run();
        asAdmin().config(DOUBLES).queryParams(OCTOBER).queryParam("product", product).get("/api/v1/overview").then()
                .body("current.count", equalTo(12)).body("current.shareNegative", closeTo(7.0 / 11, 1e-3))
                .body("series[4].count", equalTo(11));
    }

    private static String overview(String user, Map<String, String> parameters) {
        return as(user).queryParams(parameters).get("/api/v1/overview").then().statusCode(200).extract().asString();
    }

    @Test
    void onlyTheCallersProductsAreCounted() {
        String viewer = SignedIn.newUser(users, hasher, "overview", Role.VIEWER,
                ProductScope.only(Set.of(new ProductKey(product))));
        // no product named: all of theirs, which is this one; the other product's feedback is not counted
        as(viewer).queryParams(OCTOBER).get("/api/v1/overview").then().statusCode(200)
                .body("product", nullValue()).body("current.count", equalTo(11))
                .body("breakdowns.appVersion.find { it.key == '1.0' }", nullValue());
        as(viewer).queryParams(OCTOBER).queryParam("product", other).get("/api/v1/overview").then().statusCode(403);
    }

    @Test
    void badParametersAreNamed() {
        asAdmin().queryParam("from", "last tuesday").get("/api/v1/overview").then().statusCode(400)
                .body("error.field", equalTo("from"));
        asAdmin().queryParams(Map.of("from", "2020-01-01", "to", "2026-01-01")).get("/api/v1/overview").then()
                .statusCode(400).body("error.field", equalTo("from"));
        asAdmin().queryParams(Map.of("from", "2026-10-05", "to", "2026-10-01")).get("/api/v1/overview").then()
                .statusCode(400).body("error.field", equalTo("to"));
    }

    private static ObjectNode analysed(ObjectNode doc, String createdAt, int rating, String label, double score,
            String topic, String channel, String region, String platform, String version) {
        doc.put("createdAt", createdAt).put("rating", rating).put("channel", channel).put("region", region)
                .put("platform", platform).put("appVersion", version);
        ObjectNode nlp = doc.putObject("nlp").put("language", "en").put("nlpVersion", "test")
                .put("enrichedAt", "2026-10-11T00:00:00Z");
        nlp.putObject("sentiment").put("label", label).put("score", score);
        nlp.putArray("topics").add(topic);
        ObjectNode aspect = nlp.putArray("aspects").addObject().put("term", topic);
        aspect.putObject("sentiment").put("label", label).put("score", label.equals("negative") ? -0.8 : 0.6);
        return doc;
    }
}
