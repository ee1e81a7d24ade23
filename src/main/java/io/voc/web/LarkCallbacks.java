package io.voc.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.card.application.CallbackId;
import io.voc.card.application.CallbackNotVerifiedException;
import io.voc.card.application.ChatClick;
import io.voc.card.application.ClickOnCard;
import io.voc.card.application.ClickOutcome;
import io.voc.card.application.VerifyCallback;
import io.voc.card.model.CardAction;
import io.voc.card.model.CardRenderers;
import io.voc.card.model.ChannelKind;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A Lark app's card callbacks. The URL check ({@code url_verification}) is answered with its challenge - it
 * only echoes, so it needs no signature, but an encrypted one must decrypt with the channel's Encrypt Key.
 * A card action must be signed ({@code X-Lark-Signature} with the Encrypt Key): schema 2.0
 * {@code card.action.trigger} (event id {@code header.event_id}, clicker {@code event.operator.open_id}), or the
 * older shape ({@code open_id}, {@code action.value}; its id is the SHA-256 of the body, which a repeated
 * delivery repeats). Lark shows the answer's toast to the clicker and, for 2.0, replaces the card with the one
 * sent back; the older shape takes the card itself as the answer.
 */
@ApplicationScoped
class LarkCallbacks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final VerifyCallback verify;
    private final ClickOnCard clickOnCard;

    LarkCallbacks(VerifyCallback verify, ClickOnCard clickOnCard) {
        this.verify = verify;
        this.clickOnCard = clickOnCard;
    }

    Response receive(UUID channel, String timestamp, String nonce, String signature, String body) {
        JsonNode outer = json(body);
        String encrypted = outer.hasNonNull("encrypt") ? outer.path("encrypt").asText() : null;
        VerifyCallback.LarkCallback opened = verify.lark(channel, timestamp, nonce, signature, body, encrypted);
        JsonNode request = encrypted == null ? outer : json(opened.json());
        if ("url_verification".equals(request.path("type").asText())) {
            return Response.ok(Map.of("challenge", request.path("challenge").asText(""))).build();
        }
        if (!opened.signed()) {
            throw new CallbackNotVerifiedException("a Lark card action must be signed (X-Lark-Signature): set the Lark "
                    + "app's Encrypt Key, and the same as the channel's callback secret");
        }
        boolean v2 = "2.0".equals(request.path("schema").asText());
        Optional<ChatClick> click = v2 ? v2Click(request) : v1Click(request, opened.json());
        if (click.isEmpty()) {
            return Response.ok(Map.of()).build();
        }
        ClickOutcome outcome = clickOnCard.click(click.get());
        return Response.ok(v2 ? v2Answer(outcome) : v1Answer(outcome)).build();
    }

    private static Optional<ChatClick> v2Click(JsonNode request) {
        if (!"card.action.trigger".equals(request.path("header").path("event_type").asText())) {
            return Optional.empty();
        }
        String eventId = request.path("header").path("event_id").asText("");
        if (eventId.isBlank()) {
            throw new InvalidInputException("header.event_id", "a Lark card action needs header.event_id");
        }
        JsonNode event = request.path("event");
        return click(event.path("operator").path("open_id").asText(null), event.path("action").path("value"),
                eventId);
    }

    private static Optional<ChatClick> v1Click(JsonNode request, String text) {
        if (!request.hasNonNull("open_id") || !request.path("action").has("value")) {
            return Optional.empty();
        }
        return click(request.path("open_id").asText(), request.path("action").path("value"), "body:" + sha256(text));
    }

    /** A button's value is {@code {"action", "alert"}}, as CardRenderers.lark gives it (or that JSON as text). */
    private static Optional<ChatClick> click(String openId, JsonNode value, String eventId) {
        JsonNode v = value.isTextual() ? json(value.asText()) : value;
        Optional<CardAction> action = CardAction.byId(v.path("action").asText("")).filter(a -> a != CardAction.OPEN);
        UUID alert;
        try {
            alert = UUID.fromString(v.path("alert").asText(""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return action.map(a -> new ChatClick(ChannelKind.LARK, openId, new CallbackId("lark", eventId), alert, a));
    }

    private static Map<String, Object> v2Answer(ClickOutcome outcome) {
        Map<String, Object> answer = new LinkedHashMap<>();
        String type = !outcome.applied() ? "error" : outcome.changed() ? "success" : "info";
        answer.put("toast", Map.of("type", type, "content", outcome.message()));
        if (outcome.applied()) {
            answer.put("card", Map.of("type", "raw", "data", CardRenderers.lark(outcome.card())));
        }
        return answer;
    }

    private static Object v1Answer(ClickOutcome outcome) {
        return outcome.applied() ? CardRenderers.lark(outcome.card()) : Map.of();
    }

    private static JsonNode json(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new InvalidInputException("body", "a Lark callback is a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new InvalidInputException("body", "a Lark callback is a JSON object");
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
