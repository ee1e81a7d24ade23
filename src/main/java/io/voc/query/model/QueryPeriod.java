package io.voc.query.model;

import io.voc.platform.model.InvalidInputException;
import io.voc.search.model.TimeBounds;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a query covers: fixed ({@code from}/{@code to}, either may be open) or the last stretch of time up
 * to the moment it runs ({@code last}: {@code 24h}, {@code 7d}, {@code 4w}), so a saved or scheduled query
 * always looks at fresh feedback. {@code from} is inclusive, {@code to} exclusive, as in search.
 */
public sealed interface QueryPeriod {
    /** The longest relative period: two years, as the Overview's longest. */
    Duration LONGEST_LAST = Duration.ofDays(730);

    /** The window at {@code now}; either end null when open. */
    Window at(Instant now);

    /** How long the period is when that does not depend on when it runs. */
    Optional<Duration> fixedLength();

    record Window(Instant from, Instant to) {
    }

    /** Between two instants; {@code raw} keeps what the user wrote (a day stays a day when saved). */
    record Between(Instant from, Instant to, String rawFrom, String rawTo) implements QueryPeriod {
        public Between {
            if (from == null && to == null) {
                throw new InvalidDefinitionException("period", "period needs from, to or last");
            }
            if (from != null && to != null && !from.isBefore(to)) {
                throw new InvalidDefinitionException("period.to", "period.to must be after period.from");
            }
        }

        @Override
        public Window at(Instant now) {
            return new Window(from, to);
        }

        @Override
        public Optional<Duration> fixedLength() {
            return from != null && to != null ? Optional.of(Duration.between(from, to)) : Optional.empty();
        }
    }

    /** The {@code length} up to the moment the query runs. */
    record Last(Duration length, String raw) implements QueryPeriod {
        @Override
        public Window at(Instant now) {
            return new Window(now.minus(length), now);
        }

        @Override
        public Optional<Duration> fixedLength() {
            return Optional.of(length);
        }
    }

    /** A day (2026-11-20: the whole UTC day) or an instant with offset, as the search API takes them. */
    static Between between(String from, String to) {
        return new Between(bound("period.from", from, false), bound("period.to", to, true), from, to);
    }

    private static Instant bound(String field, String value, boolean upper) {
        try {
            return TimeBounds.parse(field, value, upper);
        } catch (InvalidInputException e) {
            throw new InvalidDefinitionException(field, e.getMessage());
        }
    }

    /** {@code 24h}, {@code 7d}, {@code 4w}: a whole number of hours, days or weeks. */
    static Last last(String value) {
        Matcher m = Pattern.compile("(\\d{1,5})\\s*([hdw])").matcher(value == null ? "" : value.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw new InvalidDefinitionException("period.last", "period.last must be a number of hours, days or "
                    + "weeks such as 24h, 7d or 4w (got '" + value + "')");
        }
        long amount = Long.parseLong(m.group(1));
        Duration length = switch (m.group(2)) {
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofDays(7 * amount);
        };
        if (length.compareTo(LONGEST_LAST) > 0) {
            throw new InvalidDefinitionException("period.last",
                    "period.last may be at most " + LONGEST_LAST.toDays() + " days (got '" + value + "')");
        }
        return new Last(length, m.group(1) + m.group(2));
    }

    /** From the three fields of a definition's {@code period}: {@code last}, or {@code from} and/or {@code to}. */
    static QueryPeriod of(String from, String to, String last) {
        boolean fixed = from != null || to != null;
        if (last != null && fixed) {
            throw new InvalidDefinitionException("period.last", "period takes either last or from/to, not both");
        }
        return last != null ? last(last) : between(from, to);
    }
}
