package io.voc.web;

import static io.voc.support.ArmAssertions.assertArm;
import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.voc.experiment.model.stats.MetricKind;
import io.voc.experiment.application.ExperimentMeasurements;
import io.voc.experiment.application.Experiments;
import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.Metric;
import io.voc.experiment.model.stats.SampleStatistics;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.support.ExperimentDesigns;
import io.voc.support.ExperimentTopics;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Exposures and metric events through the bulk API, the topics and the consumers into the real PostgreSQL: bad
 * items are named, good ones stored, and posting the same bodies again changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ExperimentEventsApiTest {
    private static final Metric REVENUE = new Metric("revenue", MetricKind.MEAN, Metric.Goal.INCREASE);

    @Inject
    Experiments experiments;
    @Inject
    ExperimentMeasurements measurements;
    @Inject
    ExperimentTopics topics;
    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void badItemsAreNamedGoodOnesStoredAndAResentBodyChangesNothing() throws Exception {
        Experiment experiment = ExperimentDesigns.running(experiments, "bulk-" + suffix);
        String key = experiment.key().value();
        Instant at = Instant.now();
        String exposures = String.join("\n",
                exposure("e1", key, "u1", "control", null, at),
                exposure("e2", key, "u2", "b", 1, at),
                exposure("e3", key, "u3", "c", null, at),
                exposure("e4", "no-such-" + suffix, "u3", "b", null, at),
                "",
                exposure("e5", key, "u3", "b", null, at.plus(Duration.ofDays(3))),
                exposure("", key, "u3", "b", null, at),
                "{\"eventId\": \"e6-" + suffix + "\", \"colour\": \"green\"}",
                "{not json",
                exposure("e7", key, "u3", "control", null, at));
        postExposures(exposures).body("accepted", equalTo(3)).body("rejected", equalTo(6))
                .body("items.status", equalTo(List.of("accepted", "accepted", "rejected", "rejected", "rejected",
                        "rejected", "rejected", "rejected", "accepted")))
                .body("items.line", equalTo(List.of(1, 2, 3, 4, 6, 7, 8, 9, 10)))
                .body("items[0].id", equalTo("e1-" + suffix))
                .body("items[2].error.field", equalTo("variant"))
                .body("items[2].error.message", containsString("has no variant 'c'"))
                .body("items[3].error.field", equalTo("experimentKey"))
                .body("items[4].error.field", equalTo("at"))
                .body("items[5].error.field", equalTo("eventId"))
                .body("items[6].error.code", equalTo("unknown_field"))
                .body("items[7].error.code", equalTo("malformed_json"));

        Instant later = at.plusSeconds(1);
        String events = "[" + String.join(",",
                event("m1", "u1", "revenue", "5", later),
                event("m2", "u3", "revenue", "2.5", later),
                event("m3", "u2", "revenue", "4", later),
                "{\"eventId\": \"m4-" + suffix + "\", \"userId\": \"u1-" + suffix + "\", \"metric\": \"revenue\", "
                        + "\"at\": \"" + later + "\"}",
                event("m5", "u1", "Not A Metric", "1", later)) + "]";
        postEvents(events).body("accepted", equalTo(3)).body("rejected", equalTo(2))
                .body("items[3].line", equalTo(4)).body("items[3].error.field", equalTo("value"))
                .body("items[4].error.field", equalTo("metric"));

        topics.awaitConsumed();
        assertStored(experiment);

        postExposures(exposures).body("accepted", equalTo(3));
        postEvents(events).body("accepted", equalTo(3));
        topics.awaitConsumed();
        assertStored(experiment);
    }

    @Test
    void aCallerWithoutTheIngestScopeIsRefused() {
        SignedIn.ensureAdmin();
        String viewer = SignedIn.newUser(users, hasher, "viv", Role.VIEWER, ProductScope.allProducts());
        SignedIn.as(viewer).contentType("application/x-ndjson").body("{}".getBytes(StandardCharsets.UTF_8)).post("/api/v1/experiments/exposures").then()
                .statusCode(403);
    }

    @Test
    void aCallerOfSomeProductsSendsEventsOfThoseOnly() {
        Experiment pocketbank = ExperimentDesigns.running(experiments, "scoped-" + suffix);
        SignedIn.ensureAdmin();
        String aurora = SignedIn.newUser(users, hasher, "aurora", Role.ADMIN,
                ProductScope.only(Set.of(new ProductKey("aurora-music"))));
        Instant at = Instant.now();
        SignedIn.as(aurora).contentType("application/x-ndjson")
                .body(exposure("s1", pocketbank.key().value(), "u1", "control", null, at).getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/experiments/exposures").then().statusCode(200)
                .body("items[0].error.field", equalTo("experimentKey"))
                .body("items[0].error.message", containsString("there is no experiment"));
        String events = "[" + String.join(",", event("s2", "u1", "revenue", "1", at),
                event("s3", "u1", "revenue", "1", at).replace("pocketbank", "aurora-music"),
                event("s4", "u1", "revenue", "1", at).replace("\"product\": \"pocketbank\", ", "")) + "]";
        SignedIn.as(aurora).contentType(ContentType.JSON).body(events).post("/api/v1/experiments/metric-events").then()
                .statusCode(200).body("items.status", equalTo(List.of("rejected", "accepted", "rejected")))
                .body("items[0].error.field", equalTo("product")).body("items[2].error.field", equalTo("product"));
    }

    /** u1 and u3 in control (5 and 2.5), u2 in b (4, but alone: no statistics yet). */
    private void assertStored(Experiment experiment) {
        ExperimentMeasurements.Exposed exposed = measurements.exposedUsers(experiment.id(), 1);
        assertEquals(Map.of("control", 2L, "b", 1L), exposed.perVariant());
        assertEquals(0, exposed.inSeveralVariants());
        Map<String, SampleStatistics> revenue = measurements.metric(experiment.id(),
                experiment.currentPhase().orElseThrow(), REVENUE);
        assertEquals(List.of("control"), List.copyOf(revenue.keySet()));
        assertArm(revenue.get("control"), 2, 7.5, 31.25);
    }

    private static io.restassured.response.ValidatableResponse postExposures(String body) {
        return asAdmin().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/experiments/exposures").then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse postEvents(String body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/experiments/metric-events").then()
                .statusCode(200);
    }

    private String exposure(String id, String key, String user, String variant, Integer phase, Instant at) {
        return "{\"eventId\": \"" + (id.isEmpty() ? "" : id + "-" + suffix) + "\", \"experimentKey\": \"" + key
                + "\", \"userId\": \"" + user + "-" + suffix + "\", \"variant\": \"" + variant + "\""
                + (phase == null ? "" : ", \"phase\": " + phase) + ", \"at\": \"" + at + "\"}";
    }

    private String event(String id, String user, String metric, String value, Instant at) {
        return "{\"eventId\": \"" + id + "-" + suffix + "\", \"userId\": \"" + user + "-" + suffix
                + "\", \"product\": \"pocketbank\", \"metric\": \"" + metric + "\", \"value\": " + value
                + ", \"at\": \"" + at + "\"}";
    }
}
