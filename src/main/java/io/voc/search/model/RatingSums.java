package io.voc.search.model;

import java.util.ArrayList;
import java.util.List;

/** How many feedback gave each star rating (1-5); additive like {@link FeedbackSums}. */
public record RatingSums(long[] byStars) {
    public static final RatingSums NONE = new RatingSums(new long[5]);

    public RatingSums {
        if (byStars.length != 5) {
            throw new IllegalArgumentException("ratings are 1 to 5 stars, got " + byStars.length + " counts");
        }
        byStars = byStars.clone();
    }

    /** These counts with {@code count} more ratings of {@code stars}; other values are no rating. */
    public RatingSums plus(long stars, long count) {
        if (stars < 1 || stars > 5) {
            return this;
        }
        long[] sum = byStars.clone();
        sum[(int) stars - 1] += count;
        return new RatingSums(sum);
    }

    public RatingSums plus(RatingSums other) {
        long[] sum = byStars.clone();
        for (int i = 0; i < 5; i++) {
            sum[i] += other.byStars[i];
        }
        return new RatingSums(sum);
    }

    public long count() {
        long count = 0;
        for (long c : byStars) {
            count += c;
        }
        return count;
    }

    /** Null when nobody rated. */
    public Double average() {
        long count = count();
        if (count == 0) {
            return null;
        }
        long sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (i + 1) * byStars[i];
        }
        return Overview.round((double) sum / count);
    }

    public List<Overview.RatingCount> counts() {
        List<Overview.RatingCount> counts = new ArrayList<>(5);
        for (int stars = 1; stars <= 5; stars++) {
            counts.add(new Overview.RatingCount(stars, byStars[stars - 1]));
        }
        return counts;
    }
}
