package io.voc.web;

import static io.restassured.RestAssured.given;
import static io.voc.support.SignedIn.as;
import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may do what: anonymous callers, roles, and product scopes, through the real HTTP stack. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class AccessControlTest {
    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    @Test
    void anonymousPagesRedirectToSignInAndTheApiAnswers401() {
        given().redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", endsWith("/login"));
        given().redirects().follow(false).get("/admin/reenrichment?x=1").then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Fadmin%2Freenrichment%3Fx%3D1"));
        given().get("/api/v1/feedback/search").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("error.code", equalTo("unauthenticated"));
        given().contentType(ContentType.JSON).body(Map.of("product", "p", "channel", "in_app", "text", "hi"))
                .post("/api/v1/feedback").then().statusCode(401);
        given().get("/api/v1/admin/dead-letters").then().statusCode(401);
        // the sign-in page itself, health and the API description stay open
        given().get("/login").then().statusCode(200).body(containsString("Sign in"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void wrongCredentialsAre401WithTheReason() {
        String viewer = SignedIn.newUser(users, hasher, "mistyped", Role.VIEWER, ProductScope.allProducts());
        given().auth().preemptive().basic(viewer, "not the password").get("/api/v1/products").then()
                .statusCode(401).body("error.code", equalTo("unauthenticated"))
                .body("error.message", equalTo("Wrong username or password."));
        given().auth().preemptive().basic("nobody-" + UUID.randomUUID().toString().substring(0, 8), "whatever pass")
                .get("/api/v1/products").then().statusCode(401)
                .body("error.message", equalTo("Wrong username or password."));
        given().header("Authorization", "Digest abc").get("/api/v1/products").then().statusCode(401);
    }

    @Test
    void aViewerReadsButIsRefusedAdminWorkAndIngest() {
        String viewer = SignedIn.newUser(users, hasher, "viewer", Role.VIEWER, ProductScope.allProducts());
        as(viewer).get("/api/v1/feedback/search").then().statusCode(200);
        as(viewer).get("/").then().statusCode(200);
        as(viewer).get("/api/v1/admin/dead-letters").then().statusCode(403).body("error.code", equalTo("forbidden"));
        as(viewer).post("/api/v1/admin/pipeline/hold").then().statusCode(403);
        as(viewer).get("/admin/reenrichment").then().statusCode(403);
        as(viewer).contentType(ContentType.JSON).body(Map.of("product", "p", "channel", "in_app", "text", "hi"))
                .post("/api/v1/feedback").then().statusCode(403);
        // the admin link is not offered to whom it would refuse
        as(viewer).get("/").then().body(not(containsString("/admin/reenrichment")));
    }

    @Test
    void aUserScopedToProductASeesNothingOfProductB() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String a = "scope-a-" + suffix;
        String b = "scope-b-" + suffix;
        FeedbackRoundTripTest.post(Map.of("product", a, "channel", "in_app", "text", "scoped words " + suffix));
        FeedbackRoundTripTest.post(Map.of("product", b, "channel", "in_app", "text", "scoped words " + suffix));
        FeedbackRoundTripTest.awaitSearch(Map.of("q", suffix), 2);

        String viewer = SignedIn.newUser(users, hasher, "viewer-a", Role.VIEWER,
                ProductScope.only(Set.of(new ProductKey(a))));
        // no product named: Elasticsearch filters to the granted ones, totals included
        as(viewer).queryParam("q", suffix).get("/api/v1/feedback/search").then().statusCode(200)
                .body("total", equalTo(1)).body("items.product", everyItem(equalTo(a)));
        as(viewer).queryParam("product", b).get("/api/v1/feedback/search").then().statusCode(403)
                .body("error.message", containsString(b));
        as(viewer).queryParam("product", b).get("/").then().statusCode(403);
        as(viewer).get("/api/v1/products").then().statusCode(200).body("items", not(org.hamcrest.Matchers.hasItem(b)));
        as(viewer).queryParam("q", suffix).get("/").then().statusCode(200)
                .body(containsString(a)).body(not(containsString(b)));
        // exports are for analysts; an analyst scoped to A exports A only
        as(viewer).queryParam("format", "csv").get("/api/v1/feedback/export").then().statusCode(403);
        String analyst = SignedIn.newUser(users, hasher, "analyst-a", Role.ANALYST,
                ProductScope.only(Set.of(new ProductKey(a))));
        String csv = as(analyst).queryParams(Map.of("format", "csv", "q", suffix)).get("/api/v1/feedback/export")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(a) && !csv.contains(b), csv);
        as(analyst).queryParams(Map.of("format", "jsonl", "product", b)).get("/api/v1/feedback/export")
                .then().statusCode(403);
    }

    @Test
    void pagesAndApiAnswersCarryAStrictContentSecurityPolicy() {
        for (String path : new String[] { "/", "/api/v1/products" }) {
            asAdmin().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY");
        }
        given().get("/login").then().header("Content-Security-Policy", containsString("default-src 'self'"));
    }
}
