package io.voc.web;

import static io.restassured.RestAssured.given;
import static io.voc.web.CardCallbackFixtures.alertChanges;
import static io.voc.web.CardCallbackFixtures.link;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.voc.card.model.AlertStatus;
import io.voc.card.model.ChannelSecrets;
import io.voc.feedback.model.ProductKey;
import io.voc.support.ChatReceiver;
import io.voc.support.ChatSender;
import io.voc.support.RawPost;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slack clicks as Slack sends them: a signed form with a block_actions payload, answered 200 at once, the
 * message then updated through the click's response_url (a real local HTTP server playing Slack).
 */
@QuarkusTest
@TestProfile(CardCallbacksProfile.class)
@QuarkusTestResource(TestStack.class)
class CardCallbacksSlackTest {
    private static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "application/x-www-form-urlencoded";
    private static ChatReceiver slack;

    @Inject
    CardCallbackFixtures fixtures;

    private ProductKey product;
    private UUID channel;
    private UUID alert;
    private String pm;
    private String slackUser;

    @BeforeAll
    static void slackStandIn() {
        slack = ChatReceiver.start();
    }

    @AfterAll
    static void stop() {
        slack.close();
    }

    @BeforeEach
    void anOpenAlertOnASlackChannel() {
        CardCallbackFixtures.awaitSchema();
        slack.reset();
        product = CardCallbackFixtures.newProduct();
        channel = fixtures.channel("slack", "https://203.0.113.7/services/T0/B0/hook",
                new ChannelSecrets(null, SIGNING_SECRET), product);
        alert = fixtures.openAlert(product);
        pm = fixtures.viewerOf(product, "slackpm");
        slackUser = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void anAcknowledgeDeliveredThreeTimesChangesTheAlertOnceAndTheMessageShowsIt() throws Exception {
        link("slack", slackUser, pm);
        String body = form(payload(slackUser, "acknowledge"));

        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            assertEquals(200, post(body, now()).status());
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertTrue(millis < 3_000, "Slack wants its answer within 3 s; took " + millis + " ms");
        }

        assertEquals(AlertStatus.ACKNOWLEDGED, fixtures.status(alert));
        assertEquals(1, alertChanges(alert), "one change, one audit line, however often Slack delivers");
        List<ChatReceiver.Received> updates = slack.awaitRequests(3, Duration.ofSeconds(10));
        JsonNode update = updates.get(updates.size() - 1).json();
        assertTrue(update.path("replace_original").asBoolean(), update.toString());
        String blocks = update.path("blocks").toString();
        assertTrue(blocks.contains("Acknowledged by " + pm), blocks);
        assertFalse(actionIds(update).contains("acknowledge"), "nothing left to acknowledge: " + actionIds(update));
        assertTrue(actionIds(update).contains("resolve"), actionIds(update).toString());
    }

    @Test
    void aChangedByteIsRefusedAndChangesNothing() {
        link("slack", slackUser, pm);
        String body = form(payload(slackUser, "resolve"));
        String timestamp = now();
        String signature = ChatSender.slackSignature(SIGNING_SECRET, timestamp, body);
        // one byte of the signed body changed, as an attacker would to turn a signed click into another
        String changed = body.replace("resolve", "resolvf");

        RawPost.Answer refused = RawPost.post(path(), FORM, Map.of("X-Slack-Request-Timestamp", timestamp,
                "X-Slack-Signature", signature), changed);

        assertEquals(401, refused.status(), refused.body());
        assertEquals("invalid_signature", refused.json().path("error").path("code").asText());

        assertEquals(AlertStatus.OPEN, fixtures.status(alert));
        assertEquals(0, alertChanges(alert));
    }

    @Test
    void aCallbackSigned301SecondsAgoIsRefused() {
        link("slack", slackUser, pm);
        String old = Long.toString(Instant.now().minusSeconds(301).getEpochSecond());

        RawPost.Answer refused = post(form(payload(slackUser, "resolve")), old);

        assertEquals(401, refused.status(), refused.body());
        assertEquals("invalid_signature", refused.json().path("error").path("code").asText());
        assertTrue(refused.json().path("error").path("message").asText().contains("300"), refused.body());
        assertEquals(AlertStatus.OPEN, fixtures.status(alert));
    }

    @Test
    void aClickByAnUnlinkedSlackUserIsRefusedOnTheCardOnlyAndChangesNothing() throws Exception {
        assertEquals(200, post(form(payload(slackUser, "resolve")), now()).status());

        JsonNode answer = slack.awaitRequests(1, Duration.ofSeconds(10)).get(0).json();
        assertEquals("ephemeral", answer.path("response_type").asText(), "only the clicker sees it: " + answer);
        assertFalse(answer.path("replace_original").asBoolean(true), "the card stays as it is");
        assertTrue(answer.path("text").asText().contains("Link your chat user to VOC"), answer.toString());
        assertTrue(answer.path("text").asText().contains(slackUser), "names who to link: " + answer);
        assertEquals(AlertStatus.OPEN, fixtures.status(alert));
        assertEquals(0, alertChanges(alert));
    }

    @Test
    void aLinkedUserWithoutTheProductIsRefusedOnTheCard() throws Exception {
        link("slack", slackUser, fixtures.viewerOf(CardCallbackFixtures.newProduct(), "otherpm"));

        assertEquals(200, post(form(payload(slackUser, "resolve")), now()).status());

        JsonNode answer = slack.awaitRequests(1, Duration.ofSeconds(10)).get(0).json();
        assertEquals("ephemeral", answer.path("response_type").asText(), answer.toString());
        assertTrue(answer.path("text").asText().contains(product.value()), answer.toString());
        assertEquals(AlertStatus.OPEN, fixtures.status(alert));
    }

    @Test
    void callbacksNeedTheChannelInThePathAndNothingElseIsOpened() {
        given().contentType("application/x-www-form-urlencoded").body("payload=%7B%7D")
                .post("/api/v1/cards/callbacks/slack").then().statusCode(404)
                .body("error.code", equalTo("channel_required"));
        given().contentType("application/x-www-form-urlencoded").body("payload=%7B%7D")
                .post("/api/v1/cards/callbacks/slack/" + UUID.randomUUID()).then().statusCode(401)
                .body("error.code", equalTo("invalid_signature"));
        // the identities behind the clicks are the admins' business, with credentials as usual
        given().get("/api/v1/cards/identities").then().statusCode(401);
        given().contentType("application/json").body(Map.of("provider", "slack", "externalId", "U1", "username", pm))
                .put("/api/v1/cards/identities").then().statusCode(401);
        io.voc.support.SignedIn.as(pm).get("/api/v1/cards/identities").then().statusCode(403);
    }

    private String payload(String user, String action) {
        Map<String, Object> payload = Map.of(
                "type", "block_actions",
                "user", Map.of("id", user, "username", "someone", "team_id", "T0VOC0000"),
                "api_app_id", "A0VOC0000",
                "trigger_id", "1234567890123.0987654321." + UUID.randomUUID().toString().replace("-", ""),
                "response_url", slack.slackResponseUrl(),
                "container", Map.of("type", "message", "message_ts", "1700000000.000100"),
                "actions", List.of(Map.of("type", "button", "action_id", action, "block_id", "voc-" + alert,
                        "value", alert.toString(), "action_ts", "1700000001.000200")));
        try {
            return JSON.writeValueAsString(payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(String payload) {
        return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
    }

    private RawPost.Answer post(String body, String timestamp) {
        return RawPost.post(path(), FORM, Map.of("X-Slack-Request-Timestamp", timestamp,
                "X-Slack-Signature", ChatSender.slackSignature(SIGNING_SECRET, timestamp, body)), body);
    }

    private String path() {
        return "/api/v1/cards/callbacks/slack/" + channel;
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    private static List<String> actionIds(JsonNode message) {
        return StreamSupport.stream(message.path("blocks").spliterator(), false)
                .filter(b -> "actions".equals(b.path("type").asText()))
                .flatMap(b -> StreamSupport.stream(b.path("elements").spliterator(), false))
                .map(e -> e.path("action_id").asText()).toList();
    }
}
