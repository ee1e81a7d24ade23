package io.voc.search.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a product manager sees first: how much feedback, how users feel, and where - for a period and
 * the period before it. Averages and shares are null where nothing was there to average (no feedback,
 * or none analysed yet); shares of negative feedback count only analysed feedback.
 */
public record Overview(String product, Instant from, Instant to, Instant previousFrom, Instant previousTo,
        String interval, Totals current, Totals previous, List<Point> series, List<Point> previousSeries,
        List<RatingCount> ratings, List<Slice> topics, List<Slice> aspects, Map<String, List<Slice>> breakdowns) {

    /** The fields the breakdowns are by, in the order pages show them. */
    public static final List<String> BREAKDOWN_FIELDS = List.of("channel", "region", "platform", "appVersion");

    public record Totals(long count, Double avgSentiment, Double shareNegative, Double avgRating) {
    }

    /** One bucket of a time series, starting at {@code start}. */
    public record Point(Instant start, long count, Double avgSentiment, Double shareNegative) {
    }

    public record RatingCount(int rating, long count) {
    }

    /** A group of feedback (a topic, an aspect, a channel, ...) with how its users feel. */
    public record Slice(String key, long count, Double avgSentiment, Double shareNegative) {
    }

    /** Share of negative among the analysed; null when none was analysed. */
    public static Double share(long negative, long analysed) {
        return analysed == 0 ? null : round((double) negative / analysed);
    }

    public static Double round(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : Math.round(value * 1000.0) / 1000.0;
    }
}
