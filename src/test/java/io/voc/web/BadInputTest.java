package io.voc.web;

import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.voc.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Callers get a 400 that names the field to fix, in the API's error shape. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class BadInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text missing          | {"product":"p1","channel":"in_app"}                                  | text      | text is required
            text blank            | {"product":"p1","channel":"in_app","text":"   "}                      | text      | must not be blank
            rating out of range   | {"product":"p1","channel":"in_app","text":"ok","rating":7}           | rating    | between 1 and 5
            rating not a number   | {"product":"p1","channel":"in_app","text":"ok","rating":"five"}      | rating    | must be a whole number (got five)
            unknown channel       | {"product":"p1","channel":"fax","text":"ok"}                         | channel   | one of app_store, google_play
            product with spaces   | {"product":"My App","channel":"in_app","text":"ok"}                  | product   | a-z, 0-9
            misspelt field        | {"product":"p1","channel":"in_app","text":"ok","ratting":3}          | ratting   | unknown field 'ratting'
            createdAt not a date  | {"product":"p1","channel":"in_app","text":"ok","createdAt":"yesterday"} | createdAt | ISO-8601
            createdAt in future   | {"product":"p1","channel":"in_app","text":"ok","createdAt":"2999-01-01T00:00:00Z"} | createdAt | future
            locale not a tag      | {"product":"p1","channel":"in_app","text":"ok","locale":"12345"}     | locale    | BCP 47
            """)
    void rejectsAFeedbackNamingTheField(String caseName, String body, String field, String message) {
        asAdmin().contentType(ContentType.JSON).body(body)
                .post("/api/v1/feedback")
                .then().statusCode(400)
                .body("error.code", equalTo(field.equals("ratting") ? "unknown_field" : "invalid_field"))
                .body("error.field", equalTo(field))
                .body("error.message", containsString(message));
    }

    @Test
    void rejectsTextLongerThanTwentyThousandCharacters() {
        String body = "{\"product\":\"p1\",\"channel\":\"in_app\",\"text\":\"" + "a".repeat(20_001) + "\"}";
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/feedback")
                .then().statusCode(400)
                .body("error.field", equalTo("text"))
                .body("error.message", containsString("at most 20000 characters"));
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        asAdmin().contentType(ContentType.JSON).body("{\"product\": \"p1\", ")
                .post("/api/v1/feedback")
                .then().statusCode(400)
                .body("error.code", equalTo("malformed_json"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "size, 1000, between 1 and 100",
            "size, ten, whole number",
            "page, 0, starts at 1",
            "page, 600, first 10000 results",
            "from, last-week, must be a date",
            "product, Not A Product, a-z",
    })
    void rejectsBadSearchParameters(String param, String value, String message) {
        asAdmin().queryParam(param, value).get("/api/v1/feedback/search")
                .then().statusCode(400)
                .body("error.field", equalTo(param))
                .body("error.message", containsString(message));
    }

    @Test
    void rejectsAnEmptyTimeWindow() {
        asAdmin().queryParam("from", "2026-11-20").queryParam("to", "2026-11-19").get("/api/v1/feedback/search")
                .then().statusCode(400)
                .body("error.field", equalTo("to"));
    }
}
