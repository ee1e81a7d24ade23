package io.voc.web;

import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.voc.card.application.AlertCard;
import io.voc.card.application.Alerts;
import io.voc.card.model.EventKind;
import io.voc.experiment.application.AnnounceExperimentResults;
import io.voc.experiment.application.Experiments;
import io.voc.experiment.model.Assignment;
import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.ExperimentKey;
import io.voc.experiment.model.UserAttributes;
import io.voc.support.ExperimentTopics;
import io.voc.support.FeedbackDocuments;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An experiment read end to end on the real servers: users assigned by the running experiment, their exposures
 * and upgrades sent through the bulk API and the topics into PostgreSQL, their feedback in Elasticsearch. Variant
 * b ("ads between songs") lifts upgrades but makes a quarter of its users complain about ads: the results show
 * the lift, the split holding, the guardrail harmed and the aspect named - by API and on the page - and both the
 * lift and the harm go out once as experiment-result cards.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ExperimentResultsTest {
    private static final String WRITE_ALIAS = "voc-test-feedback-write";
    private static final int USERS = 2_000;

    @Inject
    Experiments experiments;
    @Inject
    ExperimentTopics topics;
    @Inject
    AnnounceExperimentResults announce;
    @Inject
    Alerts alerts;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String product = "abtest-" + suffix;
    private final String key = "ads-between-songs-" + suffix;

    @Test
    void theResultsShowTheLiftTheSplitAndTheAspectUsersComplainAbout() throws Exception {
        SignedIn.ensureAdmin();
        asAdmin().contentType(ContentType.JSON).body(design()).post("/api/v1/experiments").then().statusCode(201);
        asAdmin().get("/api/v1/experiments/" + key + "/results").then().statusCode(404)
                .body("error.message", containsString("has not started"));
        asAdmin().post("/api/v1/experiments/" + key + "/start").then().statusCode(200);
        Experiment experiment = experiments.find(new ExperimentKey(key)).orElseThrow().experiment();

        // exposed once the phase runs (an exposure from before its start belongs to no phase), then acting
        Instant exposedAt = experiment.currentPhase().orElseThrow().startedAt().plusMillis(1);
        Instant afterwards = exposedAt.plusSeconds(1);
        Thread.sleep(Math.max(0, afterwards.toEpochMilli() - System.currentTimeMillis() + 100)); // nothing in the future
        List<String> exposures = new ArrayList<>();
        List<String> events = new ArrayList<>();
        List<ObjectNode> feedback = new ArrayList<>();
        FeedbackDocuments documents = FeedbackDocuments.onTestStack();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < USERS; i++) {
            String user = "listener-" + i + "-" + suffix;
            Assignment assigned = experiment.assign(new UserAttributes(user, "android", "eu", "5.2.0")).orElseThrow();
            int nth = seen.merge(assigned.variant(), 1, Integer::sum); // the user's number within the variant
            boolean b = assigned.variant().equals("b");
            exposures.add("{\"eventId\":\"x-" + user + "\",\"experimentKey\":\"" + key + "\",\"userId\":\"" + user
                    + "\",\"variant\":\"" + assigned.variant() + "\",\"at\":\"" + exposedAt + "\"}");
            if (nth % (b ? 4 : 10) == 0) { // upgrades: 25 % in b, 10 % in the control
                events.add("{\"eventId\":\"u-" + user + "\",\"userId\":\"" + user + "\",\"product\":\"" + product
                        + "\",\"metric\":\"premium_upgrade\",\"value\":1,\"at\":\"" + afterwards + "\"}");
            }
            if (nth % (b ? 4 : 50) == 1) { // complaints about ads: 25 % in b, 2 % in the control
                feedback.add(documents.document(product, feedback.size(), "Too many ads between songs, it ruins it")
                        .put("userId", user).put("createdAt", afterwards.toString())
                        .put("receivedAt", afterwards.toString()));
            }
        }
        for (ObjectNode doc : feedback) {
            ObjectNode nlp = doc.putObject("nlp").put("language", "en").put("nlpVersion", "test")
                    .put("enrichedAt", afterwards.toString());
            nlp.putObject("sentiment").put("label", "negative").put("score", -0.7);
            nlp.putArray("aspects").addObject().put("term", "ads").putObject("sentiment").put("label", "negative")
                    .put("score", -0.7);
        }
        documents.writeAll(WRITE_ALIAS, feedback.size(), feedback::get);
        asAdmin().contentType("application/x-ndjson").body(String.join("\n", exposures).getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/experiments/exposures").then().statusCode(200).body("accepted", equalTo(USERS));
        asAdmin().contentType(ContentType.JSON).body("[" + String.join(",", events) + "]")
                .post("/api/v1/experiments/metric-events").then().statusCode(200).body("rejected", equalTo(0));
        topics.awaitConsumed();

        String results = "/api/v1/experiments/" + key + "/results";
        asAdmin().get(results).then().statusCode(200)
                .body("phase", equalTo(1))
                .body("srm.mismatch", equalTo(false))
                .body("exposure.users.sum()", equalTo(USERS))
                .body("reachedSampleSize", equalTo(true))
                .body("metrics[0].key", equalTo("premium_upgrade"))
                .body("metrics[0].comparisons[0].variant", equalTo("b"))
                .body("metrics[0].comparisons[0].estimate", greaterThan(0.5f)) // 25 % against 10 %: +150 %
                .body("metrics[0].comparisons[0].adjustedPValue", lessThan(0.05f))
                .body("metrics[0].comparisons[0].verdict", equalTo("better"))
                .body("primarySignificant", equalTo(true))
                .body("metrics[1].key", equalTo("feedback_negative_share"))
                .body("metrics[1].comparisons[0].verdict", equalTo("worse"))
                .body("guardrailHarmed", equalTo(true))
                .body("feedbackImpact.aspects[0].aspect", equalTo("ads"))
                .body("feedbackImpact.aspects[0].variant", equalTo("b"))
                .body("feedbackImpact.aspects[0].adjustedPValue", lessThan(0.05f));

        asAdmin().get("/experiments/" + key).then().statusCode(200)
                .body(containsString("Sample ratio check passed"))
                .body(containsString("A guardrail got significantly worse."))
                .body(containsString("<strong>ads</strong>"))
                .body(containsString("class=\"verdict better\""));

        // the news goes out as experiment_result cards: the lift and the harmed guardrail, each once
        List<AnnounceExperimentResults.Announced> announced = announce.announceNews().stream()
                .filter(a -> a.experiment().equals(key)).toList();
        assertEquals(List.of("primary_significant:premium_upgrade:b:better",
                "guardrail_harmed:feedback_negative_share:b:worse"),
                announced.stream().map(AnnounceExperimentResults.Announced::signal).toList());
        AlertCard lift = alerts.find(announced.get(0).alertId()).orElseThrow();
        assertEquals(EventKind.EXPERIMENT_RESULT, lift.event());
        assertEquals(product, lift.alert().product().value());
        assertEquals("/experiments/" + key, lift.alert().state().link());
        assertTrue(lift.alert().state().title().startsWith(key + ": b is better on premium_upgrade (+"),
                lift.alert().state().title());
        assertTrue(announce.announceNews().stream().noneMatch(a -> a.experiment().equals(key)),
                "read again: nothing new to announce");
    }

    private String design() {
        return "{\"key\":\"" + key + "\",\"hypothesis\":\"Ads between songs pay for themselves: more free listeners "
                + "upgrade.\",\"product\":\"" + product + "\",\"variants\":[{\"key\":\"control\",\"weight\":50},"
                + "{\"key\":\"b\",\"name\":\"Ads between songs\",\"weight\":50}],"
                + "\"metrics\":{\"primary\":{\"key\":\"premium_upgrade\",\"kind\":\"proportion\",\"goal\":\"increase\"},"
                + "\"guardrails\":[{\"key\":\"feedback_negative_share\",\"kind\":\"proportion\",\"goal\":\"decrease\"}]},"
                + "\"minimumSampleSize\":500}";
    }
}
