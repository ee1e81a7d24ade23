package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.voc.search.model.FeedbackFilter;
import java.util.List;

/**
 * The one translation of a {@link FeedbackFilter} into an Elasticsearch query. Search and export both
 * call it, so they always agree on what matches; a rule added here (a product scope, say) holds for both.
 */
public final class FeedbackQueries {
    private FeedbackQueries() {
    }

    /** Words match English (stemmed) or CJK (bigram) text; everything else is an exact filter. */
    public static Query toElasticsearch(FeedbackFilter filter) {
        return Query.of(q -> q.bool(b -> {
            if (filter.text() != null) {
                b.must(m -> m.simpleQueryString(sq -> sq
                        .query(filter.text())
                        .fields("text", "text.cjk")
                        .defaultOperator(Operator.And)));
            }
            if (filter.product() != null) {
                b.filter(f -> f.term(t -> t.field("product").value(filter.product().value())));
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
        }));
    }
}
