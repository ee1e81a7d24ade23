package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StatsAggregate;
import io.voc.search.model.Overview;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sub-aggregations that say how a group of feedback feels - average score, how many were analysed
 * and how many of those negative - and their reading. Shared by overviews and comparisons, so a share
 * of negative feedback means the same everywhere.
 */
public final class SentimentAggregations {
    static final String SCORE = "nlp.sentiment.score";
    static final String LABEL = "nlp.sentiment.label";
    static final String ASPECT_SCORE = "nlp.aspects.sentiment.score";
    static final String ASPECT_LABEL = "nlp.aspects.sentiment.label";

    private SentimentAggregations() {
    }

    /** Of whole feedback. */
    public static Map<String, Aggregation> ofFeedback() {
        return of(SCORE, LABEL);
    }

    /** Of aspects, inside a nested aggregation on {@code nlp.aspects}. */
    static Map<String, Aggregation> ofAspects() {
        return of(ASPECT_SCORE, ASPECT_LABEL);
    }

    /**
     * A stats on the score gives the average and how many were analysed in one pass: whatever has a
     * sentiment has both its label and its score ({@code AnalysisJson.SentimentJson}), so the score's
     * count is the number analysed. An avg plus a filter on the label's existence read the documents
     * twice; these sub-aggregations run under every bucket of an overview, where that was a quarter of
     * its time.
     */
    private static Map<String, Aggregation> of(String scoreField, String labelField) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put("sentiment", Aggregation.of(a -> a.stats(v -> v.field(scoreField))));
        aggs.put("negative", Aggregation.of(a -> a.filter(f -> f.term(t -> t.field(labelField)
                .value(FieldValue.of("negative"))))));
        return aggs;
    }

    /**
     * Average score of a bucket that has these sub-aggregations; null when nothing was analysed (an
     * average of nothing must not read as 0, "neutral").
     */
    public static Double avgSentiment(Map<String, Aggregate> aggs) {
        var sentiment = aggs.get("sentiment").stats();
        return sentiment.count() == 0 ? null : Overview.round(sentiment.avg());
    }

    public static Double shareNegative(Map<String, Aggregate> aggs) {
        return Overview.share(aggs.get("negative").filter().docCount(), aggs.get("sentiment").stats().count());
    }

    /** Totals of a filter bucket: count, sentiment, and the average of its {@code rating} sub-aggregation. */
    static Overview.Totals totals(long count, Map<String, Aggregate> aggs) {
        var sentiment = aggs.get("sentiment").stats();
        return totals(count, sentiment.count(), sentiment.count() == 0 ? 0 : sentiment.sum(),
                aggs.get("negative").filter().docCount(), aggs.get("rating").stats());
    }

    /** Totals from sums: how many were analysed, their scores' sum, how many negative; the rating's stats. */
    static Overview.Totals totals(long count, long analysed, double scoreSum, long negative, StatsAggregate rating) {
        return new Overview.Totals(count, analysed == 0 ? null : Overview.round(scoreSum / analysed),
                Overview.share(negative, analysed), rating.count() == 0 ? null : Overview.round(rating.avg()));
    }

    /** The rating's count and average (stats: an average of no ratings must read as none, not 0). */
    static Aggregation avgRating() {
        return Aggregation.of(a -> a.stats(v -> v.field("rating")));
    }
}
