package io.voc.card.model;

import java.time.Duration;
import java.util.Optional;

/**
 * What a provider answered to one attempt: success, or a failure that may pass (a timeout, 429, 5xx; with the
 * provider's {@code Retry-After} if it sent one) or will not (a 4xx about the card or the channel's address).
 */
public record DeliveryOutcome(boolean delivered, boolean permanent, String detail, Optional<Duration> retryAfter) {
    public static final int MAX_DETAIL = 1_000;

    public DeliveryOutcome {
        detail = detail == null ? "" : detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "…" : detail;
        retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
    }

    public static DeliveryOutcome delivered(String response) {
        return new DeliveryOutcome(true, false, response, Optional.empty());
    }

    public static DeliveryOutcome failedForNow(String reason, Optional<Duration> retryAfter) {
        return new DeliveryOutcome(false, false, reason, retryAfter);
    }

    public static DeliveryOutcome failedForGood(String reason) {
        return new DeliveryOutcome(false, true, reason, Optional.empty());
    }

    /** How an HTTP status reads: 2xx delivered; 408, 425, 429 and 5xx worth retrying; any other 4xx is not. */
    public static DeliveryOutcome ofHttpStatus(int status, String body, Optional<Duration> retryAfter) {
        if (status >= 200 && status < 300) {
            return delivered(status + " " + body);
        }
        boolean transientFailure = status == 408 || status == 425 || status == 429 || status >= 500;
        String reason = "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + body);
        return transientFailure ? failedForNow(reason, retryAfter) : failedForGood(reason);
    }
}
