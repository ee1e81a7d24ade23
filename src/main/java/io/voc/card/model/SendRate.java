package io.voc.card.model;

import java.time.Duration;

/**
 * How fast VOC sends to one channel of a kind, so that providers do not refuse cards for speed: up to
 * {@code burst} at once after a quiet while, then one every {@code interval}. Below the providers' limits on
 * purpose: a refused card costs an attempt and a backoff, a card held back a moment costs nothing.
 */
public record SendRate(int burst, Duration interval) {

    public SendRate {
        if (burst < 1 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("burst >= 1 and a positive interval");
        }
    }

    public static SendRate of(ChannelKind kind) {
        return switch (kind) {
            // Slack: an incoming webhook takes 1 message per second (short bursts are tolerated, not promised)
            case SLACK -> new SendRate(1, Duration.ofSeconds(1));
            // Lark / Feishu custom bots: 5 per second and 100 per minute per bot. 4 at once then one every
            // 630 ms keeps both in any window: 4 + 1 within a second, 4 + 95 within a minute.
            case LARK -> new SendRate(4, Duration.ofMillis(630));
            // Teams publishes no single figure for incoming webhooks (it answers 429 with Retry-After); its
            // Graph guidance allows 4 requests per second per channel: evenly spaced, no burst.
            case TEAMS -> new SendRate(1, Duration.ofMillis(250));
            // a team's own server: 5 per second is a courtesy, so a backlog does not flood it
            case WEBHOOK -> new SendRate(1, Duration.ofMillis(200));
        };
    }
}
