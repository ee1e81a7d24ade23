package io.voc.web;

import static io.voc.support.SignedIn.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.voc.support.TestStack;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A feedback posted to the API travels through Kafka into Elasticsearch and is found by search. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
public class FeedbackRoundTripTest {
    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(15);

    private final String product = "rt-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void postedFeedbackIsFoundBySearchWithAllItsFields() {
        String id = post(Map.of("product", product, "channel", "google_play", "sourceId", "gp-1",
                "text", "The app keeps crashing when I open a playlist", "rating", 1, "locale", "en_US",
                "region", "US", "appVersion", "5.3.0", "platform", "android", "createdAt", "2026-11-20T10:15:00+01:00"));

        ValidatableResponse found = awaitSearch(Map.of("product", product), 1);
        found.body("items[0].id", equalTo(id))
                .body("items[0].text", equalTo("The app keeps crashing when I open a playlist"))
                .body("items[0].channel", equalTo("google_play"))
                .body("items[0].rating", equalTo(1))
                .body("items[0].locale", equalTo("en-US"))
                .body("items[0].region", equalTo("us"))
                .body("items[0].createdAt", equalTo("2026-11-20T09:15:00Z"));
    }

    @Test
    void sendingTheSameFeedbackTwiceStoresItOnce() {
        Map<String, Object> feedback = Map.of("product", product, "channel", "app_store", "sourceId", "as-42",
                "text", "Please add a dark mode");
        String first = post(feedback);
        String second = post(feedback);
        assertEquals(first, second, "a replay keeps its identity");
        // a later, different feedback proves the indexer has moved past both copies
        post(Map.of("product", product, "channel", "app_store", "sourceId", "as-43", "text", "Love the new widgets"));

        awaitSearch(Map.of("product", product), 2)
                .body("items.sourceId", containsInAnyOrder("as-42", "as-43"));
    }

    @Test
    void searchMatchesWordFormsAndChineseAndFiltersByTime() {
        post(Map.of("product", product, "channel", "in_app", "text", "Crashes every time I rotate the phone",
                "createdAt", "2026-11-01T08:00:00Z"));
        post(Map.of("product", product, "channel", "in_app", "text", "应用一直闪退，请尽快修复",
                "createdAt", "2026-11-10T08:00:00Z", "locale", "zh-CN"));
        post(Map.of("product", product, "channel", "in_app", "text", "Lovely design, smooth scrolling",
                "createdAt", "2026-11-12T08:00:00Z"));
        awaitSearch(Map.of("product", product), 3);

        // English stemming: "crashing" finds "Crashes"
        search(Map.of("product", product, "q", "crashing")).body("total", equalTo(1))
                .body("items[0].text", equalTo("Crashes every time I rotate the phone"));
        // CJK bigrams: a two-character word inside a sentence
        search(Map.of("product", product, "q", "闪退")).body("total", equalTo(1))
                .body("items[0].locale", equalTo("zh-CN"));
        // from inclusive, to exclusive; a bare day means that whole day
        search(Map.of("product", product, "from", "2026-11-05", "to", "2026-11-10")).body("total", equalTo(1))
                .body("items[0].text", equalTo("应用一直闪退，请尽快修复"));
        // newest first, and pages split the list
        search(Map.of("product", product, "size", "2", "page", "2")).body("total", equalTo(3))
                .body("items.text", contains("Crashes every time I rotate the phone"));
    }

    @Test
    void productsWithFeedbackAppearInTheCatalog() {
        post(Map.of("product", product, "channel", "survey", "text", "Checkout is confusing"));
        await().atMost(INDEXED_WITHIN).untilAsserted(() -> asAdmin().get("/api/v1/products").then()
                .statusCode(200).body("items", hasItem(product)));
    }

    public static String post(Map<String, ?> body) {
        return asAdmin().contentType(ContentType.JSON).body(body)
                .post("/api/v1/feedback")
                .then().statusCode(202)
                .body("status", equalTo("accepted"))
                .body("id", matchesPattern("[0-9a-f]{32}"))
                .extract().path("id");
    }

    public static ValidatableResponse search(Map<String, ?> params) {
        return asAdmin().queryParams(params).get("/api/v1/feedback/search").then().statusCode(200);
    }

    public static ValidatableResponse awaitSearch(Map<String, ?> params, int expectedTotal) {
        await().atMost(INDEXED_WITHIN).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> search(params).body("total", equalTo(expectedTotal)));
        return search(params);
    }
}
