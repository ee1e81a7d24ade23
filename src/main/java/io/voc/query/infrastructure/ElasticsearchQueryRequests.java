package io.voc.query.infrastructure;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.voc.query.model.BoundQuery;
import io.voc.query.model.QueryAggregation;
import io.voc.query.model.QueryPage;
import io.voc.search.infrastructure.FeedbackFields;
import io.voc.search.infrastructure.FeedbackQueries;
import io.voc.search.infrastructure.SentimentAggregations;
import io.voc.search.model.Facet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one translation of a {@link BoundQuery} into an Elasticsearch search. The filter part - words, products
 * within the caller's scope, period, exact values - is {@link FeedbackQueries}', the same as search and
 * export; the sentiment figures are {@link SentimentAggregations}', the same as the Overview's.
 */
final class ElasticsearchQueryRequests {
    static final String GROUPS = "groups";
    static final String SERIES = "series";
    /** Under an aspect group: back from the aspect mentions to the feedback that has them. */
    static final String FEEDBACK = "feedback";

    private ElasticsearchQueryRequests() {
    }

    static SearchRequest compile(String index, BoundQuery query, QueryPage page) {
        SearchRequest.Builder s = new SearchRequest.Builder().index(index).query(query(query))
                .trackTotalHits(t -> t.enabled(true));
        if (query.aggregation() == null) {
            return s.from(page.offset()).size(page.size())
                    .sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc))).build();
        }
        return s.size(0).aggregations(aggregations(query)).build();
    }

    /** The feedback filter, and the star ratings, which only queries narrow by. */
    static Query query(BoundQuery query) {
        Query filter = FeedbackQueries.toElasticsearch(query.filter());
        if (query.minRating() == null && query.maxRating() == null) {
            return filter;
        }
        return Query.of(q -> q.bool(b -> b.must(filter).filter(f -> f.range(r -> r.number(n -> {
            n.field("rating");
            if (query.minRating() != null) {
                n.gte(query.minRating().doubleValue());
            }
            if (query.maxRating() != null) {
                n.lte(query.maxRating().doubleValue());
            }
            return n;
        })))));
    }

    /** Groups, each with its time series or its metric; or the series alone; or the metric over everything. */
    private static Map<String, Aggregation> aggregations(BoundQuery query) {
        QueryAggregation aggregation = query.aggregation();
        Map<String, Aggregation> perGroup = aggregation.interval() == null ? metric(aggregation)
                : Map.of(SERIES, series(aggregation, query.filter().from(), query.filter().to()));
        if (aggregation.groupBy() == null) {
            return perGroup;
        }
        if (aggregation.groupBy() == Facet.ASPECT) {
            // aspects are nested objects: group their mentions, then count and measure the feedback holding them
            return Map.of(GROUPS, Aggregation.of(a -> a.nested(n -> n.path(FeedbackFields.ASPECTS))
                    .aggregations(GROUPS, terms(aggregation, Map.of(FEEDBACK,
                            Aggregation.of(r -> r.reverseNested(x -> x).aggregations(perGroup)))))));
        }
        return Map.of(GROUPS, terms(aggregation, perGroup));
    }

    private static Aggregation terms(QueryAggregation aggregation, Map<String, Aggregation> inside) {
        return Aggregation.of(a -> a.terms(t -> t.field(FeedbackFields.of(aggregation.groupBy()))
                .size(aggregation.size())).aggregations(inside));
    }

    /** Every interval of the period, empty ones too (a chart must show the gap), in UTC. */
    private static Aggregation series(QueryAggregation aggregation, Instant from, Instant to) {
        return Aggregation.of(a -> a.dateHistogram(h -> h.field("createdAt")
                        .calendarInterval(switch (aggregation.interval()) {
                            case HOUR -> CalendarInterval.Hour;
                            case DAY -> CalendarInterval.Day;
                            case WEEK -> CalendarInterval.Week;
                            case MONTH -> CalendarInterval.Month;
                        })
                        .minDocCount(0)
                        .extendedBounds(b -> b.min(FieldDateMath.of(m -> m.value(from.toEpochMilli())))
                                .max(FieldDateMath.of(m -> m.value(to.toEpochMilli() - 1)))))
                .aggregations(metric(aggregation)));
    }

    /** A count needs nothing beyond the buckets' own counts. */
    private static Map<String, Aggregation> metric(QueryAggregation aggregation) {
        return aggregation.metric() == QueryAggregation.Metric.COUNT ? Map.of()
                : new LinkedHashMap<>(SentimentAggregations.ofFeedback());
    }
}
