package io.voc.web;

import static io.voc.support.SignedIn.as;
import static io.voc.support.SignedIn.asAdmin;
import static io.voc.support.JsonNumbers.DOUBLES;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.support.FeedbackDocuments;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two versions (and two periods) side by side, on documents whose shares are known. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class CompareApiTest {

    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    private final FeedbackDocuments documents = FeedbackDocuments.onTestStack();
    private String product;

    @BeforeEach
    void writeFeedback() throws Exception {
        product = "compare-" + UUID.randomUUID().toString().substring(0, 8);
        // 3.8.0: 2 login, 8 design. 3.9.0: 7 login, 2 design, 1 price.
        documents.writeAll("voc-test-feedback-write", 20, i -> {
            boolean newer = i >= 10;
            int j = i % 10;
            String topic = !newer ? (j < 2 ? "login" : "design") : (j < 7 ? "login" : j < 9 ? "design" : "price");
            ObjectNode doc = documents.document(product, i, topic + " feedback").put("appVersion", newer ? "3.9.0" : "3.8.0")
                    .put("createdAt", "2026-10-05T10:00:00Z");
            ObjectNode nlp = doc.putObject("nlp").put("language", "en");
            nlp.putObject("sentiment").put("label", topic.equals("login") ? "negative" : "positive")
                    .put("score", topic.equals("login") ? -0.7 : 0.6);
            nlp.putArray("topics").add(topic);
            return doc;
        });
    }

    @Test
    void theTopicsWhoseShareChangedMostComeFirst() {
        asAdmin().config(DOUBLES).queryParams(Map.of("product", product, "by", "appVersion", "a", "3.8.0", "b", "3.9.0"))
                .get("/api/v1/compare").then().statusCode(200)
                .body("dimension", equalTo("appVersion"))
                .body("a.label", equalTo("3.8.0")).body("a.totals.count", equalTo(10))
                .body("a.totals.avgRating", org.hamcrest.Matchers.nullValue()) // nobody rated: none, not 0
                .body("b.totals.count", equalTo(10)).body("b.totals.shareNegative", closeTo(0.7, 1e-9))
                .body("topics[0].key", equalTo("design")).body("topics[0].shareChange", closeTo(-0.6, 1e-9))
                .body("topics[1].key", equalTo("login")).body("topics[1].countA", equalTo(2))
                .body("topics[1].countB", equalTo(7)).body("topics[1].shareChange", closeTo(0.5, 1e-9))
                .body("topics[2].key", equalTo("price")).body("topics[2].countA", equalTo(0));
    }

    @Test
    void periodsAndAScopedCaller() {
        asAdmin().queryParams(Map.of("product", product, "by", "period", "a", "2026-10-01/2026-10-04",
                "b", "2026-10-05/2026-10-05")).get("/api/v1/compare").then().statusCode(200)
                .body("a.totals.count", equalTo(0)).body("b.totals.count", equalTo(20));
        String viewer = SignedIn.newUser(users, hasher, "compare", Role.VIEWER,
                ProductScope.only(Set.of(new ProductKey("someone-else-" + product))));
        as(viewer).queryParams(Map.of("product", product, "by", "region", "a", "eu", "b", "us"))
                .get("/api/v1/compare").then().statusCode(403);
        // without a product: only theirs, so nothing of this one
        as(viewer).queryParams(Map.of("by", "appVersion", "a", "3.8.0", "b", "3.9.0")).get("/api/v1/compare").then()
                .statusCode(200).body("a.totals.count", equalTo(0));
    }

    @Test
    void thePageShowsTheSameComparison() {
        String page = asAdmin().queryParams(Map.of("product", product, "by", "appVersion", "a", "3.8.0", "b", "3.9.0"))
                .get("/compare").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("A: 3.8.0") && page.contains("B: 3.9.0"), page);
        // design fell 60 points, login rose 50, in that order
        int design = page.indexOf("<td>design</td>");
        int login = page.indexOf("<td>login</td>");
        org.junit.jupiter.api.Assertions.assertTrue(design > 0 && login > design, page);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("-60.0") && page.contains("+50.0"), page);
        // nothing named yet: a hint, no numbers; a wrong dimension: the reason
        asAdmin().get("/compare").then().statusCode(200).body(org.hamcrest.Matchers.containsString("Name the two sides"));
        asAdmin().queryParams(Map.of("by", "colour", "a", "red", "b", "blue")).get("/compare").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("by is appVersion, region, platform, channel or period"));
    }

    @Test
    void badRequestsNameTheParameter() {
        asAdmin().queryParams(Map.of("a", "1", "b", "2")).get("/api/v1/compare").then().statusCode(400)
                .body("error.field", equalTo("by"));
        asAdmin().queryParams(Map.of("by", "version", "a", "1", "b", "2")).get("/api/v1/compare").then()
                .statusCode(400).body("error.field", equalTo("by"));
        asAdmin().queryParams(Map.of("by", "period", "a", "2026-10-01", "b", "2026-10-02/2026-10-03"))
                .get("/api/v1/compare").then().statusCode(400).body("error.field", equalTo("a"));
        asAdmin().queryParams(Map.of("by", "region", "a", "eu")).get("/api/v1/compare").then().statusCode(400)
                .body("error.field", equalTo("b"));
    }
}
