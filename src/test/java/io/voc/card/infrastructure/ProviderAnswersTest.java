package io.voc.card.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.card.model.ChannelKind;
import io.voc.card.model.DeliveryOutcome;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Providers' answers as the real services give them, read as delivered, retry later, or fix the channel. */
class ProviderAnswersTest {
    private static final Optional<Duration> NONE = Optional.empty();

    @Test
    void slackSpeaksInStatusesAndNamesTheError() {
        assertTrue(read(ChannelKind.SLACK, 200, "ok").delivered());
        assertPermanent(read(ChannelKind.SLACK, 400, "invalid_payload"), "Slack answered HTTP 400: invalid_payload");
        assertPermanent(read(ChannelKind.SLACK, 403, "action_prohibited"), "action_prohibited");
        assertPermanent(read(ChannelKind.SLACK, 404, "channel_not_found"), "channel_not_found");
        assertPermanent(read(ChannelKind.SLACK, 410, "channel_is_archived"), "channel_is_archived");
        assertTransient(read(ChannelKind.SLACK, 503, "service unavailable"));
        DeliveryOutcome limited = ProviderAnswers.read(ChannelKind.SLACK, 429, "rate_limited",
                Optional.of(Duration.ofSeconds(30)));
        assertTransient(limited);
        assertEquals(Optional.of(Duration.ofSeconds(30)), limited.retryAfter());
    }

    @Test
    void larkSpeaksInCodesUnderHttp200() {
        assertTrue(read(ChannelKind.LARK, 200, "{\"code\":0,\"msg\":\"success\",\"data\":{}}").delivered());
        assertTrue(read(ChannelKind.LARK, 200, "{\"StatusCode\":0,\"StatusMessage\":\"success\"}").delivered(),
                "older bots' answer");
        assertPermanent(read(ChannelKind.LARK, 200, "{\"code\":19021,\"msg\":\"sign match fail or timestamp is not "
                + "within one hour from current time\"}"), "Lark answered code 19021: sign match fail");
        assertPermanent(read(ChannelKind.LARK, 200, "{\"code\":19024,\"msg\":\"Key Words Not Found\"}"), "19024");
        assertPermanent(read(ChannelKind.LARK, 200, "{\"code\":9499,\"msg\":\"Bad Request\"}"), "9499");
        assertTransient(read(ChannelKind.LARK, 200, "{\"code\":11232,\"msg\":\"frequency limited\"}"));
        assertTransient(read(ChannelKind.LARK, 502, "Bad Gateway"));
        assertPermanent(read(ChannelKind.LARK, 400, "{\"code\":9499,\"msg\":\"Bad Request\"}"), "9499");
    }

    @Test
    void teamsAndWebhooksSucceedOn2xx() {
        assertTrue(read(ChannelKind.TEAMS, 200, "1").delivered(), "incoming webhook");
        assertTrue(read(ChannelKind.TEAMS, 202, "").delivered(), "Workflows");
        assertTransient(read(ChannelKind.TEAMS, 200, "Microsoft Teams endpoint returned HTTP error 429 with "
                + "ContextId tcid=0"));
        assertPermanent(read(ChannelKind.TEAMS, 400, "Bad payload received by generic incoming webhook."), "Teams");
        assertTrue(read(ChannelKind.WEBHOOK, 204, "").delivered());
        assertPermanent(read(ChannelKind.WEBHOOK, 401, "signature does not verify"), "the webhook answered HTTP 401");
        assertTransient(read(ChannelKind.WEBHOOK, 408, ""));
    }

    private static DeliveryOutcome read(ChannelKind kind, int status, String body) {
        return ProviderAnswers.read(kind, status, body, NONE);
    }

    private static void assertPermanent(DeliveryOutcome outcome, String detail) {
        assertFalse(outcome.delivered());
        assertTrue(outcome.permanent(), outcome.detail());
        assertTrue(outcome.detail().contains(detail), outcome.detail());
    }

    private static void assertTransient(DeliveryOutcome outcome) {
        assertFalse(outcome.delivered() || outcome.permanent(), outcome.detail());
    }
}
