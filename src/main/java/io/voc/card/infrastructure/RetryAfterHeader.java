package io.voc.card.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** HTTP's {@code Retry-After}: a number of seconds or an HTTP-date (RFC 9110 section 10.2.3). */
final class RetryAfterHeader {
    /** A provider asking for more than a day is not taken literally; the retry policy still backs off. */
    private static final Duration LONGEST = Duration.ofDays(1);

    private RetryAfterHeader() {
    }

    static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(atMostADay(Duration.ofSeconds(Long.parseLong(v))));
            } catch (NumberFormatException e) {
                return Optional.of(LONGEST);
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : atMostADay(wait));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration atMostADay(Duration d) {
        return d.compareTo(LONGEST) > 0 ? LONGEST : d;
    }
}
