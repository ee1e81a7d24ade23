package io.voc.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.card.application.CallbackId;
import io.voc.card.application.ChatClick;
import io.voc.card.application.ClickOnCard;
import io.voc.card.application.ClickOutcome;
import io.voc.card.application.VerifyCallback;
import io.voc.card.model.CardAction;
import io.voc.card.model.CardRenderers;
import io.voc.card.model.ChannelKind;
import io.voc.platform.VocConfig;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A click sent back by a team's own receiver of VOC's webhooks: {@code {"event_id", "alert", "action", "user"}},
 * signed like VOC's webhooks with the channel's shared secret. The answer says what became of the alert and
 * carries its card again (VOC's webhook JSON). Unlike a chat, the receiver is a program: a refusal is an HTTP
 * error (403 for a user not linked or not allowed, 404 for an alert that is gone), and nothing changed.
 */
@ApplicationScoped
class WebhookCallbacks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("event_id", "alert", "action", "user");
    /** The channel id and a separator come first in the stored callback id (CallbackId: at most 200). */
    private static final int MAX_EVENT_ID = 150;
    private final VerifyCallback verify;
    private final ClickOnCard clickOnCard;
    private final String vocAddress;

    WebhookCallbacks(VerifyCallback verify, ClickOnCard clickOnCard, VocConfig config) {
        this.verify = verify;
        this.clickOnCard = clickOnCard;
        String address = config.cards().publicUrl();
        this.vocAddress = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    Response receive(UUID channel, String timestamp, String signature, String body) {
        verify.webhook(channel, timestamp, signature, body);
        JsonNode request = json(body);
        String eventId = text(request, "event_id", MAX_EVENT_ID);
        UUID alert;
        try {
            alert = UUID.fromString(text(request, "alert", 36));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("alert", "alert must be the alert's id from the card");
        }
        CardAction action = CardAction.byId(text(request, "action", 32)).filter(a -> a != CardAction.OPEN)
                .orElseThrow(() -> new InvalidInputException("action", "action must be one of the card's actions "
                        + "(acknowledge, assign_to_me, resolve, mute_24h)"));
        // the receiver's event ids are its own (1, 2, 3...): scoped by channel, two receivers cannot collide
        ClickOutcome outcome = clickOnCard.click(new ChatClick(ChannelKind.WEBHOOK, text(request, "user", 200),
                new CallbackId("webhook", channel + ":" + eventId), alert, action));
        return switch (outcome.kind()) {
            case APPLIED -> Response.ok(answer(outcome, channel, eventId)).build();
            case NOT_LINKED -> ApiErrorMappers.error(Response.Status.FORBIDDEN, "chat_user_not_linked",
                    outcome.message(), "user");
            case NOT_ALLOWED -> ApiErrorMappers.error(Response.Status.FORBIDDEN, "forbidden", outcome.message(), null);
            case NO_ALERT -> ApiErrorMappers.error(Response.Status.NOT_FOUND, "not_found", outcome.message(), "alert");
        };
    }

    private Map<String, Object> answer(ClickOutcome outcome, UUID channel, String eventId) {
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("id", outcome.card().alertId().toString());
        alert.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        alert.put("statusLine", outcome.card().status());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("alert", alert);
        answer.put("changed", outcome.changed());
        answer.put("replay", outcome.replay());
        answer.put("message", outcome.message());
        answer.put("card", CardRenderers.webhook(outcome.card(), eventId,
                vocAddress + "/api/v1/cards/callbacks/webhook/" + channel));
        return answer;
    }

    private static JsonNode json(String body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (IOException e) {
            throw new InvalidInputException("body", "the body is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("body", "the body must be {\"event_id\", \"alert\", \"action\", \"user\"}");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException(name, "unknown field " + name + "; a click is {\"event_id\", \"alert\","
                        + " \"action\", \"user\"}");
            }
        }
        return node;
    }

    private static String text(JsonNode request, String field, int max) {
        JsonNode value = request.path(field);
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > max) {
            throw new InvalidInputException(field, field + " is required: text of 1 to " + max + " characters");
        }
        return value.asText().strip();
    }
}
