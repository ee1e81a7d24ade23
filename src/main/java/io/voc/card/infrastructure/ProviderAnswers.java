package io.voc.card.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.card.model.ChannelKind;
import io.voc.card.model.DeliveryOutcome;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * What a provider's answer to a pushed card means for the delivery. Slack, Teams and plain webhooks speak
 * HTTP statuses (Slack names the error in the body: {@code invalid_payload}, {@code no_service},
 * {@code channel_is_archived}...). A Lark custom bot answers HTTP 200 either way, with a {@code code} in its
 * JSON: 0 is success, 11232 (sending too fast) passes, any other code - 19021 bad signature or timestamp,
 * 19022 IP not allowed, 19024 key words not found, 9499 bad request - needs someone to fix the channel.
 */
final class ProviderAnswers {
    static final int LARK_OK = 0;
    static final int LARK_FREQUENCY_LIMITED = 11232;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProviderAnswers() {
    }

    static DeliveryOutcome read(ChannelKind kind, int status, String body, Optional<Duration> retryAfter) {
        return switch (kind) {
            case SLACK -> named("Slack", DeliveryOutcome.ofHttpStatus(status, body, retryAfter));
            case LARK -> status == 200 ? lark(body, retryAfter)
                    : named("Lark", DeliveryOutcome.ofHttpStatus(status, body, retryAfter));
            case TEAMS -> teams(status, body, retryAfter);
            case WEBHOOK -> named("the webhook", DeliveryOutcome.ofHttpStatus(status, body, retryAfter));
        };
    }

    private static DeliveryOutcome lark(String body, Optional<Duration> retryAfter) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject()) {
            // not Lark's JSON, yet HTTP 200: the card may well have arrived, and sending it again could show it
            // twice, so it counts as delivered with the answer kept for whoever looks
            return DeliveryOutcome.delivered("200 " + body);
        }
        // older custom bots answer {"StatusCode": 0, "StatusMessage": "success"}
        JsonNode code = answer.has("code") ? answer.get("code") : answer.path("StatusCode");
        String message = answer.has("msg") ? answer.path("msg").asText() : answer.path("StatusMessage").asText();
        if (!code.isNumber() || code.asInt() == LARK_OK) {
            return DeliveryOutcome.delivered("200 " + body);
        }
        String reason = "Lark answered code " + code.asInt() + ": " + message;
        return code.asInt() == LARK_FREQUENCY_LIMITED ? DeliveryOutcome.failedForNow(reason, retryAfter)
                : DeliveryOutcome.failedForGood(reason + larkHint(code.asInt()));
    }

    private static String larkHint(int code) {
        return switch (code) {
            case 19021 -> " (check the channel's signing secret against the bot's, and this machine's clock)";
            case 19022 -> " (the bot's IP allow-list does not include VOC's outgoing address)";
            case 19024 -> " (the bot's key-word filter does not admit VOC's cards)";
            default -> "";
        };
    }

    private static DeliveryOutcome teams(int status, String body, Optional<Duration> retryAfter) {
        // Office 365 connectors report a throttled post as HTTP 200 with the real error in the body
        if (status >= 200 && status < 300 && body != null && body.contains("HTTP error 429")) {
            return DeliveryOutcome.failedForNow("Teams: " + body, retryAfter);
        }
        return named("Teams", DeliveryOutcome.ofHttpStatus(status, body, retryAfter));
    }

    private static DeliveryOutcome named(String provider, DeliveryOutcome outcome) {
        return outcome.delivered() ? outcome
                : new DeliveryOutcome(false, outcome.permanent(), provider + " answered " + outcome.detail(),
                        outcome.retryAfter());
    }
}
