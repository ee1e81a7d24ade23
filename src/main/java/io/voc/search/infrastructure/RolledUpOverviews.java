package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.FeedbackSums;
import io.voc.search.model.OverviewPeriod;
import io.voc.search.model.PeriodTally;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The overview's sums read from the daily roll-ups ({@link ElasticsearchDailyRollups}): the same series,
 * ratings and groups as the live aggregations, as sums over the roll-up documents of the days asked for.
 */
final class RolledUpOverviews {
    /** Groups per dimension asked for: the top ten of the sum with the live part are among them. */
    private static final int GROUPS = 200;
    private static final List<String> SUMS = List.of("count", "analysed", "scoreSum", "negative");

    private RolledUpOverviews() {
    }

    /** The roll-ups of these days for the filter's products (its words and narrowing must be empty). */
    static Query query(FeedbackFilter filter, List<LocalDate> days) {
        return Query.of(q -> q.bool(b -> b.filter(FeedbackQueries.toElasticsearch(filter.during(null, null)))
                .filter(inDays(days))));
    }

    /** A filter bucket of these days (matching nothing when there are none). */
    static Aggregation days(List<LocalDate> days, Map<String, Aggregation> aggregations) {
        Query query = days.isEmpty() ? Query.of(q -> q.matchNone(m -> m)) : inDays(days);
        return Aggregation.of(a -> a.filter(query).aggregations(aggregations));
    }

    private static Query inDays(List<LocalDate> days) {
        List<FieldValue> values = days.stream().map(d -> FieldValue.of(d.toString())).toList();
        return Query.of(q -> q.terms(t -> t.field("day").terms(v -> v.value(values))));
    }

    /** A period's series and ratings, and for the current period its groups. */
    static Map<String, Aggregation> periodAggregations(OverviewPeriod period, boolean withGroups) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put("series", Aggregation.of(a -> a.dateHistogram(h -> h.field("day")
                .calendarInterval(calendarInterval(period))).aggregations(sums(""))));
        for (int stars = 1; stars <= 5; stars++) {
            String field = "stars" + stars;
            aggs.put(field, Aggregation.of(a -> a.sum(s -> s.field(field))));
        }
        if (withGroups) {
            aggs.put("groups", Aggregation.of(a -> a.nested(n -> n.path("groups"))
                    .aggregations("dimensions", d -> d.terms(t -> t.field("groups.dimension").size(20))
                            .aggregations("keys", k -> k.terms(t -> t.field("groups.key").size(GROUPS)
                                    .order(co.elastic.clients.util.NamedValue.of("count", SortOrder.Desc),
                                            co.elastic.clients.util.NamedValue.of("_key", SortOrder.Asc)))
                                    .aggregations(sums("groups."))))));
        }
        return aggs;
    }

    /** Adds what {@link #periodAggregations} found to the period's tally. */
    static void read(Map<String, Aggregate> aggs, PeriodTally tally) {
        for (var bucket : aggs.get("series").dateHistogram().buckets().array()) {
            if (bucket.docCount() > 0) {
                tally.addToBucket(Instant.ofEpochMilli(bucket.key()), sums(bucket.aggregations()));
            }
        }
        for (int stars = 1; stars <= 5; stars++) {
            tally.addRatings(stars, (long) aggs.get("stars" + stars).sum().value());
        }
        if (aggs.containsKey("groups")) {
            for (var dimension : aggs.get("groups").nested().aggregations().get("dimensions").sterms().buckets().array()) {
                for (var key : dimension.aggregations().get("keys").sterms().buckets().array()) {
                    tally.addToGroup(dimension.key().stringValue(), key.key().stringValue(), sums(key.aggregations()));
                }
            }
        }
    }

    static CalendarInterval calendarInterval(OverviewPeriod period) {
        return switch (period.interval()) {
            case HOUR -> CalendarInterval.Hour;
            case DAY -> CalendarInterval.Day;
            case WEEK -> CalendarInterval.Week;
        };
    }

    private static Map<String, Aggregation> sums(String prefix) {
        Map<String, Aggregation> sums = new LinkedHashMap<>();
        SUMS.forEach(field -> sums.put(field, Aggregation.of(a -> a.sum(s -> s.field(prefix + field)))));
        return sums;
    }

    private static FeedbackSums sums(Map<String, Aggregate> aggs) {
        return new FeedbackSums((long) aggs.get("count").sum().value(), (long) aggs.get("analysed").sum().value(),
                aggs.get("scoreSum").sum().value(), (long) aggs.get("negative").sum().value());
    }
}
