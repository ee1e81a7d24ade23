package io.voc.query.model;

import io.voc.search.model.FeedbackFilter;

/**
 * A definition ready to run: parameters filled, times absolute, and the caller's products in the filter's
 * scope. What every executor (Elasticsearch now, a warehouse later) gets, so none of them fills, resolves
 * or scopes on its own. {@code aggregation} null: list the feedback.
 */
public record BoundQuery(FeedbackFilter filter, Integer minRating, Integer maxRating, QueryAggregation aggregation) {
    public BoundQuery {
        if (filter == null) {
            throw new IllegalArgumentException("a bound query needs its filter");
        }
    }
}
