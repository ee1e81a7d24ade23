package io.voc.web;

import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.voc.support.TestStack;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The analyze API answers what the pipeline would store, and refuses what it cannot take with a reason. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class NlpApiTest {

    @Test
    void analysesTextsInOrder() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("texts", List.of("Great camera but the app keeps crashing", "客服一个小时就解决了我的问题",
                        "Please add a dark mode")))
                .post("/api/v1/nlp/analyze")
                .then().statusCode(200)
                .body("results", hasSize(3))
                .body("results[0].language", equalTo("en"))
                .body("results[0].sentiment.label", equalTo("negative"))
                .body("results[0].sentiment.score", lessThan(0f))
                .body("results[0].aspects.find { it.term == 'camera' }.sentiment.label", equalTo("positive"))
                .body("results[0].aspects.find { it.term == 'app' }.sentiment.label", equalTo("negative"))
                .body("results[0].topics", hasItem("stability"))
                .body("results[0].intent", equalTo("bug_report"))
                .body("results[0].sentences[0].text", equalTo("Great camera but the app keeps crashing"))
                .body("results[0].nlpVersion", notNullValue())
                .body("results[1].language", equalTo("zh"))
                .body("results[1].sentiment.label", equalTo("positive"))
                .body("results[2].intent", equalTo("feature_request"));
    }

    @Test
    void givesCoreNlpsProbabilitiesWhereItReadTheText() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("texts", List.of("The tracking map shows the street corner.")))
                .post("/api/v1/nlp/analyze")
                .then().statusCode(200)
                .body("results[0].sentences[0].source", equalTo("corenlp"))
                .body("results[0].sentiment.probabilities.neutral", notNullValue())
                .body("results[0].sentiment.probabilities.veryNegative", notNullValue());
    }

    @Test
    void refusesBadRequestsNamingTheField() {
        asAdmin().contentType(ContentType.JSON).body("{\"texts\": []}")
                .post("/api/v1/nlp/analyze")
                .then().statusCode(400).body("error.field", equalTo("texts"))
                .body("error.message", containsString("at least one"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("texts", Collections.nCopies(1001, "ok")))
                .post("/api/v1/nlp/analyze")
                .then().statusCode(400).body("error.field", equalTo("texts"))
                .body("error.message", containsString("at most 1000"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("texts", List.of("fine", "  ")))
                .post("/api/v1/nlp/analyze")
                .then().statusCode(400).body("error.field", equalTo("texts[1]"));
        asAdmin().contentType(ContentType.JSON).body("{\"text\": \"singular\"}")
                .post("/api/v1/nlp/analyze")
                .then().statusCode(400).body("error.field", equalTo("text"));
    }
}
