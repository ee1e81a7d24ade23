package io.voc.web;

import static io.restassured.RestAssured.given;
import static io.voc.support.SignedIn.as;
import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductScope;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** API tokens for pipelines, scripts and bots: scopes, products, one-time secret, immediate revocation. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ApiTokenTest {
    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    @Test
    void aTokenWithoutIngestCannotPostFeedback() {
        String token = create(asAdmin(), Map.of("name", "dashboard bot", "scopes", List.of("read")));
        bearer(token).get("/api/v1/feedback/search").then().statusCode(200);
        bearer(token).contentType(ContentType.JSON).body(Map.of("product", "p", "channel", "in_app", "text", "hi"))
                .post("/api/v1/feedback").then().statusCode(403).body("error.code", equalTo("forbidden"));
        bearer(token).get("/api/v1/admin/dead-letters").then().statusCode(403);
    }

    @Test
    void anIngestTokenForOneProductSubmitsOnlyForIt() {
        String a = "token-a-" + UUID.randomUUID().toString().substring(0, 8);
        String b = "token-b-" + UUID.randomUUID().toString().substring(0, 8);
        String token = create(asAdmin(), Map.of("name", "importer " + a, "scopes", List.of("ingest"),
                "products", List.of(a), "expiresInDays", 30));
        bearer(token).contentType(ContentType.JSON).body(Map.of("product", a, "channel", "in_app", "text", "ok"))
                .post("/api/v1/feedback").then().statusCode(202);
        bearer(token).contentType(ContentType.JSON).body(Map.of("product", b, "channel", "in_app", "text", "no"))
                .post("/api/v1/feedback").then().statusCode(403).body("error.message", containsString(b));
        String ndjson = "{\"product\":\"" + a + "\",\"channel\":\"in_app\",\"text\":\"line one\"}\n"
                + "{\"product\":\"" + b + "\",\"channel\":\"in_app\",\"text\":\"line two\"}\n";
        bearer(token).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/feedback/bulk").then().statusCode(200)
                .body("accepted", equalTo(1)).body("rejected", equalTo(1))
                .body("items[1].error.code", equalTo("product_not_granted"));
        // it cannot read, not even its own product
        bearer(token).queryParam("product", a).get("/api/v1/feedback/search").then().statusCode(403);
    }

    @Test
    void theSecretIsShownOnceAndRevocationCountsFromTheNextRequest() {
        String viewer = SignedIn.newUser(users, hasher, "tokens", Role.VIEWER, ProductScope.allProducts());
        var created = as(viewer).contentType(ContentType.JSON)
                .body(Map.of("name", "my notebook", "scopes", List.of("read")))
                .post("/api/v1/tokens").then().statusCode(201)
                .body("token", startsWith("voc_")).body("details.owner", equalTo(viewer))
                .body("details.scopes", equalTo(List.of("read"))).extract();
        String token = created.path("token");
        String id = created.path("details.id");
        as(viewer).get("/api/v1/tokens").then().statusCode(200)
                .body("items.id", hasItem(id)).body(not(containsString(token)));

        bearer(token).get("/api/v1/products").then().statusCode(200);
        as(viewer).delete("/api/v1/tokens/" + id).then().statusCode(200).body("active", equalTo(false));
        bearer(token).get("/api/v1/products").then().statusCode(401)
                .body("error.message", containsString("revoked"));
    }

    @Test
    void nobodyGetsATokenBeyondTheirRole() {
        String viewer = SignedIn.newUser(users, hasher, "modest", Role.VIEWER, ProductScope.allProducts());
        as(viewer).contentType(ContentType.JSON).body(Map.of("name", "sneaky", "scopes", List.of("read", "ingest")))
                .post("/api/v1/tokens").then().statusCode(400).body("error.field", equalTo("scopes"));
        as(viewer).contentType(ContentType.JSON)
                .body(Map.of("name", "for admin", "scopes", List.of("read"), "owner", SignedIn.ADMIN))
                .post("/api/v1/tokens").then().statusCode(403);
        as(viewer).get("/api/v1/tokens?all=true").then().statusCode(403);
        // a token cannot mint tokens
        String token = create(asAdmin(), Map.of("name", "ops bot", "scopes", List.of("admin", "read")));
        bearer(token).contentType(ContentType.JSON).body(Map.of("name", "child", "scopes", List.of("read")))
                .post("/api/v1/tokens").then().statusCode(403);
        // an admin may create one for somebody else, within that person's role
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "for the viewer", "scopes", List.of("read"), "owner", viewer))
                .post("/api/v1/tokens").then().statusCode(201).body("details.owner", equalTo(viewer));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "too much", "scopes", List.of("admin"), "owner", viewer))
                .post("/api/v1/tokens").then().statusCode(400).body("error.field", equalTo("scopes"));
    }

    @Test
    void badRequestsNameTheField() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("scopes", List.of("read")))
                .post("/api/v1/tokens").then().statusCode(400).body("error.field", equalTo("name"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "x", "scopes", List.of("write")))
                .post("/api/v1/tokens").then().statusCode(400).body("error.field", equalTo("scopes"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "x", "scopes", List.of("read"),
                "expiresAt", "2020-01-01T00:00:00Z")).post("/api/v1/tokens").then().statusCode(400)
                .body("error.field", equalTo("expiresAt"));
        given().header("Authorization", "Bearer voc_not-a-real-token").get("/api/v1/products").then().statusCode(401);
        asAdmin().delete("/api/v1/tokens/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static String create(RequestSpecification as, Map<String, ?> body) {
        return as.contentType(ContentType.JSON).body(body).post("/api/v1/tokens").then().statusCode(201)
                .extract().path("token");
    }

    private static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
