package io.voc.search.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Time bounds as users type them in request parameters: a day or an instant with offset. */
public final class TimeBounds {
    private TimeBounds() {
    }

    /**
     * Accepts a day (2026-11-20, the whole day in UTC: its start as a lower bound, the next day's start as
     * an upper one) or an instant with offset (2026-11-20T10:00:00Z); null when not given, a 400 naming
     * {@code field} when malformed.
     */
    public static Instant parse(String field, String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (upper ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(field,
                    field + " must be a date (2026-11-20) or a date-time with offset (2026-11-20T10:00:00Z), got '"
                            + value + "'");
        }
    }
}
