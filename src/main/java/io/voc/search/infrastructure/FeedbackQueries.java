package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.Narrowing;
import io.voc.search.model.RolledUpDays;
import java.util.List;

/**
 * The one translation of a {@link FeedbackFilter} into an Elasticsearch query. Search, export and every
 * statistic call it, so they always agree on what matches; a rule added here (a product scope, say) holds
 * for all of them.
 */
public final class FeedbackQueries {
    private FeedbackQueries() {
    }

    /** Everything the filter says: words, scope, time window and the selected values. */
    public static Query toElasticsearch(FeedbackFilter filter) {
        return Query.of(q -> q.bool(b -> {
            wordsScopeAndPeriod(b, filter);
            selectedValues(b, filter);
            return b;
        }));
    }

    /**
     * The filter's words, products and values, with its own time window replaced by these ranges (a
     * feedback in any of them matches): the part of a period read live beside daily roll-ups.
     */
    public static Query toElasticsearch(FeedbackFilter filter, List<RolledUpDays.Range> ranges) {
        return Query.of(q -> q.bool(b -> b.filter(toElasticsearch(filter.during(null, null))).filter(inRanges(ranges))));
    }

    /** Feedback created in any of these ranges. */
    public static Query inRanges(List<RolledUpDays.Range> ranges) {
        if (ranges.size() == 1) {
            return range(ranges.get(0));
        }
        return Query.of(q -> q.bool(b -> {
            ranges.forEach(r -> b.should(range(r)));
            return b.minimumShouldMatch("1");
        }));
    }

    private static Query range(RolledUpDays.Range range) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field("createdAt")
                .gte(range.from().toString()).lt(range.to().toString()))));
    }

    /** Words match English (stemmed) or CJK (bigram) text; everything else is an exact filter. */
    private static BoolQuery.Builder wordsScopeAndPeriod(BoolQuery.Builder b, FeedbackFilter filter) {
        if (filter.text() != null) {
            b.must(m -> m.simpleQueryString(sq -> sq
                    .query(filter.text())
                    .fields("text", "text.cjk")
                    .defaultOperator(Operator.And)));
        }
        if (!filter.scope().isAll()) {
            // the asker's products, applied by Elasticsearch: hits, totals and aggregations never see others
            List<FieldValue> granted = filter.scope().products().stream()
                    .map(p -> FieldValue.of(p.value())).toList();
            b.filter(f -> f.terms(t -> t.field("product").terms(v -> v.value(granted))));
        }
        if (filter.from() != null || filter.to() != null) {
            b.filter(f -> f.range(r -> r.date(d -> {
                d.field("createdAt");
                if (filter.from() != null) {
                    d.gte(filter.from().toString());
                }
                if (filter.to() != null) {
                    d.lt(filter.to().toString());
                }
                return d;
            })));
        }
        return b;
    }

    private static BoolQuery.Builder selectedValues(BoolQuery.Builder b, FeedbackFilter filter) {
        if (filter.product() != null) {
            b.filter(term("product", filter.product().value()));
        }
        for (Narrowing.Field field : Narrowing.Field.values()) {
            String value = filter.narrowing().value(field);
            if (value != null) {
                b.filter(narrowedBy(field, value));
            }
        }
        return b;
    }

    /** Exact values; an aspect is a nested object, so it is matched inside {@code nlp.aspects}. */
    private static Query narrowedBy(Narrowing.Field field, String value) {
        return field == Narrowing.Field.ASPECT
                ? Query.of(q -> q.nested(n -> n.path(FeedbackFields.ASPECTS)
                        .query(term(FeedbackFields.of(field), value))))
                : term(FeedbackFields.of(field), value);
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
