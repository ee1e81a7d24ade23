package io.voc.web;

import static io.restassured.RestAssured.given;
import static io.voc.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.feedback.model.ProductScope;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The admin pages, used as an admin uses them: a browser signed in with the form, posting forms. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class AdminPagesTest {
    private static final Pattern OLDER = Pattern.compile("href=\"(/admin/audit\\?before=\\d+)\"");
    private static final Pattern TIME = Pattern.compile("<time datetime=\"[^\"]+\">([^<]+)</time>");

    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    @Test
    void anAdminCreatesAPersonWithTheFormAndChangesWhatTheyMayDoOnTheirPage() {
        SignedIn.Browser admin = SignedIn.signInWithForm(SignedIn.ADMIN, SignedIn.ADMIN_PASSWORD);
        String name = unique("pm");
        String product = "pages-" + name;
        admin.request().formParams(Map.of("_csrf", admin.csrfToken(), "username", name,
                        "displayName", "<script>alert(1)</script>", "role", "viewer",
                        "products", product + ", other-" + name, "password", SignedIn.PASSWORD))
                .post("/admin/users").then().statusCode(303)
                .header("Location", endsWith("/admin/users?created=" + name));

        String list = admin.request().get("/admin/users?created=" + name).then().statusCode(200).extract().asString();
        assertTrue(list.contains("Created " + name), list);
        String row = row(list, "href=\"/admin/users/" + name + "\"");
        assertNotNull(row, "the new user is listed:\n" + list);
        assertTrue(row.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), row);
        assertTrue(row.contains(">viewer<") && row.contains(product) && row.contains(">active<"), row);
        assertFalse(list.contains("<script>alert(1)"), "markup in a display name is shown, never run");
        as(name).get("/api/v1/me").then().statusCode(200).body("role", equalTo("viewer"))
                .body("products", equalTo(List.of("other-" + name, product)));

        admin.request().formParams(Map.of("_csrf", admin.csrfToken(), "role", "analyst"))
                .post("/admin/users/" + name + "/role").then().statusCode(303)
                .header("Location", endsWith("/admin/users/" + name + "?done=role"));
        admin.request().get("/admin/users/" + name + "?done=role").then().statusCode(200)
                .body(containsString("Role changed"))
                .body(containsString("<option value=\"analyst\" selected=\"selected\">analyst</option>"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        as(name).get("/api/v1/me").then().statusCode(200).body("role", equalTo("analyst"));

        admin.request().formParams(Map.of("_csrf", admin.csrfToken(), "allProducts", "on", "products", product))
                .post("/admin/users/" + name + "/products").then().statusCode(303);
        as(name).get("/api/v1/me").then().body("products", nullValue());

        admin.request().formParams(Map.of("_csrf", admin.csrfToken())).post("/admin/users/" + name + "/disable")
                .then().statusCode(303).header("Location", endsWith("?done=disabled"));
        as(name).get("/api/v1/me").then().statusCode(401);
        assertTrue(row(admin.request().get("/admin/users").asString(), "href=\"/admin/users/" + name + "\"")
                .contains(">disabled<"));
        admin.request().formParams(Map.of("_csrf", admin.csrfToken())).post("/admin/users/" + name + "/enable")
                .then().statusCode(303);
        as(name).get("/api/v1/me").then().statusCode(200);

        admin.request().formParams(Map.of("_csrf", admin.csrfToken(), "password", "another long passphrase"))
                .post("/admin/users/" + name + "/password").then().statusCode(303);
        given().auth().preemptive().basic(name, "another long passphrase").get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void refusalsShowOnThePageWithWhatWasTyped() {
        SignedIn.Browser admin = SignedIn.signInWithForm(SignedIn.ADMIN, SignedIn.ADMIN_PASSWORD);
        String name = unique("short");
        admin.request().formParams(Map.of("_csrf", admin.csrfToken(), "username", name, "displayName", "Shorty",
                        "role", "analyst", "products", "a, b", "password", "short"))
                .post("/admin/users").then().statusCode(400)
                .body(containsString("class=\"problem\""))
                .body(containsString("Password must be at least 12 characters"))
                .body(containsString("value=\"" + name + "\""))
                .body(containsString("value=\"a, b\""))
                .body(containsString("<option value=\"analyst\" selected=\"selected\">"));
        admin.request().get("/admin/users/" + name).then().statusCode(404).body(containsString("No user"));

        String viewer = SignedIn.newUser(users, hasher, "viewer", Role.VIEWER, ProductScope.allProducts());
        admin.request().formParams(Map.of("_csrf", admin.csrfToken(), "password", "tiny"))
                .post("/admin/users/" + viewer + "/password").then().statusCode(400)
                .body(containsString("at least 12 characters"))
                .body(containsString("<h1>" + viewer + "</h1>"));
        as(viewer).get("/api/v1/me").then().statusCode(200); // the old password still works
    }

    @Test
    void onlyAdminsSeeTheAdminPagesAndTheLinkToThem() {
        String viewer = SignedIn.newUser(users, hasher, "viewer", Role.VIEWER, ProductScope.allProducts());
        SignedIn.Browser browser = SignedIn.signInWithForm(viewer, SignedIn.PASSWORD);
        for (String page : List.of("/admin/users", "/admin/users/" + SignedIn.ADMIN, "/admin/tokens", "/admin/audit")) {
            browser.request().get(page).then().statusCode(403);
        }
        browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "username", unique("sneaky"),
                "role", "admin", "allProducts", "on", "password", SignedIn.PASSWORD)).post("/admin/users").then()
                .statusCode(403);
        browser.request().get("/").then().statusCode(200)
                .body(containsString("href=\"/account\"")).body(not(containsString("href=\"/admin/users\"")));

        SignedIn.Browser admin = SignedIn.signInWithForm(SignedIn.ADMIN, SignedIn.ADMIN_PASSWORD);
        admin.request().get("/").then().body(containsString("href=\"/admin/users\""))
                .body(containsString("href=\"/account\""));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenChangesNothing() {
        SignedIn.Browser admin = SignedIn.signInWithForm(SignedIn.ADMIN, SignedIn.ADMIN_PASSWORD);
        String name = unique("forged");
        admin.request().formParams(Map.of("username", name, "role", "admin", "allProducts", "on",
                "password", SignedIn.PASSWORD)).post("/admin/users").then().statusCode(403);
        SignedIn.asAdmin().get("/api/v1/admin/users/" + name).then().statusCode(404);

        String viewer = SignedIn.newUser(users, hasher, "viewer", Role.VIEWER, ProductScope.allProducts());
        admin.request().formParams(Map.of("_csrf", "forged")).post("/admin/users/" + viewer + "/disable").then()
                .statusCode(403);
        as(viewer).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void anAdminSeesEveryonesTokensAndRevokesOne() {
        String owner = SignedIn.newUser(users, hasher, "owner", Role.ANALYST, ProductScope.allProducts());
        String tokenName = "nightly " + owner;
        Response created = as(owner).contentType(ContentType.JSON)
                .body(Map.of("name", tokenName, "scopes", List.of("read", "query"), "expiresInDays", 7))
                .post("/api/v1/tokens");
        assertEquals(201, created.statusCode(), created.asString());
        String secret = created.path("token");
        String id = created.path("details.id");

        SignedIn.Browser admin = SignedIn.signInWithForm(SignedIn.ADMIN, SignedIn.ADMIN_PASSWORD);
        String row = row(admin.request().get("/admin/tokens").then().statusCode(200).extract().asString(), tokenName);
        assertNotNull(row, "the token is listed");
        assertTrue(row.contains(">" + owner + "<") && row.contains("query, read") && row.contains(">active<")
                && row.contains("/admin/tokens/" + id + "/revoke"), row);
        given().header("Authorization", "Bearer " + secret).get("/api/v1/me").then().statusCode(200);

        admin.request().formParams(Map.of("_csrf", admin.csrfToken())).post("/admin/tokens/" + id + "/revoke").then()
                .statusCode(303).header("Location", endsWith("/admin/tokens?done=revoked"));
        given().header("Authorization", "Bearer " + secret).get("/api/v1/me").then().statusCode(401);
        String after = admin.request().get("/admin/tokens?done=revoked").asString();
        assertTrue(after.contains("Token revoked"), after);
        row = row(after, tokenName);
        assertTrue(row.contains("revoked ") && !row.contains("/revoke\""), row);
    }

    @Test
    void theAuditLogListsUserChangesNewestFirstFiftyAPage() {
        SignedIn.Browser admin = SignedIn.signInWithForm(SignedIn.ADMIN, SignedIn.ADMIN_PASSWORD);
        String name = unique("audited");
        admin.request().formParams(Map.of("_csrf", admin.csrfToken(), "username", name, "role", "viewer",
                "allProducts", "on", "password", SignedIn.PASSWORD)).post("/admin/users").then().statusCode(303);
        for (int i = 0; i < 26; i++) { // 52 newer entries push the creation off the first page
            admin.request().formParams(Map.of("_csrf", admin.csrfToken())).post("/admin/users/" + name + "/disable")
                    .then().statusCode(303);
            admin.request().formParams(Map.of("_csrf", admin.csrfToken())).post("/admin/users/" + name + "/enable")
                    .then().statusCode(303);
        }

        String first = admin.request().get("/admin/audit").then().statusCode(200).extract().asString();
        assertEquals(50, rows(first).size() - 1, "a header row and 50 entries");
        List<String> times = new ArrayList<>();
        Matcher time = TIME.matcher(first);
        while (time.find()) {
            times.add(time.group(1));
        }
        List<String> newestFirst = new ArrayList<>(times);
        newestFirst.sort(Comparator.reverseOrder());
        assertEquals(newestFirst, times, "newest first");
        assertNotNull(row(first, ">user enabled<", ">" + name + "<"), first);
        assertNull(row(first, ">user created<", ">" + name + "<"), "the creation is older than 52 later entries");

        String page = first;
        String creation = null;
        for (int pages = 0; creation == null && pages < 20; pages++) {
            Matcher older = OLDER.matcher(page);
            assertTrue(older.find(), "an Older link while the creation is not shown yet");
            page = admin.request().get(older.group(1)).then().statusCode(200).extract().asString();
            assertTrue(page.contains("href=\"/admin/audit\""), "a link back to the newest");
            creation = row(page, ">user created<", ">" + name + "<");
        }
        assertNotNull(creation, "the creation is on an older page");
        assertTrue(creation.contains(">" + SignedIn.ADMIN + "<") && creation.contains("role viewer"), creation);
        admin.request().get("/admin/audit?before=soon").then().statusCode(400)
                .body(containsString("class=\"problem\""));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The table rows of a page (from {@code <tr} to the next one). */
    static List<String> rows(String html) {
        List<String> rows = new ArrayList<>(Arrays.asList(html.split("<tr")));
        rows.remove(0);
        return rows;
    }

    /** The first table row holding every one of {@code parts}; null when there is none. */
    static String row(String html, String... parts) {
        return rows(html).stream().filter(r -> Arrays.stream(parts).allMatch(r::contains)).findFirst().orElse(null);
    }
}
