package io.voc.web;

import static io.voc.web.CardCallbackFixtures.alertChanges;
import static io.voc.web.CardCallbackFixtures.link;
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
import io.voc.support.ChatSender;
import io.voc.support.RawPost;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lark card callbacks as a Lark app sends them (the URL check, encrypted and signed card actions answered with
 * a toast and the updated card) and clicks sent back by a team's own webhook receiver.
 */
@QuarkusTest
@TestProfile(CardCallbacksProfile.class)
@QuarkusTestResource(TestStack.class)
class CardCallbacksLarkAndWebhookTest {
    private static final String ENCRYPT_KEY = "lark-app-encrypt-key-0123";
    private static final String HOOK_SECRET = "team-receiver-shared-secret";
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CardCallbackFixtures fixtures;

    private ProductKey product;
    private UUID alert;
    private String pm;

    @BeforeEach
    void anOpenAlert() {
        CardCallbackFixtures.awaitSchema();
        product = CardCallbackFixtures.newProduct();
        alert = fixtures.openAlert(product);
        pm = fixtures.viewerOf(product, "larkpm");
    }

    @Test
    void larksUrlCheckIsAnsweredWithItsChallengePlainOrEncrypted() {
        UUID channel = larkChannel();
        RawPost.Answer plain = RawPost.post(larkPath(channel), JSON_TYPE, Map.of(),
                "{\"challenge\":\"ajls384kdjx98XX\",\"token\":\"xxxxxx\",\"type\":\"url_verification\"}");
        assertEquals(200, plain.status(), plain.body());
        assertEquals("ajls384kdjx98XX", plain.json().path("challenge").asText());

        String encrypted = json(Map.of("encrypt", ChatSender.larkEncrypt(ENCRYPT_KEY,
                "{\"challenge\":\"s3cr3t-challenge\",\"token\":\"xxxxxx\",\"type\":\"url_verification\"}")));
        RawPost.Answer opened = RawPost.post(larkPath(channel), JSON_TYPE, Map.of(), encrypted);
        assertEquals(200, opened.status(), opened.body());
        assertEquals("s3cr3t-challenge", opened.json().path("challenge").asText());
    }

    @Test
    void anEncryptedSignedCardActionIsAppliedOnceAndAnsweredWithAToastAndTheUpdatedCard() {
        UUID channel = larkChannel();
        String openId = "ou_" + UUID.randomUUID().toString().replace("-", "");
        link("lark", openId, pm);
        String body = json(Map.of("encrypt", ChatSender.larkEncrypt(ENCRYPT_KEY, cardAction(openId, "acknowledge"))));

        RawPost.Answer answer = signedLark(channel, body);
        RawPost.Answer again = signedLark(channel, body);

        assertEquals(200, answer.status(), answer.body());
        JsonNode first = answer.json();
        assertEquals("success", first.path("toast").path("type").asText(), first.toString());
        assertTrue(first.path("toast").path("content").asText().contains("Acknowledged by " + pm), first.toString());
        assertEquals("raw", first.path("card").path("type").asText());
        JsonNode card = first.path("card").path("data");
        assertEquals("orange", card.path("header").path("template").asText(), "acknowledged: " + card);
        assertTrue(card.toString().contains("Acknowledged by " + pm), card.toString());
        assertFalse(card.toString().contains("\"action\":\"acknowledge\""), "no Acknowledge button left: " + card);

        assertEquals(200, again.status(), again.body());
        assertEquals("info", again.json().path("toast").path("type").asText(), "a repeat changes nothing");
        assertEquals(AlertStatus.ACKNOWLEDGED, fixtures.status(alert));
        assertEquals(1, alertChanges(alert));
    }

    @Test
    void aCardActionWithoutSignatureOrByAnUnlinkedUserChangesNothing() {
        UUID channel = larkChannel();
        String openId = "ou_" + UUID.randomUUID().toString().replace("-", "");
        String body = json(Map.of("encrypt", ChatSender.larkEncrypt(ENCRYPT_KEY, cardAction(openId, "resolve"))));

        RawPost.Answer unsigned = RawPost.post(larkPath(channel), JSON_TYPE, Map.of(), body);
        assertEquals(401, unsigned.status(), unsigned.body());

        RawPost.Answer unlinked = signedLark(channel, body);
        assertEquals(200, unlinked.status(), unlinked.body());
        assertEquals("error", unlinked.json().path("toast").path("type").asText(), unlinked.body());
        assertTrue(unlinked.json().path("toast").path("content").asText().contains("Link your chat user to VOC"),
                unlinked.body());
        assertTrue(unlinked.json().path("card").isMissingNode(), "the card stays as it is");
        assertEquals(AlertStatus.OPEN, fixtures.status(alert));
    }

    @Test
    void aWebhookClickWithABadSignatureIsRefusedAndASignedOneIsApplied() {
        UUID channel = fixtures.channel("webhook", "https://203.0.113.9/hooks/voc", new ChannelSecrets(HOOK_SECRET,
                null), product);
        String user = "jane@team.example";
        link("webhook", user, pm);
        String body = json(Map.of("event_id", "evt-1", "alert", alert.toString(), "action", "resolve", "user", user));
        String timestamp = Long.toString(Instant.now().getEpochSecond());

        RawPost.Answer forged = RawPost.post(webhookPath(channel), JSON_TYPE, Map.of("X-VOC-Timestamp", timestamp,
                "X-VOC-Signature", ChatSender.webhookSignature("not-the-shared-secret", timestamp, body)), body);
        assertEquals(401, forged.status(), forged.body());
        assertEquals("invalid_signature", forged.json().path("error").path("code").asText());
        assertEquals(AlertStatus.OPEN, fixtures.status(alert));

        RawPost.Answer applied = RawPost.post(webhookPath(channel), JSON_TYPE, Map.of("X-VOC-Timestamp", timestamp,
                "X-VOC-Signature", ChatSender.webhookSignature(HOOK_SECRET, timestamp, body)), body);
        assertEquals(200, applied.status(), applied.body());
        JsonNode answer = applied.json();
        assertEquals("resolved", answer.path("alert").path("status").asText(), answer.toString());
        assertTrue(answer.path("changed").asBoolean());
        assertEquals("Resolved by " + pm, answer.path("card").path("alert").path("status").asText());
        assertEquals(0, answer.path("card").path("actions").size(), "a resolved alert offers nothing more");
        assertEquals(AlertStatus.RESOLVED, fixtures.status(alert));

        String stranger = json(Map.of("event_id", "evt-2", "alert", alert.toString(), "action", "acknowledge",
                "user", "nobody@team.example"));
        RawPost.Answer refused = RawPost.post(webhookPath(channel), JSON_TYPE, Map.of("X-VOC-Timestamp", timestamp,
                "X-VOC-Signature", ChatSender.webhookSignature(HOOK_SECRET, timestamp, stranger)), stranger);
        assertEquals(403, refused.status(), refused.body());
        assertEquals("chat_user_not_linked", refused.json().path("error").path("code").asText());
        assertEquals(1, alertChanges(alert));
    }

    private UUID larkChannel() {
        return fixtures.channel("lark", "https://203.0.113.8/open-apis/bot/v2/hook/x", new ChannelSecrets(null,
                ENCRYPT_KEY), product);
    }

    /** A schema 2.0 card.action.trigger event as Lark sends it for a button whose value CardRenderers set. */
    private String cardAction(String openId, String action) {
        return json(Map.of(
                "schema", "2.0",
                "header", Map.of("event_id", "f7984f25108f8137722bb63c" + UUID.randomUUID().toString().substring(0, 8),
                        "token", "066zT6pS4QCbgj5Do145GfDbbagCHGgF", "create_time", "1603977298000000",
                        "event_type", "card.action.trigger", "tenant_key", "2df73991750f", "app_id", "cli_a5f0"),
                "event", Map.of(
                        "operator", Map.of("tenant_key", "2df73991750f", "open_id", openId),
                        "token", "c-295ee57216a5dc9de90fefd0aadb4b1d7d",
                        "action", Map.of("tag", "button", "value", Map.of("action", action, "alert", alert.toString())),
                        "context", Map.of("open_message_id", "om_x100b", "open_chat_id", "oc_a5f0"))));
    }

    private RawPost.Answer signedLark(UUID channel, String body) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = UUID.randomUUID().toString();
        return RawPost.post(larkPath(channel), JSON_TYPE, Map.of("X-Lark-Request-Timestamp", timestamp,
                "X-Lark-Request-Nonce", nonce,
                "X-Lark-Signature", ChatSender.larkSignature(timestamp, nonce, ENCRYPT_KEY, body)), body);
    }

    private static String larkPath(UUID channel) {
        return "/api/v1/cards/callbacks/lark/" + channel;
    }

    private static String webhookPath(UUID channel) {
        return "/api/v1/cards/callbacks/webhook/" + channel;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
