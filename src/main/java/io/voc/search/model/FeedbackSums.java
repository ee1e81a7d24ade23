package io.voc.search.model;

/**
 * How much feedback a group holds and how it feels, as sums that add up across days and sources: the
 * count, how many were analysed, the sum of their sentiment scores and how many of those were negative.
 * A daily roll-up and a live aggregation give the same sums for the same feedback, so an overview can
 * take closed days from one and the rest from the other.
 */
public record FeedbackSums(long count, long analysed, double scoreSum, long negative) {
    public static final FeedbackSums NONE = new FeedbackSums(0, 0, 0, 0);

    public FeedbackSums {
        if (count < 0 || analysed < 0 || negative < 0 || negative > analysed) {
            throw new IllegalArgumentException("counts must be >= 0 and negative <= analysed, got " + count + "/"
                    + analysed + "/" + negative);
        }
    }

    public FeedbackSums plus(FeedbackSums other) {
        return new FeedbackSums(count + other.count, analysed + other.analysed, scoreSum + other.scoreSum,
                negative + other.negative);
    }

    /** Null when nothing was analysed: an average of nothing must not read as 0, "neutral". */
    public Double avgSentiment() {
        return analysed == 0 ? null : Overview.round(scoreSum / analysed);
    }

    public Double shareNegative() {
        return Overview.share(negative, analysed);
    }

    public Overview.Slice slice(String key) {
        return new Overview.Slice(key, count, avgSentiment(), shareNegative());
    }
}
