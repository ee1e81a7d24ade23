package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.voc.search.application.FeedbackOverviews;
import io.voc.search.application.StoreUnavailableException;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.FeedbackSums;
import io.voc.search.model.Overview;
import io.voc.search.model.OverviewPeriod;
import io.voc.search.model.PeriodTally;
import io.voc.search.model.RolledUpDays;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Overviews from the daily roll-ups where they can be used and live from the feedback elsewhere, added up
 * in {@link PeriodTally}s: the same sums either way, so the answer does not depend on where it came from.
 *
 * <p>Roll-ups serve an overview that is not narrowed (by words or values: they hold no text and no
 * combinations of values) and has daily or weekly points; of it, the whole closed days whose roll-up still
 * matches the feedback ({@link ElasticsearchDailyRollups#upToDate}). Everything else - today, partial days,
 * days written to since - is read live, in up to four searches Elasticsearch runs at the same time
 * ({@link ConcurrentSearches}): both periods' series and ratings; aspects (nested documents, the costliest
 * aggregation); topics and channels; regions, platforms and versions.
 */
@ApplicationScoped
class ElasticsearchOverviews implements FeedbackOverviews {
    static final int TOP = 10;
    /** Groups asked of each source when two are added up, so the top ten of the sum are among them. */
    private static final int MERGED = 200;

    private final ElasticsearchClient client;
    private final FeedbackIndexNames names;
    private final ElasticsearchDailyRollups rollups;
    private final Clock clock = Clock.systemUTC();

    ElasticsearchOverviews(ElasticsearchClient client, FeedbackIndexNames names, ElasticsearchDailyRollups rollups) {
        this.client = client;
        this.names = names;
        this.rollups = rollups;
    }

    @Override
    public Overview overview(FeedbackFilter filter, OverviewPeriod period) {
        boolean rollable = rollups.canServe(filter) && period.interval() != OverviewPeriod.Interval.HOUR;
        Set<LocalDate> upToDate = rollable ? rollups.upToDate(filter, period.previousFrom(), period.to(),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)) : Set.of();
        RolledUpDays current = RolledUpDays.split(period.from(), period.to(), upToDate);
        RolledUpDays previous = RolledUpDays.split(period.previousFrom(), period.from(), upToDate);
        int groups = upToDate.isEmpty() ? TOP : MERGED;
        PeriodTally now = new PeriodTally();
        PeriodTally before = new PeriodTally();
        try {
            List<ConcurrentSearches.IndexedPart> parts = new ArrayList<>();
            List<java.util.function.Consumer<Map<String, Aggregate>>> readers = new ArrayList<>();
            if (!current.live().isEmpty() || !previous.live().isEmpty()) {
                parts.add(live(filter, concat(current.live(), previous.live()), Map.of(
                        "current", within(current.live(), seriesAndRatings(period)),
                        "previous", within(previous.live(), seriesAndRatings(period)))));
                readers.add(aggs -> {
                    readSeriesAndRatings(aggs.get("current").filter().aggregations(), now);
                    readSeriesAndRatings(aggs.get("previous").filter().aggregations(), before);
                });
            }
            if (!current.live().isEmpty()) {
                for (List<String> dimensions : List.of(List.of("aspects"), List.of("topics", "channel"),
                        List.of("region", "platform", "appVersion"))) {
                    Map<String, Aggregation> aggs = new LinkedHashMap<>();
                    dimensions.forEach(d -> aggs.put(d, groupsOf(d, groups)));
                    parts.add(live(filter, current.live(), aggs));
                    readers.add(answer -> dimensions.forEach(d -> readGroups(d, answer.get(d), now)));
                }
            }
            if (!current.days().isEmpty() || !previous.days().isEmpty()) {
                parts.add(new ConcurrentSearches.IndexedPart(names.rollups(), ConcurrentSearches.part(
                        RolledUpOverviews.query(filter, concat(current.days(), previous.days())), Map.of(
                                "current", RolledUpOverviews.days(current.days(), RolledUpOverviews.periodAggregations(
                                        period, true)),
                                "previous", RolledUpOverviews.days(previous.days(),
                                        RolledUpOverviews.periodAggregations(period, false)))), true));
                readers.add(aggs -> {
                    RolledUpOverviews.read(aggs.get("current").filter().aggregations(), now);
                    RolledUpOverviews.read(aggs.get("previous").filter().aggregations(), before);
                });
            }
            var answers = ConcurrentSearches.answers(client, parts, Void.class);
            for (int i = 0; i < answers.size(); i++) {
                readers.get(i).accept(answers.get(i).aggregations());
            }
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch overview failed: " + e.getMessage(), e);
        }
        Map<String, List<Overview.Slice>> breakdowns = new LinkedHashMap<>();
        for (String field : Overview.BREAKDOWN_FIELDS) {
            breakdowns.put(field, now.top(field, TOP));
        }
        return new Overview(filter.product() == null ? null : filter.product().value(), period.from(), period.to(),
                period.previousFrom(), period.from(), period.interval().wireName(), now.totals(), before.totals(),
                now.series(period.bucketStarts(period.from(), period.to())),
                before.series(period.bucketStarts(period.previousFrom(), period.from())),
                now.ratings(), now.top("topics", TOP), now.top("aspects", TOP), breakdowns);
    }

    /** A search of the feedback the filter's products and words match within these ranges. */
    private ConcurrentSearches.IndexedPart live(FeedbackFilter filter, List<RolledUpDays.Range> ranges,
            Map<String, Aggregation> aggs) {
        return new ConcurrentSearches.IndexedPart(names.readAlias(),
                ConcurrentSearches.part(FeedbackQueries.toElasticsearch(filter, ranges), aggs));
    }

    /** A filter bucket of these ranges (matching nothing when there are none). */
    private static Aggregation within(List<RolledUpDays.Range> ranges, Map<String, Aggregation> aggregations) {
        Query query = ranges.isEmpty() ? Query.of(q -> q.matchNone(m -> m)) : FeedbackQueries.inRanges(ranges);
        return Aggregation.of(a -> a.filter(query).aggregations(aggregations));
    }

    /**
     * A period's time series with its sentiment sums per bucket (the period's totals are their sums: asking
     * Elasticsearch for them as well read every document twice more) and its ratings.
     */
    private static Map<String, Aggregation> seriesAndRatings(OverviewPeriod period) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put("ratings", Aggregation.of(a -> a.terms(t -> t.field("rating").size(5))));
        aggs.put("series", Aggregation.of(a -> a.dateHistogram(h -> h.field("createdAt")
                        .calendarInterval(RolledUpOverviews.calendarInterval(period)))
                .aggregations(SentimentAggregations.ofFeedback())));
        return aggs;
    }

    private static void readSeriesAndRatings(Map<String, Aggregate> aggs, PeriodTally tally) {
        for (var bucket : aggs.get("series").dateHistogram().buckets().array()) {
            tally.addToBucket(Instant.ofEpochMilli(bucket.key()), sums(bucket.docCount(), bucket.aggregations()));
        }
        aggs.get("ratings").lterms().buckets().array().forEach(b -> tally.addRatings(b.key(), b.docCount()));
    }

    private static Aggregation groupsOf(String dimension, int size) {
        String field = ElasticsearchDailyRollups.DIMENSIONS.get(dimension);
        if (dimension.equals("aspects")) {
            return Aggregation.of(a -> a.nested(n -> n.path(FeedbackFields.ASPECTS))
                    .aggregations("terms", t -> t.terms(x -> x.field(field).size(size))
                            .aggregations(SentimentAggregations.ofAspects())));
        }
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size))
                .aggregations(SentimentAggregations.ofFeedback()));
    }

    private static void readGroups(String dimension, Aggregate aggregate, PeriodTally tally) {
        Aggregate terms = dimension.equals("aspects") ? aggregate.nested().aggregations().get("terms") : aggregate;
        for (StringTermsBucket b : terms.sterms().buckets().array()) {
            tally.addToGroup(dimension, b.key().stringValue(), sums(b.docCount(), b.aggregations()));
        }
    }

    /** The sums of a bucket with {@link SentimentAggregations} under it. */
    static FeedbackSums sums(long count, Map<String, Aggregate> aggs) {
        var sentiment = aggs.get("sentiment").stats();
        return new FeedbackSums(count, sentiment.count(), sentiment.count() == 0 ? 0 : sentiment.sum(),
                aggs.get("negative").filter().docCount());
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
