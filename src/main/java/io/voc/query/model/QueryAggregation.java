package io.voc.query.model;

import io.voc.search.model.Facet;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a query counts instead of listing feedback: a {@link Metric} over the matching feedback, split by the
 * values of a facet field ({@code groupBy}, its {@code size} largest groups), by calendar time
 * ({@code interval}, in UTC), by both, or over all of it at once.
 */
public record QueryAggregation(Metric metric, Facet groupBy, Interval interval, int size) {
    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    /** Time buckets of one group: enough for hours over six weeks or days over two years. */
    public static final int MAX_TIME_BUCKETS = 1_000;
    /** All buckets of an answer: well within Elasticsearch's search.max_buckets (65,536). */
    public static final int MAX_BUCKETS = 10_000;

    public enum Metric {
        /** How many feedback. */
        COUNT,
        /** The average sentiment score (-1 to 1) of the analysed feedback; none when nothing was analysed. */
        AVG_SENTIMENT,
        /** The share labelled negative among the analysed feedback; none when nothing was analysed. */
        SHARE_NEGATIVE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Calendar intervals: weeks start on Monday, months on the 1st, all in UTC. */
    public enum Interval {
        HOUR(Duration.ofHours(1)), DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(28));

        /** The shortest such interval, so that counting buckets by it never undercounts. */
        private final Duration shortest;

        Interval(Duration shortest) {
            this.shortest = shortest;
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public QueryAggregation {
        if (metric == null) {
            throw new InvalidDefinitionException("aggregation.metric", "aggregation.metric is required; one of "
                    + names(Metric.values()));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidDefinitionException("aggregation.size",
                    "aggregation.size must be between 1 and " + MAX_SIZE + " (got " + size + ")");
        }
    }

    /** From a definition's {@code aggregation} as written; null fields are left out. */
    public static QueryAggregation of(String metric, String groupBy, String interval, Integer size) {
        return new QueryAggregation(parse("aggregation.metric", metric, Metric.values()),
                groupBy(groupBy), parse("aggregation.interval", interval, Interval.values()),
                size == null ? DEFAULT_SIZE : size);
    }

    /**
     * Refuses a series that would answer with more buckets than anyone can read (an hourly series over a
     * year): {@code length} is the period's.
     */
    public void checkBuckets(Duration length) {
        if (interval == null) {
            return;
        }
        long timeBuckets = length.dividedBy(interval.shortest) + 2; // partial buckets at both ends
        if (timeBuckets > MAX_TIME_BUCKETS) {
            throw new InvalidDefinitionException("aggregation.interval", "aggregation.interval " + interval.wireName()
                    + " over " + length.toDays() + " days makes more than " + MAX_TIME_BUCKETS
                    + " buckets; choose a longer interval or a shorter period");
        }
        if (groupBy != null && timeBuckets * size > MAX_BUCKETS) {
            throw new InvalidDefinitionException("aggregation.size", "aggregation.size " + size + " groups times "
                    + timeBuckets + " " + interval.wireName() + "s makes more than " + MAX_BUCKETS
                    + " buckets; ask for fewer groups or a longer interval");
        }
    }

    private static Facet groupBy(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(Facet.values()).filter(f -> f.parameter().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidDefinitionException("aggregation.groupBy", "aggregation.groupBy '"
                        + value + "' is unknown; one of " + Arrays.stream(Facet.values()).map(Facet::parameter)
                                .collect(Collectors.joining(", "))));
    }

    private static <E extends Enum<E>> E parse(String field, String value, E[] known) {
        if (value == null) {
            return null; // a required one is refused by the constructor, with the choices
        }
        return Arrays.stream(known).filter(e -> e.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidDefinitionException(field,
                        field + " '" + value + "' is unknown; one of " + names(known)));
    }

    private static String names(Enum<?>[] known) {
        return Arrays.stream(known).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
