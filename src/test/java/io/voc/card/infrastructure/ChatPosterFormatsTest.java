package io.voc.card.infrastructure;

import static io.voc.card.infrastructure.PosterFixtures.VOC;
import static io.voc.card.infrastructure.PosterFixtures.card;
import static io.voc.card.infrastructure.PosterFixtures.channel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.voc.card.model.Card;
import io.voc.card.model.ChannelKind;
import io.voc.card.model.ChatChannel;
import io.voc.card.model.DeliveryOutcome;
import io.voc.support.ChatReceiver;
import io.voc.support.ChatReceiver.Provider;
import io.voc.support.ChatReceiver.Received;
import io.voc.support.ChatReceiver.Signature;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each of the four formats arrives where its provider expects it, signed so the provider accepts it. */
class ChatPosterFormatsTest {
    private static final String LARK_SECRET = "lark-bot-secret-1";
    private static final String HOOK_SECRET = "team-hook-secret-1";

    private static Vertx vertx;
    private static ChatReceiver receiver;
    private static ChatPoster poster;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        receiver = ChatReceiver.start().larkSecret(LARK_SECRET).webhookSecret(HOOK_SECRET);
        poster = PosterFixtures.poster(vertx, Set.of("127.0.0.1"));
    }

    @AfterEach
    void forget() {
        receiver.reset();
    }

    @AfterAll
    static void stop() throws Exception {
        poster.close();
        receiver.close();
        vertx.close().toCompletionStage().toCompletableFuture().get();
    }

    @Test
    void slackGetsBlockKitAndAnswersOk() {
        Card card = card();
        DeliveryOutcome outcome = poster.post(channel(ChannelKind.SLACK, receiver.url(Provider.SLACK), null), card,
                UUID.randomUUID());

        assertEquals(DeliveryOutcome.delivered("200 ok"), outcome);
        Received slack = only(Provider.SLACK);
        assertEquals("POST", slack.method());
        assertEquals("application/json; charset=utf-8", slack.header("Content-Type"));
        assertEquals("VOC-Cards/1", slack.header("User-Agent"));
        JsonNode blocks = slack.json().path("blocks");
        assertEquals("Login crashes on 3.9.0", blocks.path(0).path("text").path("text").asText());
        assertTrue(blocks.path(1).path("text").path("text").asText().contains("&lt;!channel&gt;"),
                "a user's words cannot page the channel");
        assertEquals("acknowledge", blocks.path(3).path("elements").path(0).path("action_id").asText());
        assertEquals(card.alertId().toString(), blocks.path(3).path("elements").path(0).path("value").asText());
    }

    @Test
    void larkGetsASignedInteractiveCardAndAcceptsIt() {
        DeliveryOutcome outcome = poster.post(channel(ChannelKind.LARK, receiver.url(Provider.LARK), LARK_SECRET),
                card(), UUID.randomUUID());

        assertTrue(outcome.delivered(), outcome.detail());
        assertTrue(outcome.detail().contains("\"code\":0"), outcome.detail());
        Received lark = only(Provider.LARK);
        assertEquals(Signature.VERIFIED, lark.signature(), "the receiver recomputed Lark's sign and it matched");
        assertEquals("interactive", lark.json().path("msg_type").asText());
        assertEquals("red", lark.json().path("card").path("header").path("template").asText(), "an open alert");
    }

    @Test
    void larkWithTheWrongSecretIsRefusedForGoodWithLarksCodeAndMessage() {
        DeliveryOutcome outcome = poster.post(channel(ChannelKind.LARK, receiver.url(Provider.LARK),
                "not-the-bots-secret"), card(), UUID.randomUUID());

        assertFalse(outcome.delivered());
        assertTrue(outcome.permanent(), "retrying with the same secret cannot succeed");
        assertTrue(outcome.detail().contains("19021") && outcome.detail().contains("sign match fail"),
                outcome.detail());
        assertEquals(Signature.FAILED, only(Provider.LARK).signature());
    }

    @Test
    void teamsGetsAnAdaptiveCardWhoseButtonsAreLinks() {
        Card card = card();
        DeliveryOutcome outcome = poster.post(channel(ChannelKind.TEAMS, receiver.url(Provider.TEAMS), null), card,
                UUID.randomUUID());

        assertEquals(DeliveryOutcome.delivered("200 1"), outcome);
        JsonNode attachment = only(Provider.TEAMS).json().path("attachments").path(0);
        assertEquals("application/vnd.microsoft.card.adaptive", attachment.path("contentType").asText());
        JsonNode actions = attachment.path("content").path("actions");
        assertEquals(card.actions().size(), actions.size());
        actions.forEach(a -> {
            assertEquals("Action.OpenUrl", a.path("type").asText());
            assertTrue(a.path("url").asText().startsWith(VOC + "/"), a.toString());
        });
    }

    @Test
    void aWebhookGetsVocsJsonSignedWithTheDeliveryId() {
        UUID delivery = UUID.randomUUID();
        Card card = card();
        ChatChannel channel = channel(ChannelKind.WEBHOOK, receiver.url(Provider.WEBHOOK), HOOK_SECRET);
        DeliveryOutcome outcome = poster.post(channel, card, delivery);

        assertTrue(outcome.delivered(), outcome.detail());
        Received hook = only(Provider.WEBHOOK);
        assertEquals(Signature.VERIFIED, hook.signature(), "the receiver checked X-VOC-Signature as documented");
        assertEquals(delivery.toString(), hook.header("X-VOC-Delivery"));
        assertEquals(delivery.toString(), hook.json().path("delivery").asText());
        assertEquals(card.alertId().toString(), hook.json().path("alert").path("id").asText());
        assertEquals(VOC + "/api/v1/cards/callbacks/webhook/" + channel.id(), hook.json().path("callbackUrl").asText(),
                "the channel whose secret verifies the click is in the path");
    }

    @Test
    void aWebhookWithAnotherSecretIsRefusedByTheReceiverForGood() {
        DeliveryOutcome outcome = poster.post(channel(ChannelKind.WEBHOOK, receiver.url(Provider.WEBHOOK),
                "some-other-secret"), card(), UUID.randomUUID());

        assertTrue(outcome.permanent(), outcome.detail());
        assertTrue(outcome.detail().contains("HTTP 401"), outcome.detail());
        assertEquals(Signature.FAILED, only(Provider.WEBHOOK).signature());
    }

    private static Received only(Provider provider) {
        assertEquals(1, receiver.requests().size(), "one request per post");
        Received r = receiver.requests().get(0);
        assertEquals(provider, r.provider());
        return r;
    }
}
