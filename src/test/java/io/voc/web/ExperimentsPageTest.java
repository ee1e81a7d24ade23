package io.voc.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductScope;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An analyst designs an experiment in the browser and takes it through its life from its page. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ExperimentsPageTest {
    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    @Test
    void designStartPauseResumeStopAndConcludeFromThePages() {
        SignedIn.ensureAdmin();
        String olga = SignedIn.newUser(users, hasher, "olga", Role.ANALYST, ProductScope.allProducts());
        SignedIn.Browser browser = SignedIn.signInWithForm(olga, SignedIn.PASSWORD);
        String key = "page-" + UUID.randomUUID().toString().substring(0, 8);
        browser.request().get("/experiments/new").then().statusCode(200)
                .body(containsString("control, Current, 50"));

        Map<String, String> form = new HashMap<>(Map.of("_csrf", browser.csrfToken(), "key", key,
                "hypothesis", "Ads between songs make users unhappier.", "product", "aurora-music",
                "variants", "control, No ads, 50\nb, Ads, 60", "platforms", "android, ios",
                "primary", "sessions, mean, increase", "guardrails", "feedback_negative_share, proportion, decrease",
                "minimumSampleSize", "500"));
        browser.request().formParams(form).post("/experiments").then().statusCode(400)
                .body(containsString("add up to 10000 basis points")).body(containsString("Ads between songs"));
        form.put("variants", "control, No ads, 50\nb, Ads, 50");
        String location = browser.request().formParams(form).post("/experiments").then().statusCode(303)
                .extract().header("Location");
        String page = "/experiments/" + key;
        assertTrue(location.endsWith(page + "?done=designed"), location);
        browser.request().get(location).then().statusCode(200)
                .body(containsString("It is a draft")).body(containsString("platforms android, ios"))
                .body(containsString("Guardrail: feedback_negative_share (proportion, must not rise)"))
                .body(containsString(">Start</button>"));
        browser.request().get("/experiments").then().statusCode(200).body(containsString(key))
                .body(containsString("control 50.0 %, b 50.0 %"));

        Map<String, String> csrf = Map.of("_csrf", browser.csrfToken());
        browser.request().formParams(csrf).post(page + "/start").then().statusCode(303);
        browser.request().formParams(csrf).post(page + "/start").then().statusCode(409)
                .body(containsString("Only a draft can be started; this one is running"));
        browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "reason", "crash in b"))
                .post(page + "/pause").then().statusCode(303);
        browser.request().formParams(csrf).post(page + "/resume").then().statusCode(303);
        browser.request().formParams(csrf).post(page + "/stop").then().statusCode(303);
        browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "decision", "ship:control",
                "rationale", "Ads cost 12 % of sessions; keep them out.")).post(page + "/conclude").then().statusCode(303);
        browser.request().get(page).then().statusCode(200)
                .body(containsString("Ship control, by " + olga))
                .body(containsString("Ads cost 12 % of sessions; keep them out."))
                .body(containsString("paused: crash in b"))
                .body(containsString("concluded: ship control"));
        browser.request().get("/experiments/no-such-" + key).then().statusCode(404)
                .body(containsString("No experiment &#39;no-such-" + key + "&#39;"));
    }
}
