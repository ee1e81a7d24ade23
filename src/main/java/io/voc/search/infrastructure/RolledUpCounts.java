package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import io.voc.search.model.FeedbackFilter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of given topics, aspects and keyphrases - feedback, and negative feedback (for aspects: spoken of
 * negatively) - over days read from the daily roll-ups ({@link ElasticsearchDailyRollups}), for emerging
 * issues' baselines: the same counts their live aggregations give.
 */
public final class RolledUpCounts {
    public static final String TOPICS = "topics";
    public static final String ASPECTS = "aspects";
    public static final String KEYPHRASES = "keyphrases";

    private RolledUpCounts() {
    }

    /** A search of the roll-ups: the feedback of these days, and the counts of these keys per kind. */
    public static MultisearchBody part(FeedbackFilter scope, List<LocalDate> days, Map<String, List<String>> keys) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        aggs.put("count", Aggregation.of(a -> a.sum(s -> s.field("count"))));
        keys.forEach((kind, values) -> {
            if (values.isEmpty()) {
                return;
            }
            boolean keyphrases = kind.equals(KEYPHRASES);
            Aggregation perKey = Aggregation.of(a -> a.terms(t -> t.field((keyphrases ? "keyphrases" : "groups") + ".key")
                    .size(values.size()).include(i -> i.terms(values)))
                    .aggregations("count", c -> c.sum(s -> s.field((keyphrases ? "keyphrases" : "groups") + ".count")))
                    .aggregations("negative", c -> c.sum(s -> s.field((keyphrases ? "keyphrases" : "groups") + ".negative"))));
            aggs.put(kind, keyphrases
                    ? Aggregation.of(a -> a.nested(n -> n.path("keyphrases")).aggregations("keys", perKey))
                    : Aggregation.of(a -> a.nested(n -> n.path("groups")).aggregations("keys", k -> k
                            .filter(f -> f.term(t -> t.field("groups.dimension").value(kind)))
                            .aggregations("keys", perKey))));
        });
        return ConcurrentSearches.part(RolledUpOverviews.query(scope, days), aggs);
    }

    /** The feedback of the days read by {@link #part}. */
    public static long count(Map<String, Aggregate> aggs) {
        return (long) aggs.get("count").sum().value();
    }

    /** key -> {feedback, negative} of one kind read by {@link #part} (empty when not asked for). */
    public static Map<String, long[]> counts(Map<String, Aggregate> aggs, String kind) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        if (!aggs.containsKey(kind)) {
            return counts;
        }
        Aggregate keys = aggs.get(kind).nested().aggregations().get("keys");
        if (!kind.equals(KEYPHRASES)) {
            keys = keys.filter().aggregations().get("keys");
        }
        keys.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), new long[] {
            (long) b.aggregations().get("count").sum().value(), (long) b.aggregations().get("negative").sum().value() }));
        return counts;
    }
}
