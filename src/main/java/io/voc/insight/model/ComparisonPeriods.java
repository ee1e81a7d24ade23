package io.voc.insight.model;

import io.voc.search.model.InvalidQueryException;
import io.voc.search.model.TimeBounds;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The window whose feedback is judged and the baseline right before it that tells what is usual:
 * {@code [baselineFrom, windowFrom)} and {@code [windowFrom, windowTo)}, back to back.
 */
public record ComparisonPeriods(Instant baselineFrom, Instant windowFrom, Instant windowTo) {
    public static final String DEFAULT_WINDOW = "7d";
    public static final String DEFAULT_BASELINE = "28d";
    static final int MAX_WINDOW_DAYS = 90;
    static final int MAX_BASELINE_DAYS = 365;
    private static final Pattern SPAN = Pattern.compile("(\\d{1,3})([dw])");

    public ComparisonPeriods {
        if (!baselineFrom.isBefore(windowFrom) || !windowFrom.isBefore(windowTo)) {
            throw new IllegalArgumentException("periods out of order: " + baselineFrom + ", " + windowFrom + ", " + windowTo);
        }
    }

    /**
     * From request parameters: {@code window} and {@code baseline} as days or weeks ("7d", "2w"),
     * {@code to} the window's end (a day - that whole day included - or an instant); without {@code to}
     * the window ends with the current day (UTC), so "7d" is today and the six days before.
     */
    public static ComparisonPeriods parse(String window, String baseline, String to, Instant now) {
        Duration w = span("window", window, DEFAULT_WINDOW, MAX_WINDOW_DAYS);
        Duration b = span("baseline", baseline, DEFAULT_BASELINE, MAX_BASELINE_DAYS);
        Instant end = TimeBounds.parse("to", to, true);
        if (end == null) {
            end = now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).plusDays(1).toInstant();
        }
        Instant windowFrom = end.minus(w);
        return new ComparisonPeriods(windowFrom.minus(b), windowFrom, end);
    }

    public Instant baselineTo() {
        return windowFrom;
    }

    private static Duration span(String field, String value, String fallback, int maxDays) {
        String v = value == null || value.isBlank() ? fallback : value.strip().toLowerCase(java.util.Locale.ROOT);
        Matcher m = SPAN.matcher(v);
        if (!m.matches()) {
            throw new InvalidQueryException(field,
                    field + " must be a number of days or weeks such as 7d or 4w (got '" + value + "')");
        }
        long days = Long.parseLong(m.group(1)) * ("w".equals(m.group(2)) ? 7 : 1);
        if (days < 1 || days > maxDays) {
            throw new InvalidQueryException(field,
                    field + " must be between 1 and " + maxDays + " days (got '" + value + "')");
        }
        return Duration.ofDays(days);
    }
}
