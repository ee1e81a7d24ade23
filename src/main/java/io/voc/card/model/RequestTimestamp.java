package io.voc.card.model;

import java.time.Duration;
import java.time.Instant;

/** A signed request's timestamp (seconds since the epoch): present, a number, and recent. */
final class RequestTimestamp {
    private RequestTimestamp() {
    }

    static SignatureCheck check(String timestamp, Instant now, Duration maxAge) {
        if (timestamp == null || timestamp.isBlank()) {
            return SignatureCheck.invalid("the request timestamp is missing");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return SignatureCheck.invalid("the request timestamp is not a number of seconds");
        }
        long age = Math.abs(now.getEpochSecond() - seconds);
        return age > maxAge.toSeconds()
                ? SignatureCheck.invalid("the request timestamp is " + age + " s away from now (at most "
                        + maxAge.toSeconds() + " s allowed): a replay or a wrong clock")
                : SignatureCheck.VALID;
    }
}
