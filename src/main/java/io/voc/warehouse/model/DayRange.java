package io.voc.warehouse.model;

import io.voc.platform.model.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Days to export, both ends included, in UTC: each day is one partition of the warehouse table. Bounded, so a
 * typo ({@code 2002} for {@code 2026}) cannot queue decades of partitions.
 */
public record DayRange(LocalDate first, LocalDate last) {
    public static final int MAX_DAYS = 400;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    public DayRange {
        if (first == null || last == null) {
            throw new InvalidInputException(first == null ? "from" : "to", "a day range needs a first and a last day");
        }
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "to (" + last + ") must not be before from (" + first + ")");
        }
        if (first.isBefore(EARLIEST)) {
            throw new InvalidInputException("from", "from (" + first + ") is before " + EARLIEST + ": VOC has no feedback then");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1; // the fields are not set yet in here
        if (days > MAX_DAYS) {
            throw new InvalidInputException("to", "at most " + MAX_DAYS + " days at a time (" + first + " to " + last
                    + " is " + days + "); split the backfill");
        }
    }

    /** From request parameters as users type them ({@code 2026-11-01}); a 400 naming the field when malformed. */
    public static DayRange parse(String from, String to) {
        return new DayRange(day("from", from), day("to", to));
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required (a day such as 2026-11-01)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a day such as 2026-11-01 (got '" + value + "')");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The day after {@code done}, or the first day when none is done yet; empty after the last. */
    public Optional<LocalDate> after(LocalDate done) {
        LocalDate next = done == null ? first : done.plusDays(1);
        return next.isAfter(last) ? Optional.empty() : Optional.of(next);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
