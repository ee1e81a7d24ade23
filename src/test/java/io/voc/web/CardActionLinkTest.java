package io.voc.web;

import static io.restassured.RestAssured.given;
import static io.voc.web.CardCallbackFixtures.alertChanges;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.voc.card.application.CardLinkKey;
import io.voc.card.infrastructure.CardActionLinks;
import io.voc.card.model.Card;
import io.voc.card.model.CardAction;
import io.voc.card.model.CardLink;
import io.voc.card.model.EventKind;
import io.voc.card.model.AlertStatus;
import io.voc.feedback.model.ProductKey;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Teams cards' buttons: signed links that expire. Followed, they ask for sign-in, then for a confirmation (a
 * form with the session's CSRF token), and apply the action as the signed-in person. A changed or expired
 * link gets a page that says so and applies nothing.
 */
@QuarkusTest
@TestProfile(CardCallbacksProfile.class)
@QuarkusTestResource(TestStack.class)
class CardActionLinkTest {
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\"");

    @Inject
    CardCallbackFixtures fixtures;
    @Inject
    CardActionLinks links;
    @Inject
    CardLinkKey key;

    private ProductKey product;
    private UUID alert;
    private String pm;

    @BeforeEach
    void anOpenAlert() {
        CardCallbackFixtures.awaitSchema();
        product = CardCallbackFixtures.newProduct();
        alert = fixtures.openAlert(product);
        pm = fixtures.viewerOf(product, "teamspm");
    }

    @Test
    void aValidLinkAsksForSignInThenConfirmationAndAppliesOnce() {
        String link = links.linkFor(card(), CardAction.RESOLVE);
        assertTrue(link.startsWith("http://localhost:8080/cards/act?alert=" + alert + "&action=resolve&expires="),
                link);
        String path = pathOf(link);

        given().redirects().follow(false).get(path).then().statusCode(303)
                .header("Location", containsString("/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8)));

        SignedIn.Browser browser = SignedIn.signInWithForm(pm, SignedIn.PASSWORD);
        String page = browser.request().get(path).then().statusCode(200)
                .body(containsString("Login crashes on 3.9.0")).body(containsString("Mark resolved?"))
                .extract().asString();
        assertEquals(AlertStatus.OPEN, fixtures.status(alert), "following the link alone changes nothing");

        Map<String, String> form = hiddenFields(page);
        assertEquals(browser.csrfToken(), form.get("_csrf"));
        browser.request().formParams(form).post("/cards/act").then().statusCode(200)
                .body(containsString("Done: Resolved by " + pm));
        browser.request().formParams(form).post("/cards/act").then().statusCode(200)
                .body(not(containsString("Done:")));

        assertEquals(AlertStatus.RESOLVED, fixtures.status(alert));
        assertEquals(1, alertChanges(alert), "the same confirmation sent twice applies once");
        String audit = SignedIn.asAdmin().get("/api/v1/admin/audit?limit=50").asString();
        assertTrue(audit.contains("resolve via teams"), audit);
    }

    @Test
    void aChangedLinkIsRefusedWithAPageAndAppliesNothing() {
        String path = pathOf(links.linkFor(card(), CardAction.RESOLVE));
        SignedIn.Browser browser = SignedIn.signInWithForm(pm, SignedIn.PASSWORD);

        browser.request().get(path.replace("action=resolve", "action=mute_24h")).then().statusCode(403)
                .body(containsString("not one VOC made")).body(not(containsString("name=\"confirmation\"")));
        // a form posted with a changed link does not apply either
        Map<String, String> form = hiddenFields(browser.request().get(path).asString());
        form.put("action", "acknowledge");
        browser.request().formParams(form).post("/cards/act").then().statusCode(403);

        assertEquals(AlertStatus.OPEN, fixtures.status(alert));
        assertEquals(0, alertChanges(alert));
    }

    @Test
    void anExpiredLinkIsRefusedWithAPageThatSaysSo() {
        CardLink expired = new CardLink(alert, CardAction.ACKNOWLEDGE, Instant.now().minusSeconds(60));
        String path = "/cards/act?alert=" + alert + "&action=acknowledge&expires=" + expired.expires().getEpochSecond()
                + "&sig=" + expired.signature(key.bytes());
        SignedIn.Browser browser = SignedIn.signInWithForm(pm, SignedIn.PASSWORD);

        browser.request().get(path).then().statusCode(410).body(containsString("expired"))
                .body(not(containsString("name=\"confirmation\"")));
        assertEquals(AlertStatus.OPEN, fixtures.status(alert));
    }

    private Card card() {
        return new Card(alert, EventKind.EMERGING_ISSUE, product.value(), "Login crashes on 3.9.0", "", List.of(),
                "Open", "http://localhost:8080/emerging", List.of(CardAction.RESOLVE, CardAction.OPEN));
    }

    private static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new HashMap<>();
        Matcher m = HIDDEN.matcher(page);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&amp;", "&"));
        }
        return fields;
    }
}
