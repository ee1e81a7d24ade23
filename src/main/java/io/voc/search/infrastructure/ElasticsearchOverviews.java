package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.voc.search.application.FeedbackOverviews;
import io.voc.search.application.StoreUnavailableException;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.Overview;
import io.voc.search.model.OverviewPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Overviews in one Elasticsearch request: the query (with the caller's products, through
 * {@link FeedbackQueries}) spans the period and the one before it; a filter aggregation per period
 * holds totals and a time series, the current one also ratings, topics, aspects and breakdowns.
 */
@ApplicationScoped
class ElasticsearchOverviews implements FeedbackOverviews {
    static final int TOP = 10;

    private final ElasticsearchClient client;
    private final FeedbackIndexNames names;

    ElasticsearchOverviews(ElasticsearchClient client, FeedbackIndexNames names) {
        this.client = client;
        this.names = names;
    }

    @Override
    public Overview overview(FeedbackFilter filter, OverviewPeriod period) {
        FeedbackFilter both = new FeedbackFilter(filter.text(), filter.product(), period.previousFrom(), period.to(),
                filter.scope());
        try {
            SearchResponse<Void> response = client.search(s -> s
                    .index(names.readAlias())
                    .size(0)
                    .trackTotalHits(t -> t.enabled(false))
                    .query(FeedbackQueries.toElasticsearch(both))
                    .aggregations("current", a -> a.filter(createdBetween(period.from(), period.to()))
                            .aggregations(currentAggregations(period)))
                    .aggregations("previous", a -> a.filter(createdBetween(period.previousFrom(), period.from()))
                            .aggregations(periodAggregations(period, period.previousFrom(), period.from()))),
                    Void.class);
            Map<String, Aggregate> current = response.aggregations().get("current").filter().aggregations();
            Map<String, Aggregate> previous = response.aggregations().get("previous").filter().aggregations();
            long currentCount = response.aggregations().get("current").filter().docCount();
            long previousCount = response.aggregations().get("previous").filter().docCount();
            Map<String, List<Overview.Slice>> breakdowns = new LinkedHashMap<>();
            for (String field : Overview.BREAKDOWN_FIELDS) {
                breakdowns.put(field, slices(current.get(field)));
            }
            return new Overview(filter.product() == null ? null : filter.product().value(), period.from(), period.to(),
                    period.previousFrom(), period.from(), period.interval().wireName(),
                    SentimentAggregations.totals(currentCount, current), SentimentAggregations.totals(previousCount, previous),
                    series(current.get("series")), series(previous.get("series")),
                    ratings(current.get("ratings")), slices(current.get("topics")), aspects(current.get("aspects")),
                    breakdowns);
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch overview failed: " + e.getMessage(), e);
        }
    }

    private static Query createdBetween(Instant from, Instant to) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field("createdAt").gte(from.toString()).lt(to.toString()))));
    }

    private static Map<String, Aggregation> currentAggregations(OverviewPeriod period) {
        Map<String, Aggregation> aggs = periodAggregations(period, period.from(), period.to());
        aggs.put("ratings", Aggregation.of(a -> a.terms(t -> t.field("rating").size(5))));
        aggs.put("topics", terms("nlp.topics"));
        aggs.put("aspects", Aggregation.of(a -> a.nested(n -> n.path("nlp.aspects"))
                .aggregations("terms", t -> t.terms(x -> x.field("nlp.aspects.term").size(TOP))
                        .aggregations(SentimentAggregations.ofAspects()))));
        for (String field : Overview.BREAKDOWN_FIELDS) {
            aggs.put(field, terms(field));
        }
        return aggs;
    }

    /** Totals and the time series of one period. */
    private static Map<String, Aggregation> periodAggregations(OverviewPeriod period, Instant from, Instant to) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>(SentimentAggregations.ofFeedback());
        aggs.put("rating", SentimentAggregations.avgRating());
        long first = period.firstBucket(from).toEpochMilli();
        long last = to.toEpochMilli() - 1;
        aggs.put("series", Aggregation.of(a -> a.dateHistogram(h -> h.field("createdAt")
                        .calendarInterval(switch (period.interval()) {
                            case HOUR -> CalendarInterval.Hour;
                            case DAY -> CalendarInterval.Day;
                            case WEEK -> CalendarInterval.Week;
                        })
                        .minDocCount(0)
                        .extendedBounds(b -> b.min(FieldDateMath.of(m -> m.value(first)))
                                .max(FieldDateMath.of(m -> m.value(last)))))
                .aggregations(SentimentAggregations.ofFeedback())));
        return aggs;
    }

    private static Aggregation terms(String field) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(TOP))
                .aggregations(SentimentAggregations.ofFeedback()));
    }

    private static List<Overview.Point> series(Aggregate histogram) {
        return histogram.dateHistogram().buckets().array().stream()
                .map(b -> new Overview.Point(Instant.ofEpochMilli(b.key()), b.docCount(),
                        SentimentAggregations.avgSentiment(b.aggregations()),
                        SentimentAggregations.shareNegative(b.aggregations())))
                .toList();
    }

    private static List<Overview.RatingCount> ratings(Aggregate terms) {
        long[] counts = new long[6];
        terms.lterms().buckets().array().forEach(b -> {
            if (b.key() >= 1 && b.key() <= 5) {
                counts[(int) b.key()] = b.docCount();
            }
        });
        List<Overview.RatingCount> ratings = new ArrayList<>(5);
        for (int rating = 1; rating <= 5; rating++) {
            ratings.add(new Overview.RatingCount(rating, counts[rating]));
        }
        return ratings;
    }

    private static List<Overview.Slice> slices(Aggregate terms) {
        return terms.sterms().buckets().array().stream().map(ElasticsearchOverviews::slice).toList();
    }

    private static List<Overview.Slice> aspects(Aggregate nested) {
        return slices(nested.nested().aggregations().get("terms"));
    }

    private static Overview.Slice slice(StringTermsBucket b) {
        return new Overview.Slice(b.key().stringValue(), b.docCount(),
                SentimentAggregations.avgSentiment(b.aggregations()), SentimentAggregations.shareNegative(b.aggregations()));
    }
}
