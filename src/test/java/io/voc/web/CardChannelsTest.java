package io.voc.web;

import static io.voc.support.SignedIn.as;
import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Setting up a chat channel as an analyst does it - through the API and through the pages: subscribe it,
 * send a test card, and find that card in the admins' delivery log. The URLs are IP literals of a
 * documentation range (public, no DNS needed); nothing here waits for a card to arrive.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class CardChannelsTest {
    private static final String HOOK = "https://203.0.113.9/services/T01/B02/hookPathIsASecret";

    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    @Test
    void anAnalystSetsUpAChannelByApiAndItsTestCardIsInTheDeliveryLog() {
        String product = "cards-" + UUID.randomUUID().toString().substring(0, 8);
        String analyst = analyst(product);

        String id = as(analyst).contentType(ContentType.JSON)
                .body(Map.of("name", "#" + product, "kind", "slack", "url", HOOK,
                        "callbackSecret", "slack-signing-secret-42", "products", List.of(product)))
                .post("/api/v1/cards/channels").then().statusCode(201)
                .body("url", equalTo("https://203.0.113.9/…"))
                .body("hasCallbackSecret", equalTo(true))
                .body(not(containsString("hookPathIsASecret"))).body(not(containsString("slack-signing-secret-42")))
                .extract().path("id");
        as(analyst).get("/api/v1/cards/channels").then().statusCode(200).body("items.id", hasItem(id));

        as(analyst).contentType(ContentType.JSON).body(Map.of("events", List.of("emerging_issue", "alert_fired")))
                .post("/api/v1/cards/channels/" + id + "/subscriptions").then().statusCode(201)
                .body("events", equalTo(List.of("alert_fired", "emerging_issue")))
                .body("allProducts", equalTo(false)).body("products", equalTo(List.of(product)));
        String delivery = as(analyst).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/cards/channels/" + id + "/test").then().statusCode(202)
                .extract().path("deliveryId");

        asAdmin().get("/api/v1/cards/deliveries?channel=" + id).then().statusCode(200)
                .body("items.id", equalTo(List.of(delivery)))
                .body("items[0].alert", equalTo("Test card from VOC"))
                .body("items[0].product", equalTo(product))
                .body("items[0].kind", equalTo("slack"));
        as(analyst).get("/api/v1/cards/deliveries").then().statusCode(403);

        // another analyst cannot tell the channel exists
        as(analyst(product)).get("/api/v1/cards/channels/" + id).then().statusCode(404);
        as(analyst).delete("/api/v1/cards/channels/" + id).then().statusCode(204);
        as(analyst).get("/api/v1/cards/channels/" + id).then().statusCode(404);
    }

    @Test
    void badChannelsAreRefusedNamingTheField() {
        String product = "cards-" + UUID.randomUUID().toString().substring(0, 8);
        String analyst = analyst(product);
        refused(analyst, Map.of("name", "x", "kind", "irc", "url", HOOK, "products", List.of(product)), "kind");
        refused(analyst, Map.of("name", "x", "kind", "slack", "url", HOOK), "products");
        refused(analyst, Map.of("name", "x", "kind", "slack", "url", "http://203.0.113.9/hook",
                "products", List.of(product)), "url");
        as(analyst).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "kind", "webhook", "url", "https://10.0.0.1/hook", "signingSecret", "webhook-secret-1",
                        "products", List.of(product)))
                .post("/api/v1/cards/channels").then().statusCode(400)
                .body("error.field", equalTo("url")).body("error.message", containsString("10.0.0.1"));
        // a channel may not reach further than its creator
        as(analyst).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "kind", "slack", "url", HOOK, "allProducts", true))
                .post("/api/v1/cards/channels").then().statusCode(403);

        String id = as(analyst).contentType(ContentType.JSON)
                .body(Map.of("name", "ok", "kind", "slack", "url", HOOK, "callbackSecret", "slack-signing-secret-42",
                        "products", List.of(product)))
                .post("/api/v1/cards/channels").then().statusCode(201).extract().path("id");
        as(analyst).contentType(ContentType.JSON).body(Map.of("events", List.of("fire")))
                .post("/api/v1/cards/channels/" + id + "/subscriptions").then().statusCode(400)
                .body("error.field", equalTo("events")).body("error.message", containsString("emerging_issue"));
        as(analyst).contentType(ContentType.JSON).body(Map.of("product", "another-product"))
                .post("/api/v1/cards/channels/" + id + "/test").then().statusCode(400)
                .body("error.field", equalTo("product"));
        as(analyst).get("/api/v1/cards/channels/not-an-id").then().statusCode(404);
        asAdmin().get("/api/v1/cards/deliveries?status=lost").then().statusCode(400)
                .body("error.field", equalTo("status"));

        String viewer = SignedIn.newUser(users, hasher, "viewer", Role.VIEWER,
                ProductScope.only(Set.of(new ProductKey(product))));
        as(viewer).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "kind", "slack", "url", HOOK, "products", List.of(product)))
                .post("/api/v1/cards/channels").then().statusCode(403);
    }

    @Test
    void theChannelPagesSetUpSubscribeAndTestAChannel() {
        String product = "cards-" + UUID.randomUUID().toString().substring(0, 8);
        String analyst = analyst(product);
        SignedIn.Browser browser = SignedIn.signInWithForm(analyst, SignedIn.PASSWORD);

        browser.request().get("/cards").then().statusCode(200).body(containsString("No channel yet"));
        // a refusal shows the reason and keeps what was typed (never the secrets)
        String refused = browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "name", "Team <b>chat</b>",
                        "kind", "lark", "url", "https://169.254.169.254/hook", "signingSecret", "lark-secret-1",
                        "products", product))
                .post("/cards/channels").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("169.254.169.254") && refused.contains("Team &lt;b&gt;chat&lt;/b&gt;"), refused);
        assertFalse(refused.contains("lark-secret-1"), refused);

        String location = browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "name", "Team chat",
                        "kind", "lark", "url", "https://203.0.113.9/open-apis/bot/v2/hook/abc",
                        "signingSecret", "lark-secret-1", "products", product))
                .post("/cards/channels").then().statusCode(303).extract().header("Location");
        String page = location.substring(location.indexOf("/cards/channels/")).replace("?done=created", "");
        browser.request().get(page + "?done=created").then().statusCode(200)
                .body(containsString("Channel set up")).body(containsString("signing secret set"))
                .body(containsString("/api/v1/cards/callbacks/lark/" + location.substring(location.lastIndexOf('/') + 1)
                        .replace("?done=created", "")))
                .body(containsString("None yet"));

        browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "events", "emerging_issue", "products", ""))
                .post(page + "/subscriptions").then().statusCode(303);
        browser.request().get(page).then().statusCode(200).body(containsString("<td>emerging_issue</td>"))
                .body(not(containsString("None yet")));
        browser.request().formParams(Map.of("_csrf", browser.csrfToken(), "product", product))
                .post(page + "/test").then().statusCode(303);
        browser.request().get(page + "?done=tested").then().body(containsString("Test card queued"));

        String channelId = page.substring("/cards/channels/".length());
        SignedIn.Browser admin = SignedIn.signInWithForm(SignedIn.ADMIN, SignedIn.ADMIN_PASSWORD);
        admin.request().get("/cards/deliveries?channel=" + channelId).then().statusCode(200)
                .body(containsString("Test card from VOC - " + product)).body(containsString("Team chat (lark)"));
        browser.request().get("/cards/deliveries").then().statusCode(403);

        browser.request().formParams(Map.of("_csrf", browser.csrfToken())).post(page + "/delete").then()
                .statusCode(303);
        browser.request().get("/cards?done=deleted").then().body(containsString("Channel deleted"))
                .body(containsString("No channel yet"));
    }

    private String analyst(String product) {
        return SignedIn.newUser(users, hasher, "analyst", Role.ANALYST,
                ProductScope.only(Set.of(new ProductKey(product))));
    }

    private static void refused(String user, Map<String, Object> body, String field) {
        as(user).contentType(ContentType.JSON).body(body).post("/api/v1/cards/channels").then().statusCode(400)
                .body("error.field", equalTo(field));
    }
}
