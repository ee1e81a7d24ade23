package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import io.voc.search.application.FeedbackComparisons;
import io.voc.search.application.StoreUnavailableException;
import io.voc.search.model.CompareRequest;
import io.voc.search.model.Comparison;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Comparisons in two Elasticsearch searches, one per side, that run at the same time
 * ({@link ConcurrentSearches}): each over the caller's filter (through {@link FeedbackQueries}) and its
 * side, with a filter aggregation of the side holding its totals and its most frequent topics and aspects.
 * A topic frequent on one side only still gets its count on the other (a second, exact terms lookup would
 * cost a request; instead each side lists up to {@value #CANDIDATES}, plenty for the {@value #SHOWN}
 * largest changes).
 */
@ApplicationScoped
class ElasticsearchComparisons implements FeedbackComparisons {
    static final int CANDIDATES = 50;
    static final int SHOWN = 15;

    private final ElasticsearchClient client;
    private final FeedbackIndexNames names;

    ElasticsearchComparisons(ElasticsearchClient client, FeedbackIndexNames names) {
        this.client = client;
        this.names = names;
    }

    @Override
    public Comparison compare(CompareRequest request) {
        try {
            List<Map<String, Aggregate>> sides = ConcurrentSearches.aggregations(client, names.readAlias(),
                    List.of(sidePart(request, true), sidePart(request, false)));
            var a = sides.get(0).get("a").filter();
            var b = sides.get(1).get("b").filter();
            return new Comparison(request.dimension().wireName(),
                    new Comparison.Side(label(request, true), SentimentAggregations.totals(a.docCount(), a.aggregations())),
                    new Comparison.Side(label(request, false), SentimentAggregations.totals(b.docCount(), b.aggregations())),
                    changes(counts(a.aggregations().get("topics")), a.docCount(),
                            counts(b.aggregations().get("topics")), b.docCount()),
                    changes(counts(a.aggregations().get("aspects").nested().aggregations().get("terms")), a.docCount(),
                            counts(b.aggregations().get("aspects").nested().aggregations().get("terms")), b.docCount()));
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch comparison failed: " + e.getMessage(), e);
        }
    }

    /**
     * One side's search. Its query holds the side too, so Elasticsearch reads only that side's documents
     * (a period comparison's filter has no time window: over both sides at once it read every document);
     * the side's filter aggregation, then matching all of them, is kept for its count.
     */
    private static MultisearchBody sidePart(CompareRequest request, boolean a) {
        Query side = side(request, a);
        Query query = Query.of(q -> q.bool(b -> b
                .filter(FeedbackQueries.toElasticsearch(request.filter()))
                .filter(side)));
        return ConcurrentSearches.part(query, Map.of(a ? "a" : "b",
                Aggregation.of(x -> x.filter(side).aggregations(sideAggregations()))));
    }

    private static Query side(CompareRequest request, boolean a) {
        if (request.dimension() == CompareRequest.Dimension.PERIOD) {
            String from = (a ? request.aFrom() : request.bFrom()).toString();
            String to = (a ? request.aTo() : request.bTo()).toString();
            return Query.of(q -> q.range(r -> r.date(d -> d.field("createdAt").gte(from).lt(to))));
        }
        String value = a ? request.a() : request.b();
        return Query.of(q -> q.term(t -> t.field(request.dimension().field()).value(FieldValue.of(value))));
    }

    private static String label(CompareRequest request, boolean a) {
        if (request.dimension() == CompareRequest.Dimension.PERIOD) {
            return (a ? request.aFrom() : request.bFrom()) + "/" + (a ? request.aTo() : request.bTo());
        }
        return a ? request.a() : request.b();
    }

    private static Map<String, Aggregation> sideAggregations() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>(SentimentAggregations.ofFeedback());
        aggs.put("rating", SentimentAggregations.avgRating());
        aggs.put("topics", Aggregation.of(x -> x.terms(t -> t.field("nlp.topics").size(CANDIDATES))
                .aggregations(SentimentAggregations.ofFeedback())));
        aggs.put("aspects", Aggregation.of(x -> x.nested(n -> n.path("nlp.aspects"))
                .aggregations("terms", t -> t.terms(y -> y.field("nlp.aspects.term").size(CANDIDATES))
                        .aggregations(SentimentAggregations.ofAspects()))));
        return aggs;
    }

    private record Count(long count, Double avgSentiment) {
    }

    private static Map<String, Count> counts(Aggregate terms) {
        Map<String, Count> counts = new LinkedHashMap<>();
        for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
            counts.put(bucket.key().stringValue(), new Count(bucket.docCount(),
                    SentimentAggregations.avgSentiment(bucket.aggregations())));
        }
        return counts;
    }

    private static List<Comparison.Change> changes(Map<String, Count> a, long totalA, Map<String, Count> b, long totalB) {
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<Comparison.Change> changes = new ArrayList<>(keys.size());
        Count none = new Count(0, null);
        for (String key : keys) {
            Count ca = a.getOrDefault(key, none);
            Count cb = b.getOrDefault(key, none);
            changes.add(Comparison.Change.of(key, ca.count(), totalA, ca.avgSentiment(), cb.count(), totalB,
                    cb.avgSentiment()));
        }
        return Comparison.largest(changes, SHOWN);
    }

}
