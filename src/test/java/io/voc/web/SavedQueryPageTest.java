package io.voc.web;

import static io.voc.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
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
import org.junit.jupiter.api.Test;

/** "Save this view" on the Explorer, as an analyst in a browser uses it, and the saved query's page. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class SavedQueryPageTest {

    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    @Test
    void savingAnExplorerViewKeepsItsFiltersAndLeadsBackToThem() {
        SignedIn.ensureAdmin();
        String analyst = SignedIn.newUser(users, hasher, "analyst", Role.ANALYST, ProductScope.allProducts());
        SignedIn.Browser browser = SignedIn.signInWithForm(analyst, SignedIn.PASSWORD);
        String explorer = browser.request()
                .get("/?q=login&product=pocketbank&from=2026-11-01&to=2026-11-20&platform=Android&appVersion=3.9.0")
                .then().statusCode(200).extract().asString();
        assertTrue(explorer.contains("Save this view"), "the Explorer offers to save the view");

        // what the form posts: the view's parameters as its hidden fields carry them, plus a name
        Map<String, String> form = new HashMap<>(Map.of("_csrf", browser.csrfToken(), "name", "3.9.0 login on android",
                "description", "planted signal", "q", "login", "product", "pocketbank", "from", "2026-11-01",
                "to", "2026-11-20", "appVersion", "3.9.0"));
        form.put("platform", "Android");
        form.put("sentiment", "");
        String location = browser.request().formParams(form).post("/queries").then().statusCode(303)
                .extract().header("Location");
        String id = location.replaceAll(".*/queries/([0-9a-f-]+).*", "$1");

        as(analyst).get("/api/v1/queries/" + id).then().statusCode(200)
                .body("name", equalTo("3.9.0 login on android")).body("description", equalTo("planted signal"))
                .body("definition.text", equalTo("login"))
                .body("definition.filters.product", equalTo("pocketbank"))
                .body("definition.filters.platform", equalTo("android")) // as the Explorer normalises it
                .body("definition.filters.appVersion", equalTo("3.9.0"))
                .body("definition.filters.sentiment", equalTo(null))
                .body("definition.period.from", equalTo("2026-11-01"))
                .body("definition.period.to", equalTo("2026-11-20"));

        browser.request().get(location).then().statusCode(200)
                .body(containsString("<h1>3.9.0 login on android</h1>"))
                .body(containsString("Saved. Only you see it until you share it."))
                .body(containsString("&quot;appVersion&quot; : &quot;3.9.0&quot;"))
                .body(containsString("nobody: private"))
                .body(containsString("<td>created</td>"))
                .body(containsString("href=\"/?q=login&amp;product=pocketbank&amp;platform=android&amp;appVersion=3.9.0"
                        + "&amp;from=2026-11-01&amp;to=2026-11-20\""));
        browser.request().get("/queries").then().statusCode(200)
                .body(containsString("href=\"/queries/" + id + "\">3.9.0 login on android</a>"))
                .body(containsString("<td>private</td>"));
        // saved private: another analyst's browser finds nothing there, nor in their list
        String other = SignedIn.newUser(users, hasher, "analyst", Role.ANALYST, ProductScope.allProducts());
        as(other).get(location).then().statusCode(404).body(containsString("No saved query"));
        as(other).get("/queries").then().statusCode(200).body(containsString("No saved query yet"))
                .body(not(containsString(id)));
    }

    @Test
    void aViewWithoutANameIsNotSavedAndAViewerIsNotOfferedTheForm() {
        SignedIn.ensureAdmin();
        String analyst = SignedIn.newUser(users, hasher, "analyst", Role.ANALYST, ProductScope.allProducts());
        SignedIn.Browser browser = SignedIn.signInWithForm(analyst, SignedIn.PASSWORD);
        browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "name", " ", "q", "refund"))
                .post("/queries").then().statusCode(400)
                .body(containsString("Name is required"))
                .body(containsString("href=\"/?q=refund\""));
        browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "name", "typo", "channel", "fax"))
                .post("/queries").then().statusCode(400).body(containsString("fax"));
        as(analyst).get("/api/v1/queries").then()
                .body("items.findAll { it.owner == '" + analyst + "' }", equalTo(java.util.List.of()));

        String viewer = SignedIn.newUser(users, hasher, "viewer", Role.VIEWER, ProductScope.allProducts());
        SignedIn.Browser viewerBrowser = SignedIn.signInWithForm(viewer, SignedIn.PASSWORD);
        String explorer = viewerBrowser.request().get("/").then().statusCode(200).extract().asString();
        assertTrue(!explorer.contains("Save this view"), "a viewer cannot save queries, so is not offered to");
        viewerBrowser.request().formParams(Map.of("_csrf", viewerBrowser.csrfToken(), "name", "sneaky"))
                .post("/queries").then().statusCode(403);
    }

    /** Edit, share and delete from the query's page, as its owner does in a browser. */
    @Test
    void theOwnerEditsSharesAndDeletesFromThePage() {
        SignedIn.ensureAdmin();
        String owner = SignedIn.newUser(users, hasher, "analyst", Role.ANALYST, ProductScope.allProducts());
        String colleague = SignedIn.newUser(users, hasher, "analyst", Role.ANALYST, ProductScope.allProducts());
        String id = as(owner).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("name", "Refunds", "definition", Map.of("text", "refund")))
                .post("/api/v1/queries").then().statusCode(201).extract().path("id");
        SignedIn.Browser browser = SignedIn.signInWithForm(owner, SignedIn.PASSWORD);
        String page = "/queries/" + id;
        String html = browser.request().get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Save as a new version") && html.contains("Save sharing")
                && html.contains("Delete this saved query"), "the owner is offered to edit, share and delete");

        Map<String, String> edit = new HashMap<>(Map.of("_csrf", browser.csrfToken(), "version", "1",
                "name", "Refunds in the EU", "description", "asked by finance",
                "definition", "{\"text\": \"refund\", \"filters\": {\"region\": \"eu\"}}"));
        browser.request().formParams(edit).post(page + "/edit").then().statusCode(303);
        as(owner).get("/api/v1/queries/" + id).then().body("version", equalTo(2))
                .body("name", equalTo("Refunds in the EU")).body("definition.filters.region", equalTo("eu"));
        as(owner).get("/api/v1/queries/" + id + "/history").then()
                .body("items.version", equalTo(java.util.List.of(2, 1)));
        // the same form again is an edit of version 1, which is no longer the query: refused, nothing lost
        browser.request().formParams(edit).post(page + "/edit").then().statusCode(409)
                .body(containsString("changed meanwhile"));
        edit.put("version", "2");
        edit.put("definition", "{\"text\": ");
        browser.request().formParams(edit).post(page + "/edit").then().statusCode(400)
                .body(containsString("not JSON"));

        browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "users", colleague + ", nobody-such"))
                .post(page + "/share").then().statusCode(400).body(containsString("nobody-such"));
        as(colleague).get("/api/v1/queries/" + id).then().statusCode(404);
        browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "users", colleague))
                .post(page + "/share").then().statusCode(303);
        as(colleague).get(page).then().statusCode(200).body(containsString("Refunds in the EU"))
                .body(not(containsString("Save as a new version")));

        browser.request().formParams(Map.of("_csrf", browser.csrfToken())).post(page + "/delete").then()
                .statusCode(303).header("Location", containsString("/queries?done=deleted"));
        as(owner).get("/api/v1/queries/" + id).then().statusCode(404);
        as(colleague).get(page).then().statusCode(404);
    }
}
