package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.Narrowing;
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
            for (Narrowing.Field field : Narrowing.Field.values()) {
                String value = filter.narrowing().value(field);
                if (value != null) {
                    b.filter(narrowedBy(field, value));
                }
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

    /** Exact values; an aspect is a nested object, so it is matched inside {@code nlp.aspects}. */
    private static Query narrowedBy(Narrowing.Field field, String value) {
        return switch (field) {
            case REGION -> term("region", value);
            case PLATFORM -> term("platform", value);
            case APP_VERSION -> term("appVersion", value);
            case TOPIC -> term("nlp.topics", value);
            case KEYPHRASE -> term("nlp.keyphrases", value);
            case ASPECT -> Query.of(q -> q.nested(n -> n.path("nlp.aspects").query(term("nlp.aspects.term", value))));
        };
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
