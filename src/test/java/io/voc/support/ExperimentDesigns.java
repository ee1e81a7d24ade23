package io.voc.support;

import static io.voc.support.SignedIn.asAdmin;

import io.restassured.http.ContentType;
import io.voc.experiment.application.Experiments;
import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.ExperimentKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Experiment designs for tests: a 50/50 test of pocketbank's checkout button, and one started through the API. */
public final class ExperimentDesigns {
    private ExperimentDesigns() {
    }

    /** Designed and started by the test admin; answers it as stored (phase 1 started now). */
    public static Experiment running(Experiments experiments, String key) {
        asAdmin().contentType(ContentType.JSON).body(design(key, null)).post("/api/v1/experiments").then()
                .statusCode(201);
        asAdmin().post("/api/v1/experiments/" + key + "/start").then().statusCode(200);
        return experiments.find(new ExperimentKey(key)).orElseThrow().experiment();
    }

    public static Map<String, Object> design(String key, Map<String, Object> layer) {
        Map<String, Object> design = new HashMap<>();
        design.put("key", key);
        design.put("hypothesis", "A green checkout button makes more people pay.");
        design.put("product", "pocketbank");
        design.put("variants", variants(50, 50));
        design.put("targeting", Map.of("platforms", List.of("android")));
        design.put("metrics", Map.of("primary", Map.of("key", "conversion", "kind", "proportion", "goal", "increase"),
                "guardrails", List.of(Map.of("key", "feedback_negative_share", "kind", "proportion",
                        "goal", "decrease"))));
        design.put("minimumSampleSize", 1000);
        if (layer != null) {
            design.put("layer", layer);
        }
        return design;
    }

    public static List<Map<String, Object>> variants(double control, double b) {
        return List.of(Map.of("key", "control", "name", "Blue button", "weight", control),
                Map.of("key", "b", "name", "Green button", "weight", b));
    }
}
