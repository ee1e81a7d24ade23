package io.voc.web;

import static io.voc.support.SignedIn.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.support.TestStack;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Explorer lists and searches feedback, showing users' own words. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ExplorerPageTest {

    @Test
    void searchesFeedbackAndShowsTheUsersWords() {
        String product = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        FeedbackRoundTripTest.post(Map.of("product", product, "channel", "support",
                "text", "I was charged twice for <b>premium</b>", "rating", 2));
        FeedbackRoundTripTest.post(Map.of("product", product, "channel", "support",
                "text", "Support fixed my login in an hour"));
        FeedbackRoundTripTest.awaitSearch(Map.of("product", product), 2);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> asAdmin()
                .queryParam("product", product).queryParam("q", "charged")
                .get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                // the searched word is marked; the user's own markup is escaped, never interpreted
                .body(containsString("I was <mark>charged</mark> twice for &lt;b&gt;premium&lt;/b&gt;"))
                .body(not(containsString("Support fixed my login")))
                .body(containsString("★★☆☆☆"))
                // the product filter offers the product from the catalog
                .body(containsString("<option value=\"" + product + "\" selected=\"selected\"")));
    }

    @Test
    void pagesThroughLongLists() {
        String product = "pages-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 21; i++) {
            FeedbackRoundTripTest.post(Map.of("product", product, "channel", "in_app", "text", "note " + i,
                    "createdAt", "2026-11-01T00:00:%02dZ".formatted(i)));
        }
        FeedbackRoundTripTest.awaitSearch(Map.of("product", product), 21);

        asAdmin().queryParam("product", product).get("/").then().statusCode(200)
                .body(containsString("Page 1 of 2"))
                .body(containsString("note 21"))
                .body(not(containsString("note 1<")))
                .body(containsString("href=\"/?product=" + product + "&amp;page=2\""));
        asAdmin().queryParam("product", product).queryParam("page", "2").get("/").then().statusCode(200)
                .body(containsString("Page 2 of 2"))
                .body(containsString("note 1<"));
    }

    @Test
    void explainsABadFilterInsteadOfFailing() {
        asAdmin().queryParam("from", "someday").get("/").then().statusCode(200)
                .body(containsString("from must be a date"));
    }
}
