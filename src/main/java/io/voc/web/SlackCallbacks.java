package io.voc.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.card.application.CallbackId;
import io.voc.card.application.ChatClick;
import io.voc.card.application.SlackClicks;
import io.voc.card.application.VerifyCallback;
import io.voc.card.model.CardAction;
import io.voc.card.model.ChannelKind;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Slack's interactivity requests: {@code application/x-www-form-urlencoded} with one field, {@code payload},
 * the JSON of the interaction. Only {@code block_actions} on VOC's buttons act; anything else (a click on the
 * "Open in VOC" link button, which Slack reports too, another app's payload type) is acknowledged and ignored.
 * The answer is an empty 200 at once; the message is then updated through {@code response_url}.
 */
@ApplicationScoped
class SlackCallbacks {
    private static final Logger LOG = Logger.getLogger(SlackCallbacks.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final VerifyCallback verify;
    private final SlackClicks clicks;

    SlackCallbacks(VerifyCallback verify, SlackClicks clicks) {
        this.verify = verify;
        this.clicks = clicks;
    }

    Response receive(UUID channel, String timestamp, String signature, String body) {
        verify.slack(channel, timestamp, signature, body);
        JsonNode payload = payload(body);
        Optional<ChatClick> click = click(payload);
        if (click.isEmpty()) {
            return Response.ok().build();
        }
        clicks.click(click.get(), payload.path("response_url").asText(null));
        return Response.ok().build();
    }

    /** The {@code payload} field of the form. */
    private static JsonNode payload(String body) {
        for (String field : body.split("&")) {
            int eq = field.indexOf('=');
            if (eq > 0 && field.substring(0, eq).equals("payload")) {
                try {
                    return JSON.readTree(URLDecoder.decode(field.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IOException | IllegalArgumentException e) {
                    throw new InvalidInputException("payload", "the payload is not JSON");
                }
            }
        }
        throw new InvalidInputException("payload", "a Slack interaction comes as the form field payload");
    }

    /**
     * The click on one of VOC's buttons: {@code actions[0].action_id} is the button, its {@code value} the
     * alert. The callback id is {@code trigger_id}: unique to this click and part of the payload, so a delivery
     * Slack repeats carries it again (without one, the message's and the action's timestamps, also unique).
     */
    private static Optional<ChatClick> click(JsonNode payload) {
        if (!"block_actions".equals(payload.path("type").asText())) {
            return Optional.empty();
        }
        JsonNode action = payload.path("actions").path(0);
        Optional<CardAction> button = CardAction.byId(action.path("action_id").asText(""))
                .filter(a -> a != CardAction.OPEN);
        Optional<UUID> alert = uuid(action.path("value").asText(""));
        if (button.isEmpty() || alert.isEmpty()) {
            LOG.debugf("Slack action %s is not one of VOC's buttons: ignored", action.path("action_id").asText());
            return Optional.empty();
        }
        String trigger = payload.path("trigger_id").asText("");
        String messageTs = payload.path("container").path("message_ts").asText("");
        String actionTs = action.path("action_ts").asText("");
        if (trigger.isBlank() && (messageTs.isBlank() || actionTs.isBlank())) {
            throw new InvalidInputException("payload", "the interaction has no trigger_id nor action_ts: it cannot "
                    + "be told apart from another click");
        }
        String eventId = !trigger.isBlank() ? trigger : messageTs + ":" + actionTs;
        return Optional.of(new ChatClick(ChannelKind.SLACK, payload.path("user").path("id").asText(null),
                new CallbackId("slack", eventId), alert.get(), button.get()));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
