package io.voc.web;

import static io.restassured.RestAssured.given;
import static io.voc.support.JsonNumbers.DOUBLES;
import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.voc.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compare endpoint's shape and error policy. The figures are gbstats' own test cases
 * (growthbook/growthbook packages/stats/tests/frequentist/test_tests.py), so the JSON carries the model's numbers
 * unchanged; the model's tests check the statistics themselves.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class StatsApiTest {
    private static final String CONTROL = "{\"n\": 3407, \"sum\": 1396.87, \"sumSquares\": 52377.9767}";
    private static final String TREATMENT = "{\"n\": 3461, \"sum\": 2422.7, \"sumSquares\": 134698.29}";

    @Test
    void answersTheEstimateItsIntervalPValueAndStandardError() {
        // TestTwoSidedTTest.test_two_sided_ttest_absolute: 0.29, ci (0.04538, 0.53462), pValue 0.02016, se 0.12478
        compare("{\"metric\": \"mean\", \"control\": " + CONTROL + ", \"treatment\": " + TREATMENT
                + ", \"difference\": \"absolute\", \"alpha\": 0.05, \"alternative\": \"two-sided\"}")
                .statusCode(200)
                .body("estimate", closeTo(0.29, 1e-4))
                .body("ci", hasSize(2))
                .body("ci[0]", closeTo(0.04538, 1e-4))
                .body("ci[1]", closeTo(0.53462, 1e-4))
                .body("pValue", closeTo(0.02016, 1e-4))
                .body("stdError", closeTo(0.12478, 1e-4))
                .body("$", hasKey("error"))
                .body("error", nullValue());
    }

    @Test
    void relativeTwoSidedIsTheDefault() {
        // TestTwoSidedTTest.test_two_sided_ttest: 0.70732, ci (-0.03526, 1.44989)
        compare("{\"metric\": \"mean\", \"control\": " + CONTROL + ", \"treatment\": " + TREATMENT + "}")
                .statusCode(200)
                .body("estimate", closeTo(0.70732, 1e-4))
                .body("ci[0]", closeTo(-0.03526, 1e-4))
                .body("ci[1]", closeTo(1.44989, 1e-4));
    }

    @Test
    void aOneSidedIntervalHasANullUnboundedSide() {
        // TestSequentialOneSidedGreaterTTest.test_one_sided_ttest (control over 3000 units): ci (-0.42356, inf)
        compare("{\"metric\": \"mean\", \"control\": {\"n\": 3000, \"sum\": 1396.87, \"sumSquares\": 52377.9767}, "
                + "\"treatment\": " + TREATMENT + ", \"alternative\": \"greater\", \"sequential\": {\"tuning\": 5000}}")
                .statusCode(200)
                .body("ci", hasSize(2))
                .body("ci[0]", closeTo(-0.42356, 1e-4))
                .body("ci[1]", nullValue());
        compare("{\"metric\": \"proportion\", \"control\": {\"n\": 28, \"sum\": 14}, \"treatment\": {\"n\": 30, "
                + "\"sum\": 16}, \"alternative\": \"less\"}")
                .statusCode(200)
                .body("estimate", closeTo(0.06667, 1e-4)) // gbstats test_two_sided_ttest_binom's estimate
                .body("ci[0]", nullValue())
                .body("ci[1]", notNullValue());
    }

    @Test
    void anUndefinedTestIsAnAnswerWithAnErrorAndNullNumbers() {
        // every unit of treatment converted: no variance to test against
        compare("{\"metric\": \"proportion\", \"control\": {\"n\": 100, \"sum\": 40}, "
                + "\"treatment\": {\"n\": 100, \"sum\": 100}}")
                .statusCode(200)
                .body("error", containsString("variance is zero or negative"))
                .body("estimate", nullValue())
                .body("ci", nullValue())
                .body("pValue", nullValue())
                .body("stdError", nullValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"control\": {\"n\": 10, \"sum\": 1}, \"treatment\": {\"n\": 10, \"sum\": 2}}|metric",
        "{\"metric\": \"median\", \"control\": {\"n\": 10, \"sum\": 1}, \"treatment\": {\"n\": 10, \"sum\": 2}}|metric",
        "{\"metric\": \"proportion\", \"treatment\": {\"n\": 10, \"sum\": 2}}|control",
        "{\"metric\": \"proportion\", \"control\": {\"n\": 1, \"sum\": 1}, \"treatment\": {\"n\": 10, \"sum\": 2}}|control.n",
        "{\"metric\": \"proportion\", \"control\": {\"n\": 10.5, \"sum\": 1}, \"treatment\": {\"n\": 10, \"sum\": 2}}|control.n",
        "{\"metric\": \"proportion\", \"control\": {\"n\": -3, \"sum\": 1}, \"treatment\": {\"n\": 10, \"sum\": 2}}|control.n",
        "{\"metric\": \"proportion\", \"control\": {\"n\": 10, \"sum\": 1}, \"treatment\": {\"n\": 10, \"sum\": 11}}|treatment.sum",
        "{\"metric\": \"mean\", \"control\": {\"n\": 10, \"sum\": 1}, \"treatment\": {\"n\": 10, \"sum\": 2, \"sumSquares\": 9}}|control.sumSquares",
        "{\"metric\": \"mean\", \"control\": {\"n\": 10, \"sum\": 1, \"sumSquares\": -1}, \"treatment\": {\"n\": 10, \"sum\": 2, \"sumSquares\": 9}}|control.sumSquares",
        "{\"metric\": \"proportion\", \"control\": {\"n\": 10, \"sum\": 1}, \"treatment\": {\"n\": 10, \"sum\": 2}, \"alpha\": 1.5}|alpha",
        "{\"metric\": \"proportion\", \"control\": {\"n\": 10, \"sum\": 1}, \"treatment\": {\"n\": 10, \"sum\": 2}, \"difference\": \"ratio\"}|difference",
        "{\"metric\": \"proportion\", \"control\": {\"n\": 10, \"sum\": 1}, \"treatment\": {\"n\": 10, \"sum\": 2}, \"alternative\": \"both\"}|alternative",
        "{\"metric\": \"proportion\", \"control\": {\"n\": 10, \"sum\": 1}, \"treatment\": {\"n\": 10, \"sum\": 2}, \"sequential\": {\"tuning\": -1}}|sequential.tuning",
    })
    void refusesInvalidInputNamingTheField(String body, String field) {
        compare(body).statusCode(400)
                .body("error.code", equalTo("invalid_field"))
                .body("error.field", equalTo(field))
                .body("error.message", containsString(field));
    }

    @Test
    void needsCredentials() {
        given().contentType(ContentType.JSON).body("{\"metric\": \"mean\"}").post("/api/v1/stats/compare")
                .then().statusCode(401);
    }

    private static ValidatableResponse compare(String body) {
        return asAdmin().config(DOUBLES).contentType(ContentType.JSON).body(body).post("/api/v1/stats/compare")
                .then();
    }
}
