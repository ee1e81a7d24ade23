package io.voc.ingest;

import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.voc.support.OwnExportIndex;
import io.voc.support.PipelineTopics;
import io.voc.support.TestStack;
import io.voc.web.FeedbackRoundTripTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * After a fix, the dead letters are fed back: what is valid now is stored, what is still invalid is
 * parked again with a fresh reason, and nothing is replayed twice. Own topics, so that other tests'
 * dead letters do not count here: the app of the export tests, which write straight into Elasticsearch and so
 * park nothing.
 */
@QuarkusTest
@TestProfile(OwnExportIndex.Profile.class)
@QuarkusTestResource(TestStack.class)
class DeadLetterReplayTest {
    static final String NAME = OwnExportIndex.INDEX;

    @Inject
    PipelineTopics topics;

    @Test
    void replaysEachDeadLetterOnceStoringWhatIsValidNow() throws Exception {
        String product = "replay-" + UUID.randomUUID().toString().substring(0, 8);
        // parked by an earlier version that refused a now-supported record (e.g. a since-fixed bug)...
        String validNow = "{\"product\":\"" + product + "\",\"channel\":\"survey\",\"sourceId\":\"sv-1\",\"text\":\"ok now\"}";
        topics.produce(topics.deadLetter(), null, List.of(validNow));
        // ...and one that is still wrong
        topics.produce(List.of("{\"product\":\"" + product + "\",\"channel\":\"survey\",\"text\":\"\"}"));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asAdmin()
                .get("/api/v1/admin/dead-letters").then().statusCode(200)
                .body("total", equalTo(2))
                .body("latest", hasSize(2))
                .body("latest[0].stage", equalTo("validate"))
                .body("latest[0].reason", containsString("text is required"))
                .body("latest[0].origin", containsString(NAME + ".raw/")));

        asAdmin().post("/api/v1/admin/dead-letters/replay").then().statusCode(200).body("replayed", equalTo(2));
        FeedbackRoundTripTest.awaitSearch(Map.of("product", product), 1)
                .body("items[0].text", equalTo("ok now"));
        // the still-invalid one is parked again; the next replay takes only that one
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asAdmin()
                .get("/api/v1/admin/dead-letters").then().body("total", equalTo(3)));
        asAdmin().post("/api/v1/admin/dead-letters/replay").then().statusCode(200).body("replayed", equalTo(1));

        asAdmin().queryParam("limit", 0).get("/api/v1/admin/dead-letters").then().statusCode(400)
                .body("error.field", equalTo("limit"));
    }
}
