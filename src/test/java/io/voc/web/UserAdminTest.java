package io.voc.web;

import static io.restassured.RestAssured.given;
import static io.voc.support.SignedIn.as;
import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Admins manage people through the API; each change counts from the person's next request. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class UserAdminTest {

    @Test
    void anAdminCreatesAPersonAndChangesWhatTheyMayDo() {
        String name = "pm-" + UUID.randomUUID().toString().substring(0, 8);
        String product = "admin-" + name;
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", name, "displayName", "Product Manager",
                "role", "viewer", "products", List.of(product), "password", SignedIn.PASSWORD))
                .post("/api/v1/admin/users").then().statusCode(201)
                .body("role", equalTo("viewer")).body("products", equalTo(List.of(product)));
        as(name).get("/api/v1/me").then().statusCode(200).body("scopes", equalTo(List.of("read")))
                .body("products", equalTo(List.of(product))).body("via", equalTo("password"));
        SignedIn.Browser browser = SignedIn.signInWithForm(name, SignedIn.PASSWORD);
        as(name).queryParam("format", "csv").get("/api/v1/feedback/export").then().statusCode(403);

        asAdmin().contentType(ContentType.JSON).body(Map.of("role", "analyst"))
                .put("/api/v1/admin/users/" + name + "/role").then().statusCode(200).body("role", equalTo("analyst"));
        as(name).queryParam("format", "csv").get("/api/v1/feedback/export").then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("allProducts", true))
                .put("/api/v1/admin/users/" + name + "/products").then().statusCode(200)
                .body("products", nullValue());
        browser.request().get("/api/v1/me").then().statusCode(200).body("role", equalTo("analyst"))
                .body("products", nullValue());

        String token = as(name).contentType(ContentType.JSON).body(Map.of("name", "nb", "scopes", List.of("read")))
                .post("/api/v1/tokens").then().statusCode(201).extract().path("token");
        asAdmin().post("/api/v1/admin/users/" + name + "/disable").then().statusCode(200)
                .body("disabled", equalTo(true));
        // password, session and token all stop at once
        as(name).get("/api/v1/me").then().statusCode(401);
        browser.request().get("/").then().statusCode(303);
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(401);

        asAdmin().post("/api/v1/admin/users/" + name + "/enable").then().statusCode(200);
        as(name).get("/api/v1/me").then().statusCode(200);
        asAdmin().get("/api/v1/admin/audit?limit=100").then().statusCode(200)
                .body("items.action", hasItem("USER_DISABLED"))
                .body("items.findAll { it.target == '" + name + "' }.action", hasItem("USER_ROLE_CHANGED"))
                .body("items.action", hasItem("TOKEN_CREATED"))
                .body("items.findAll { it.actor == '" + name + "' }.action", hasItem("SIGN_IN"));
    }

    @Test
    void passwordsAreChangedWithTheCurrentOneAndFollowThePolicy() {
        String name = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", name, "role", "viewer", "allProducts", true,
                "password", "short")).post("/api/v1/admin/users").then().statusCode(400)
                .body("error.field", equalTo("password"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", name, "role", "viewer", "allProducts", true,
                "password", SignedIn.PASSWORD)).post("/api/v1/admin/users").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", name, "role", "viewer", "allProducts", true,
                "password", SignedIn.PASSWORD)).post("/api/v1/admin/users").then().statusCode(400)
                .body("error.message", containsString("taken"));
        as(name).contentType(ContentType.JSON).body(Map.of("currentPassword", "wrong one here",
                "newPassword", "a brand new passphrase")).put("/api/v1/me/password").then().statusCode(400)
                .body("error.field", equalTo("currentPassword"));
        as(name).contentType(ContentType.JSON).body(Map.of("currentPassword", SignedIn.PASSWORD,
                "newPassword", "a brand new passphrase")).put("/api/v1/me/password").then().statusCode(204);
        as(name).get("/api/v1/me").then().statusCode(401);
        given().auth().preemptive().basic(name, "a brand new passphrase").get("/api/v1/me").then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("role", "boss"))
                .put("/api/v1/admin/users/" + name + "/role").then().statusCode(400).body("error.field", equalTo("role"));
        asAdmin().get("/api/v1/admin/users/nobody-here").then().statusCode(404);
    }
}
