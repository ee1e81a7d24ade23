package io.voc.web;

import static io.restassured.RestAssured.given;
import static io.voc.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductScope;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** Sign-in with the form, the session cookie, CSRF, sign-out, and the lock after wrong passwords. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class BrowserSignInTest {
    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    @Test
    void signingInSetsAHardenedSessionCookieAndReturnsToTheAskedPage() {
        String analyst = SignedIn.newUser(users, hasher, "analyst", Role.ANALYST, ProductScope.allProducts());
        Response signedIn = SignedIn.postSignInForm(analyst, SignedIn.PASSWORD, "/?q=crash");
        assertEquals(303, signedIn.statusCode());
        assertTrue(signedIn.header("Location").endsWith("/?q=crash"), signedIn.header("Location"));
        String setCookie = signedIn.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("voc_session=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP: a Secure cookie would never come back: " + setCookie);

        given().cookie("voc_session", signedIn.cookie("voc_session")).get("/").then().statusCode(200)
                .body(containsString(analyst)).body(containsString("Sign out"));
    }

    @Test
    void anOffSiteNextIsIgnored() {
        String viewer = SignedIn.newUser(users, hasher, "viewer", Role.VIEWER, ProductScope.allProducts());
        Response signedIn = SignedIn.postSignInForm(viewer, SignedIn.PASSWORD, "//evil.example/x");
        assertEquals(303, signedIn.statusCode());
        assertFalse(signedIn.header("Location").contains("evil"), signedIn.header("Location"));
    }

    @Test
    void theSignInFormItselfNeedsItsToken() {
        String viewer = SignedIn.newUser(users, hasher, "viewer", Role.VIEWER, ProductScope.allProducts());
        given().redirects().follow(false)
                .formParams(Map.of("username", viewer, "password", SignedIn.PASSWORD, "_csrf", "forged"))
                .post("/login").then().statusCode(403).body(containsString("expired"));
    }

    @Test
    void stateChangingRequestsOfASessionNeedTheCsrfToken() {
        SignedIn.Browser admin = SignedIn.signInWithForm(SignedIn.ADMIN, SignedIn.ADMIN_PASSWORD);
        // a form post without the token (what a forged cross-site form would send) is refused...
        admin.request().formParam("scope", "outdated").post("/admin/reenrichment").then().statusCode(403)
                .body("error.code", equalTo("csrf_token_invalid"));
        admin.request().formParam("_csrf", "wrong").post("/logout").then().statusCode(403);
        // ...and so is a script's API call without the header
        admin.request().post("/api/v1/admin/nlp/hold").then().statusCode(403);
        admin.request().header("X-CSRF-Token", admin.csrfToken()).post("/api/v1/admin/nlp/release").then()
                .statusCode(200).body("held", equalTo(false));
        // the session survived the refused sign-out; the real one ends it everywhere
        admin.request().get("/").then().statusCode(200);
        admin.request().formParam("_csrf", admin.csrfToken()).post("/logout").then().statusCode(303)
                .header("Location", endsWith("/login?signedOut"));
        admin.request().get("/").then().statusCode(303).header("Location", endsWith("/login"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        String analyst = SignedIn.newUser(users, hasher, "guessed", Role.ANALYST, ProductScope.allProducts());
        for (int i = 1; i <= 4; i++) {
            given().auth().preemptive().basic(analyst, "wrong guess " + i).get("/api/v1/products").then()
                    .statusCode(401);
        }
        // the fifth wrong one, through the form, locks
        SignedIn.postSignInForm(analyst, "wrong guess 5", "/").then().statusCode(429)
                .body(containsString("locked"));
        Response locked = as(analyst).get("/api/v1/products");
        assertEquals(429, locked.statusCode(), locked.asString());
        assertNotNull(locked.header("Retry-After"));
        assertEquals("too_many_attempts", locked.path("error.code"));
        // another account is not affected
        as(SignedIn.newUser(users, hasher, "other", Role.VIEWER, ProductScope.allProducts()))
                .get("/api/v1/products").then().statusCode(200);
    }

    @Test
    void feedbackTextIsShownNeverRun() throws Exception {
        String product = "xss-" + UUID.randomUUID().toString().substring(0, 8);
        String markup = "<script>alert(1)</script> and <img src=x onerror=alert(2)>";
        String formula = "=HYPERLINK(\"http://evil.example\",\"click me\")";
        FeedbackRoundTripTest.post(Map.of("product", product, "channel", "in_app", "sourceId", "1", "text", markup));
        FeedbackRoundTripTest.post(Map.of("product", product, "channel", "in_app", "sourceId", "2", "text", formula));
        FeedbackRoundTripTest.awaitSearch(Map.of("product", product), 2);
        SignedIn.asAdmin().queryParam("product", product).get("/").then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)")))
                .body(not(containsString("<img src=x")));
        // in a spreadsheet the text stays text: no cell starts a formula
        String csv = SignedIn.asAdmin().queryParams(Map.of("format", "csv", "product", product))
                .get("/api/v1/feedback/export").then().statusCode(200).extract().asString();
        List<String> texts = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.replace("\uFEFF", ""))).stream().map(r -> r.get("text")).toList();
        assertTrue(texts.contains("'" + formula), texts.toString());
        assertTrue(texts.contains(markup), texts.toString());
    }
}
