package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import io.voc.search.application.FeedbackOverviews;
import io.voc.search.application.StoreUnavailableException;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.Overview;
import io.voc.search.model.OverviewPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Overviews in four Elasticsearch searches that run at the same time ({@link ConcurrentSearches}), with the
 * caller's products through {@link FeedbackQueries}: one over the period and the one before it, with a
 * filter aggregation per period holding its rating and time series; three over the period only, sharing
 * its ratings, topics, aspects and breakdowns. Aspects (nested documents, the costliest aggregation) get a
 * search of their own, the rest are split in two: parts of similar cost keep every core busy until the end.
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
        try {
            List<Map<String, Aggregate>> parts = ConcurrentSearches.aggregations(client, names.readAlias(), List.of(
                    periodsPart(filter, period),
                    currentPart(filter, period, "aspects"),
                    currentPart(filter, period, "ratings", "topics", "channel"),
                    currentPart(filter, period, "region", "platform", "appVersion")));
            var currentPeriod = parts.get(0).get("current").filter();
            var previousPeriod = parts.get(0).get("previous").filter();
            Map<String, Aggregate> current = new HashMap<>(currentPeriod.aggregations());
            parts.subList(1, parts.size()).forEach(current::putAll);
            Map<String, Aggregate> previous = previousPeriod.aggregations();
            Map<String, List<Overview.Slice>> breakdowns = new LinkedHashMap<>();
            for (String field : Overview.BREAKDOWN_FIELDS) {
                breakdowns.put(field, slices(current.get(field)));
            }
            return new Overview(filter.product() == null ? null : filter.product().value(), period.from(), period.to(),
                    period.previousFrom(), period.from(), period.interval().wireName(),
                    totals(currentPeriod.docCount(), current), totals(previousPeriod.docCount(), previous),
                    series(current.get("series")), series(previous.get("series")),
                    ratings(current.get("ratings")), slices(current.get("topics")), aspects(current.get("aspects")),
                    breakdowns);
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch overview failed: " + e.getMessage(), e);
        }
    }

    /** Over both periods: per period its totals and time series. */
    private static MultisearchBody periodsPart(FeedbackFilter filter, OverviewPeriod period) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put("current", within(period.from(), period.to(), periodAggregations(period, period.from(), period.to())));
        aggs.put("previous", within(period.previousFrom(), period.from(),
                periodAggregations(period, period.previousFrom(), period.from())));
        return ConcurrentSearches.part(FeedbackQueries.toElasticsearch(filter.during(period.previousFrom(),
                period.to())), aggs);
    }

    /** Over the current period only, which the query alone selects: the named groups. */
    private static MultisearchBody currentPart(FeedbackFilter filter, OverviewPeriod period, String... groups) {
        Map<String, Aggregation> current = new LinkedHashMap<>();
        for (String group : groups) {
            current.put(group, switch (group) {
                case "ratings" -> Aggregation.of(a -> a.terms(t -> t.field("rating").size(5)));
                case "topics" -> terms("nlp.topics");
                case "aspects" -> Aggregation.of(a -> a.nested(n -> n.path("nlp.aspects"))
                        .aggregations("terms", t -> t.terms(x -> x.field("nlp.aspects.term").size(TOP))
                                .aggregations(SentimentAggregations.ofAspects())));
                default -> terms(group); // a breakdown field
            });
        }
        return ConcurrentSearches.part(FeedbackQueries.toElasticsearch(filter.during(period.from(), period.to())),
                current);
    }

    private static Aggregation within(Instant from, Instant to, Map<String, Aggregation> aggregations) {
        return Aggregation.of(a -> a.filter(f -> f.range(r -> r.date(d -> d.field("createdAt")
                .gte(from.toString()).lt(to.toString())))).aggregations(aggregations));
    }

    /**
     * The rating and the time series of one period. The period's sentiment totals are the sums of its
     * series' buckets (see {@link #totals}): asking Elasticsearch for them as well read every document of
     * both periods twice more, a fifth of the overview's time.
     */
    private static Map<String, Aggregation> periodAggregations(OverviewPeriod period, Instant from, Instant to) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
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

    /** A period's totals: its count, the sums over its series' buckets, and its rating. */
    private static Overview.Totals totals(long count, Map<String, Aggregate> period) {
        long analysed = 0;
        long negative = 0;
        double scoreSum = 0;
        for (var bucket : period.get("series").dateHistogram().buckets().array()) {
            var sentiment = bucket.aggregations().get("sentiment").stats();
            analysed += sentiment.count();
            scoreSum += sentiment.count() == 0 ? 0 : sentiment.sum();
            negative += bucket.aggregations().get("negative").filter().docCount();
        }
        return SentimentAggregations.totals(count, analysed, scoreSum, negative, period.get("rating").stats());
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
