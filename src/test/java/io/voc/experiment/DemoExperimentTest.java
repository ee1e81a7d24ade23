package io.voc.experiment;

import static io.voc.support.SignedIn.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.voc.support.BrowserTest;
import io.voc.support.ExperimentTopics;
import io.voc.support.FeedbackDocuments;
import io.voc.support.HeadlessBrowser;
import io.voc.support.OwnNlpPipeline;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Duration;
import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's end-to-end proof on the real servers: the demo experiment (ads between songs on aurora-music) loaded
 * as `./voc up` loads it - exposures and metric events through the experiment topics into PostgreSQL, the
 * listeners' feedback through the feedback pipeline and the real NLP into Elasticsearch. The results page then
 * shows b's lift in upgrades, the sample-ratio check passing, and the feedback impact naming "ads".
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
@TestProfile(OwnNlpPipeline.Profile.class)
class DemoExperimentTest extends BrowserTest {
    @Inject
    ExperimentTopics topics;

    @Test
    void theDemoExperimentShowsTheLiftTheSplitAndTheAdsComplaints() {
        SignedIn.ensureAdmin();
        int feedback = asAdmin().post("/api/v1/admin/demo-experiment").then().statusCode(200)
                .body("experiment", equalTo("aurora-ads-between-songs")).body("status", equalTo("running"))
                .body("exposures", equalTo(3_000)).extract().path("feedbackAccepted");
        topics.awaitConsumed();
        // the listeners' feedback indexed and analysed by the NLP stage
        FeedbackDocuments documents = FeedbackDocuments.onTestStack();
        String analysed = "{\"bool\":{\"filter\":[{\"term\":{\"attributes.experiment\":\"aurora-ads-between-songs\"}},"
                + "{\"exists\":{\"field\":\"nlp.sentiment.label\"}}]}}";
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> documents.count(OwnNlpPipeline.NAME, analysed) >= feedback);

        asAdmin().get("/api/v1/experiments/aurora-ads-between-songs/results").then().statusCode(200)
                .body("srm.mismatch", equalTo(false))
                .body("reachedSampleSize", equalTo(true))
                .body("metrics.find { it.key == 'premium_upgrade' }.comparisons[0].estimate", greaterThan(0.3f))
                .body("metrics.find { it.key == 'premium_upgrade' }.comparisons[0].verdict", equalTo("better"))
                .body("metrics.find { it.key == 'feedback_negative_share' }.comparisons[0].verdict", equalTo("worse"))
                .body("feedbackImpact.aspects[0].aspect", equalTo("ads"))
                .body("feedbackImpact.aspects[0].variant", equalTo("b"));
        asAdmin().get("/experiments/aurora-ads-between-songs").then().statusCode(200)
                .body(containsString("Sample ratio check passed"))
                .body(containsString("<strong>ads</strong>"))
                .body(containsString("class=\"verdict better\""));

        // in a real browser: the page draws an interval bar per comparison, with a clean console
        browser.resize(HeadlessBrowser.DESKTOP);
        browser.open("/experiments/aurora-ads-between-songs");
        assertEquals(3, browser.driver().findElements(By.cssSelector("table.results svg.ci")).size(),
                "one bar per metric compared (b against the control)");
        assertTrue(text("table.aspects tbody tr:first-child").startsWith("ads b"), text("table.aspects tbody tr:first-child"));
        browser.screenshot("experiment-results");
    }
}
