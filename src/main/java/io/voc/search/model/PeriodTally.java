package io.voc.search.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sums of one overview period, added up from its parts - the days read from daily roll-ups and the
 * rest read live - and turned into what the overview shows: totals, the time series with a point for every
 * bucket, ratings, and the largest groups (topics, aspects, breakdowns) with how they feel. Groups are
 * ranked like Elasticsearch's terms: by count, ties by key.
 */
public final class PeriodTally {
    private final Map<Instant, FeedbackSums> buckets = new TreeMap<>();
    private final Map<String, Map<String, FeedbackSums>> groups = new HashMap<>();
    private RatingSums ratings = RatingSums.NONE;

    /** Adds the feedback of one series bucket (by its start). */
    public void addToBucket(Instant start, FeedbackSums sums) {
        buckets.merge(start, sums, FeedbackSums::plus);
    }

    public void addRatings(long stars, long count) {
        ratings = ratings.plus(stars, count);
    }

    public void addRatings(RatingSums more) {
        ratings = ratings.plus(more);
    }

    /** Adds to one group of a dimension ("topics", "aspects", a breakdown field). */
    public void addToGroup(String dimension, String key, FeedbackSums sums) {
        groups.computeIfAbsent(dimension, d -> new HashMap<>()).merge(key, sums, FeedbackSums::plus);
    }

    /** The period's totals: the sums of its buckets, and the average rating. */
    public Overview.Totals totals() {
        FeedbackSums all = buckets.values().stream().reduce(FeedbackSums.NONE, FeedbackSums::plus);
        return new Overview.Totals(all.count(), all.avgSentiment(), all.shareNegative(), ratings.average());
    }

    /** A point for every bucket start given (in order), empty where nothing was counted. */
    public List<Overview.Point> series(List<Instant> bucketStarts) {
        List<Overview.Point> points = new ArrayList<>(bucketStarts.size());
        for (Instant start : bucketStarts) {
            FeedbackSums sums = buckets.getOrDefault(start, FeedbackSums.NONE);
            points.add(new Overview.Point(start, sums.count(), sums.avgSentiment(), sums.shareNegative()));
        }
        return points;
    }

    public List<Overview.RatingCount> ratings() {
        return ratings.counts();
    }

    /** The {@code limit} largest groups of a dimension. */
    public List<Overview.Slice> top(String dimension, int limit) {
        return groups.getOrDefault(dimension, Map.of()).entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, FeedbackSums> e) -> e.getValue().count()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> e.getValue().slice(e.getKey()))
                .toList();
    }
}
