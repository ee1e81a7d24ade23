package io.voc.search.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The time range of an overview and the one just before it, of the same length, to compare with; and
 * the bucket size of its time series, chosen so a chart has between about 24 and 100 points.
 */
public record OverviewPeriod(Instant from, Instant to, Interval interval) {
    public static final Duration DEFAULT_LENGTH = Duration.ofDays(30);
    public static final Duration LONGEST = Duration.ofDays(730);

    public enum Interval {
        HOUR(Duration.ofHours(1)), DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7));

        private final Duration length;

        Interval(Duration length) {
            this.length = length;
        }

        public Duration length() {
            return length;
        }

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public OverviewPeriod {
        if (!from.isBefore(to)) {
            throw new InvalidQueryException("to", "to must be after from");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new InvalidQueryException("from", "an overview covers at most " + LONGEST.toDays() + " days");
        }
    }

    /**
     * The period a user asked for: {@code from}/{@code to} as given (either may be null); without
     * {@code to}, up to the end of today (UTC); without {@code from}, the 30 days before {@code to}.
     */
    public static OverviewPeriod of(Instant from, Instant to, Instant now) {
        Instant end = to != null ? to : LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        Instant start = from != null ? from : end.minus(DEFAULT_LENGTH);
        return new OverviewPeriod(start, end, intervalFor(Duration.between(start, end)));
    }

    static Interval intervalFor(Duration length) {
        if (length.compareTo(Duration.ofDays(3)) <= 0) {
            return Interval.HOUR;
        }
        return length.compareTo(Duration.ofDays(120)) <= 0 ? Interval.DAY : Interval.WEEK;
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    /** The period of the same length just before this one. */
    public Instant previousFrom() {
        return from.minus(length());
    }

    /**
     * The start of every bucket of the series over [{@code start}, {@code end}), as Elasticsearch's date
     * histogram with extended bounds lists them: from the bucket holding {@code start} to the one holding
     * the last millisecond before {@code end}.
     */
    public java.util.List<Instant> bucketStarts(Instant start, Instant end) {
        java.util.List<Instant> starts = new java.util.ArrayList<>();
        Instant last = end.minusMillis(1);
        for (Instant bucket = firstBucket(start); !bucket.isAfter(last); bucket = bucket.plus(interval.length())) {
            starts.add(bucket);
        }
        return starts;
    }

    /** Where the first bucket of the series starts: {@code from} rounded down to the interval (UTC). */
    public Instant firstBucket(Instant start) {
        return switch (interval) {
            case HOUR -> start.truncatedTo(ChronoUnit.HOURS);
            case DAY -> start.truncatedTo(ChronoUnit.DAYS);
            // Elasticsearch's calendar weeks start on Monday
            case WEEK -> LocalDate.ofInstant(start, ZoneOffset.UTC)
                    .minusDays(LocalDate.ofInstant(start, ZoneOffset.UTC).getDayOfWeek().getValue() - 1)
                    .atStartOfDay().toInstant(ZoneOffset.UTC);
        };
    }
}
