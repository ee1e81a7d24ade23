package io.voc.card.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.card.model.Card;
import io.voc.card.model.CardRenderers;
import io.voc.card.model.ChatChannel;
import io.voc.card.model.LarkSignature;
import io.voc.card.model.WebhookSignature;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One card as the request body and extra headers its channel's provider expects. The body is serialised
 * once and signed as the exact text sent: a signature over anything else would not verify.
 */
record OutgoingCard(String body, Map<String, String> headers) {
    static final String DELIVERY_HEADER = "X-VOC-Delivery";
    private static final ObjectMapper JSON = new ObjectMapper();

    OutgoingCard {
        headers = Map.copyOf(headers);
    }

    static OutgoingCard of(ChatChannel channel, Card card, UUID deliveryId, Instant now, ChatPosterSettings settings,
            CardActionLinks teamsLinks) {
        String timestamp = Long.toString(now.getEpochSecond());
        String signing = channel.secrets().signing();
        return switch (channel.kind()) {
            case SLACK -> new OutgoingCard(json(CardRenderers.slack(card)), Map.of());
            case LARK -> {
                // a custom bot takes the card under msg_type "interactive"; with "signature verification" on,
                // it wants timestamp and sign in the body (sign covers only the timestamp, not the card)
                Map<String, Object> body = new LinkedHashMap<>();
                if (signing != null) {
                    body.put("timestamp", timestamp);
                    body.put("sign", LarkSignature.pushSign(now.getEpochSecond(), signing));
                }
                body.put("msg_type", "interactive");
                body.put("card", CardRenderers.lark(card));
                yield new OutgoingCard(json(body), Map.of());
            }
            case TEAMS -> new OutgoingCard(json(CardRenderers.teams(card, a -> teamsLinks.linkFor(card, a))),
                    Map.of());
            case WEBHOOK -> {
                String body = json(CardRenderers.webhook(card, deliveryId.toString(), settings.webhookCallbackUrl(channel.id())));
                yield new OutgoingCard(body, Map.of(
                        WebhookSignature.TIMESTAMP_HEADER, timestamp,
                        WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(signing, timestamp, body),
                        DELIVERY_HEADER, deliveryId.toString()));
            }
        };
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a card is maps, lists and strings: it always serialises", e);
        }
    }
}
