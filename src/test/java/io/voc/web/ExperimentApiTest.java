package io.voc.web;

import static io.voc.support.ExperimentDesigns.design;
import static io.voc.support.ExperimentDesigns.variants;
import static io.voc.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Experiments through the API on the real PostgreSQL: an analyst designs one, starts it, apps ask for
 * assignments (stable per user), the analyst pauses, stops and concludes it; every refused step is a 409 with
 * the reason; two experiments started at once on overlapping traffic of one layer end with one running.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ExperimentApiTest {
    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAnalystTakesAnExperimentThroughItsLife() {
        String olga = user("olga", Role.ANALYST, ProductScope.allProducts());
        String key = "checkout-" + suffix;
        as(olga).contentType(ContentType.JSON).body(design(key, null)).post("/api/v1/experiments").then()
                .statusCode(201).header("Location", containsString("/api/v1/experiments/" + key))
                .body("status", equalTo("draft")).body("variants.weight", equalTo(List.of(50.0f, 50.0f)))
                .body("layer.name", equalTo("exp-" + key)).body("phase", nullValue()).body("owner", equalTo(olga));
        String experiment = "/api/v1/experiments/" + key;
        as(olga).get(experiment + "/assignment?userId=u1").then().statusCode(200)
                .body("inExperiment", equalTo(false)).body("variant", nullValue());

        as(olga).post(experiment + "/start").then().statusCode(200).body("status", equalTo("running"))
                .body("phase.number", equalTo(1));
        String first = as(olga).get(experiment + "/assignment?userId=u1&platform=android").then().statusCode(200)
                .body("inExperiment", equalTo(true)).extract().path("variant");
        for (int i = 0; i < 5; i++) {
            as(olga).get(experiment + "/assignment?userId=u1&platform=android").then().body("variant", equalTo(first));
        }
        as(olga).get(experiment + "/assignment?userId=u1&platform=ios").then().body("inExperiment", equalTo(false));
        as(olga).get(experiment + "/assignment").then().statusCode(400).body("error.field", equalTo("userId"));

        as(olga).post(experiment + "/start").then().statusCode(409).body("error.code", equalTo("refused"))
                .body("error.message", equalTo("only a draft can be started; this one is running"));
        as(olga).contentType(ContentType.JSON).body(Map.of("variants", variants(90, 10)))
                .put(experiment + "/allocation").then().statusCode(409)
                .body("error.message", containsString("changes only with a new phase"));
        as(olga).contentType(ContentType.JSON).body(Map.of("variants", variants(90, 10), "newPhase", true))
                .put(experiment + "/allocation").then().statusCode(200).body("phase.number", equalTo(2))
                .body("variants.weight", equalTo(List.of(90.0f, 10.0f)));
        as(olga).contentType(ContentType.JSON).body(Map.of("reason", "crash in B")).post(experiment + "/pause").then()
                .statusCode(200).body("status", equalTo("paused"));
        as(olga).get(experiment + "/assignment?userId=u1&platform=android").then().body("inExperiment", equalTo(false));
        as(olga).contentType(ContentType.JSON).body(Map.of("decision", "ship", "variant", "b",
                "rationale", "B is clearly better.")).post(experiment + "/conclude").then().statusCode(409)
                .body("error.message", containsString("stop it first"));
        as(olga).post(experiment + "/resume").then().statusCode(200).body("status", equalTo("running"));
        as(olga).post(experiment + "/stop").then().statusCode(200).body("status", equalTo("stopped"))
                .body("phase.endedAt", notNullValue());
        as(olga).contentType(ContentType.JSON).body(Map.of("decision", "ship", "variant", "b",
                "rationale", "B lifted conversion by 3 %, no guardrail harmed.")).post(experiment + "/conclude").then()
                .statusCode(200).body("status", equalTo("concluded")).body("conclusion.decision", equalTo("ship"))
                .body("conclusion.variant", equalTo("b"));

        as(olga).get(experiment + "/history").then().statusCode(200)
                .body("items.kind", equalTo(List.of("designed", "started", "allocation_changed", "paused", "resumed",
                        "stopped", "concluded")))
                .body("items[2].detail", equalTo("split control 90.0 %, b 10.0 %, from phase 2"))
                .body("items[3].detail", equalTo("paused: crash in B"))
                .body("items[6].detail", equalTo("concluded: ship b: B lifted conversion by 3 %, no guardrail harmed."));
    }

    @Test
    void aBadDesignIsRefusedNamingTheField() {
        String olga = user("olga", Role.ANALYST, ProductScope.allProducts());
        refused(olga, with("key", "No Spaces Please"), "key");
        refused(olga, with("hypothesis", " "), "hypothesis");
        refused(olga, with("variants", variants(60, 30)), "variants.weight");
        refused(olga, with("variants", List.of(Map.of("key", "control", "weight", 100))), "variants");
        refused(olga, with("variants", variants(33.333, 66.667)), "variants.weight");
        refused(olga, with("metrics", Map.of("primary", Map.of("key", "conversion", "kind", "median",
                "goal", "increase"))), "metrics.kind");
        refused(olga, with("layer", Map.of("name", "checkout", "from", 7000, "to", 5000)), "layer.range");
        refused(olga, with("minimumSampleSize", 0), "minimumSampleSize");
        refused(olga, with("product", "Not A Product!"), "product");
        as(olga).contentType(ContentType.JSON).body(with("colour", "green")).post("/api/v1/experiments").then()
                .statusCode(400).body("error.field", equalTo("colour"));

        String key = "dup-" + suffix;
        as(olga).contentType(ContentType.JSON).body(design(key, null)).post("/api/v1/experiments").then().statusCode(201);
        as(olga).contentType(ContentType.JSON).body(design(key, null)).post("/api/v1/experiments").then()
                .statusCode(400).body("error.field", equalTo("key"))
                .body("error.message", containsString("exists already"));
    }

    @Test
    void whoMayDoWhat() {
        String olga = user("olga", Role.ANALYST, ProductScope.allProducts());
        String carl = user("carl", Role.ANALYST, ProductScope.allProducts());
        String viv = user("viv", Role.VIEWER, ProductScope.allProducts());
        String elsewhere = user("ella", Role.ANALYST, ProductScope.only(Set.of(new ProductKey("aurora-music"))));
        String key = "owned-" + suffix;
        as(olga).contentType(ContentType.JSON).body(design(key, null)).post("/api/v1/experiments").then().statusCode(201);

        as(carl).get("/api/v1/experiments/" + key).then().statusCode(200).body("mayChange", equalTo(false));
        as(carl).post("/api/v1/experiments/" + key + "/start").then().statusCode(403);
        as(viv).contentType(ContentType.JSON).body(design("viewer-" + suffix, null)).post("/api/v1/experiments")
                .then().statusCode(403);
        as(viv).get("/api/v1/experiments/" + key + "/assignment?userId=u1").then().statusCode(200);
        as(elsewhere).get("/api/v1/experiments/" + key).then().statusCode(404); // about pocketbank: not theirs
        as(elsewhere).get("/api/v1/experiments").then().statusCode(200)
                .body("items.findAll { it.key == '" + key + "' }", equalTo(List.of()));
        as(elsewhere).contentType(ContentType.JSON).body(design("other-" + suffix, null)).post("/api/v1/experiments")
                .then().statusCode(403);
        as(olga).get("/api/v1/experiments").then().statusCode(200)
                .body("items.find { it.key == '" + key + "' }.mayChange", equalTo(true));
    }

    @Test
    void twoExperimentsStartedAtOnceOnOverlappingTrafficEndWithOneRunning() throws Exception {
        String olga = user("olga", Role.ANALYST, ProductScope.allProducts());
        String layer = "race-" + suffix;
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String key = "race-" + i + "-" + suffix;
            keys.add(key);
            // 0-6000, 1000-7000, ...: every pair overlaps
            as(olga).contentType(ContentType.JSON).body(design(key, Map.of("name", layer, "from", i * 1000,
                    "to", 6000 + i * 1000))).post("/api/v1/experiments").then().statusCode(201);
        }
        ExecutorService pool = Executors.newFixedThreadPool(keys.size());
        try {
            CyclicBarrier together = new CyclicBarrier(keys.size());
            List<Future<Integer>> starts = new ArrayList<>();
            for (String key : keys) {
                starts.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return as(olga).post("/api/v1/experiments/" + key + "/start").then().extract().statusCode();
                }));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> start : starts) {
                codes.add(start.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, codes.stream().filter(c -> c == 200).count(), "one started: " + codes);
            assertEquals(keys.size() - 1, codes.stream().filter(c -> c == 409).count(), "the others refused: " + codes);
        } finally {
            pool.shutdownNow();
        }
        long running = keys.stream().filter(k -> "running".equals(
                as(olga).get("/api/v1/experiments/" + k).then().extract().path("status"))).count();
        assertEquals(1, running);
    }

    private static void refused(String user, Map<String, Object> body, String field) {
        as(user).contentType(ContentType.JSON).body(body).post("/api/v1/experiments").then().statusCode(400)
                .body("error.field", equalTo(field));
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> design = design("bad-" + suffix, null);
        design.put(field, value);
        return design;
    }

    private String user(String prefix, Role role, ProductScope products) {
        SignedIn.ensureAdmin();
        return SignedIn.newUser(users, hasher, prefix, role, products);
    }
}
