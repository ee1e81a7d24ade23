package io.voc.nlp;

import static io.voc.support.SignedIn.asAdmin;
import static io.voc.web.FeedbackRoundTripTest.awaitSearch;
import static io.voc.web.FeedbackRoundTripTest.post;
import static io.voc.web.FeedbackRoundTripTest.search;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.voc.support.OwnNlpPipeline;
import io.voc.support.TestStack;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every feedback is enriched by the NLP stage, which never holds up ingestion: with NLP on hold feedback
 * is searchable at once and enriched in place later; with the indexer on hold the NLP stage stores the
 * feedback itself, and the indexer's later write leaves one document.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
@TestProfile(OwnNlpPipeline.Profile.class)
class EnrichmentPipelineTest {
    /** Models load in the background at start; the first batch may wait for them. */
    private static final Duration ENRICHED_WITHIN = Duration.ofSeconds(60);

    @Test
    void enrichesEveryFeedbackBeforeItIsAsked() {
        String product = product();
        post(Map.of("product", product, "channel", "app_store", "text", "Great camera but the app keeps crashing",
                "rating", 2));
        awaitEnriched(product);
        search(Map.of("product", product))
                .body("items[0].nlp.sentiment.label", equalTo("negative"))
                .body("items[0].nlp.aspects.find { it.term == 'camera' }.sentiment.label", equalTo("positive"))
                .body("items[0].nlp.topics", hasItem("stability"))
                .body("items[0].nlp.language", equalTo("en"));
    }

    @Test
    void feedbackIsSearchableWhileNlpIsHeldAndEnrichedInPlaceAfter() {
        String product = product();
        asAdmin().post("/api/v1/admin/nlp/hold").then().statusCode(200).body("held", equalTo(true));
        try {
            post(Map.of("product", product, "channel", "in_app", "text", "I was charged twice this month"));
            awaitSearch(Map.of("product", product), 1).body("items[0].nlp", nullValue());
            asAdmin().get("/").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("NLP enrichment is on hold"));
        } finally {
            asAdmin().post("/api/v1/admin/nlp/release").then().statusCode(200).body("held", equalTo(false));
        }
        awaitEnriched(product);
        search(Map.of("product", product)).body("total", equalTo(1))
                .body("items[0].nlp.topics", hasItem("billing"))
                .body("items[0].nlp.sentiment.label", equalTo("negative"));
    }

    @Test
    void nlpStoresFeedbackTheIndexerHasNotReachedAndTheIndexerAddsNoSecondCopy() {
        String product = product();
        asAdmin().post("/api/v1/admin/pipeline/hold").then().statusCode(200);
        try {
            post(Map.of("product", product, "channel", "google_play", "sourceId", "r-1",
                    "text", "Support fixed it in an hour, thank you!", "rating", 5, "appVersion", "4.2.0"));
            awaitEnriched(product);
            search(Map.of("product", product)).body("items[0].appVersion", equalTo("4.2.0"))
                    .body("items[0].rating", equalTo(5))
                    .body("items[0].nlp.sentiment.label", equalTo("positive"));
        } finally {
            asAdmin().post("/api/v1/admin/pipeline/release").then().statusCode(200);
        }
        // the indexer now reaches the record: its create-only write finds the document and adds nothing
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                search(Map.of("product", product)).body("total", equalTo(1)).body("items[0].nlp", notNullValue()));
    }

    private static String product() {
        return "nlp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void awaitEnriched(String product) {
        await().atMost(ENRICHED_WITHIN).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                search(Map.of("product", product)).body("total", equalTo(1)).body("items[0].nlp", notNullValue()));
    }
}
