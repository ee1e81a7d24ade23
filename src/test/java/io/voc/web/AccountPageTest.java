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
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Everyone's account page: who they are, their API tokens, their password. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class AccountPageTest {
    private static final Pattern SECRET = Pattern.compile("voc_[A-Za-z0-9_-]{20,}");
    private static final Pattern REVOKE = Pattern.compile("action=\"/account/tokens/([0-9a-f-]{36})/revoke\"");

    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    @Test
    void theAccountPageSaysWhoIAmAndOffersOnlyTheScopesMyRoleHas() {
        String product = "acct-" + UUID.randomUUID().toString().substring(0, 8);
        String analyst = SignedIn.newUser(users, hasher, "analyst", Role.ANALYST,
                ProductScope.only(Set.of(new ProductKey(product))));
        SignedIn.Browser browser = SignedIn.signInWithForm(analyst, SignedIn.PASSWORD);
        browser.request().get("/account").then().statusCode(200)
                .body(containsString("<dd>" + analyst + "</dd>"))
                .body(containsString("<dd>analyst</dd>"))
                .body(containsString("<dd>query, read</dd>"))
                .body(containsString(product))
                .body(containsString("name=\"scopes\" value=\"read\""))
                .body(containsString("name=\"scopes\" value=\"query\""))
                .body(not(containsString("name=\"scopes\" value=\"admin\"")))
                .body(not(containsString("name=\"scopes\" value=\"ingest\"")))
                .body(not(containsString("href=\"/admin/users\"")));
    }

    @Test
    void aNewTokensSecretIsShownOnceAndTheTokenWorksUntilRevokedOnThePage() {
        String analyst = SignedIn.newUser(users, hasher, "analyst", Role.ANALYST, ProductScope.allProducts());
        SignedIn.Browser browser = SignedIn.signInWithForm(analyst, SignedIn.PASSWORD);
        String tokenName = "<b>ci</b> " + analyst;
        Response created = browser.request().formParam("_csrf", browser.csrfToken()).formParam("name", tokenName)
                .formParam("scopes", "read", "query").formParam("expiresInDays", "30").post("/account/tokens");
        assertEquals(201, created.statusCode(), created.asString());
        assertTrue(created.header("Cache-Control").contains("no-store"), created.header("Cache-Control"));
        String page = created.asString();
        assertTrue(page.contains("it will not be shown again"), page);
        assertTrue(page.contains("&lt;b&gt;ci&lt;/b&gt;") && !page.contains("<b>ci</b>"), "names are shown escaped");
        Matcher secret = SECRET.matcher(page);
        assertTrue(secret.find(), page);
        String token = secret.group();

        String reloaded = browser.request().get("/account").then().statusCode(200).extract().asString();
        assertFalse(reloaded.contains(token), "the secret is shown once only");
        assertFalse(reloaded.contains("will not be shown again"));
        String row = AdminPagesTest.row(reloaded, "&lt;b&gt;ci&lt;/b&gt;");
        assertNotNull(row, reloaded);
        Matcher revoke = REVOKE.matcher(row);
        assertTrue(revoke.find(), row);

        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(analyst)).body("scopes", equalTo(List.of("query", "read")))
                .body("via", equalTo("token"));

        browser.request().formParam("_csrf", browser.csrfToken()).post("/account/tokens/" + revoke.group(1) + "/revoke")
                .then().statusCode(303).header("Location", endsWith("/account?done=revoked"));
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(401);
        String after = browser.request().get("/account?done=revoked").asString();
        assertTrue(after.contains("Token revoked"), after);
        assertFalse(after.contains(revoke.group()), "no Revoke button for a revoked token");
    }

    @Test
    void aScopeBeyondTheRoleIsRefusedOnThePage() {
        String viewer = SignedIn.newUser(users, hasher, "viewer", Role.VIEWER, ProductScope.allProducts());
        SignedIn.Browser browser = SignedIn.signInWithForm(viewer, SignedIn.PASSWORD);
        Response refused = browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "name", "too much",
                "scopes", "admin")).post("/account/tokens");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("may not have scope admin"), refused.asString());
        assertTrue(refused.asString().contains("value=\"too much\""), "the name is kept");
        assertFalse(SECRET.matcher(refused.asString()).find());
        browser.request().formParams(Map.of("name", "no token", "scopes", "read")).post("/account/tokens").then()
                .statusCode(403);
    }

    @Test
    void peopleChangeTheirOwnPasswordWithTheCurrentOne() {
        String viewer = SignedIn.newUser(users, hasher, "viewer", Role.VIEWER, ProductScope.allProducts());
        SignedIn.Browser browser = SignedIn.signInWithForm(viewer, SignedIn.PASSWORD);
        SignedIn.Browser elsewhere = SignedIn.signInWithForm(viewer, SignedIn.PASSWORD);
        String fresh = "a brand new passphrase";
        browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "currentPassword", "not the right one",
                "newPassword", fresh, "repeatPassword", fresh)).post("/account/password").then().statusCode(400)
                .body(containsString("The current password is not right"));
        browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "currentPassword", SignedIn.PASSWORD,
                "newPassword", fresh, "repeatPassword", fresh + "!")).post("/account/password").then().statusCode(400)
                .body(containsString("differ"));
        as(viewer).get("/api/v1/me").then().statusCode(200);

        browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "currentPassword", SignedIn.PASSWORD,
                "newPassword", fresh, "repeatPassword", fresh)).post("/account/password").then().statusCode(303)
                .header("Location", endsWith("/account?done=password"));
        browser.request().get("/account?done=password").then().statusCode(200).body(containsString("Password changed"));
        // whoever knew the old password is signed out everywhere else
        elsewhere.request().get("/account").then().statusCode(303);
        as(viewer).get("/api/v1/me").then().statusCode(401);
        given().auth().preemptive().basic(viewer, fresh).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        given().redirects().follow(false).get("/account").then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Faccount"));
    }
}
