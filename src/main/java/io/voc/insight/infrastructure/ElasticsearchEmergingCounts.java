package io.voc.insight.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchBody;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import io.voc.insight.application.EmergingCounts;
import io.voc.insight.model.CandidateCounts;
import io.voc.insight.model.CandidateKind;
import io.voc.insight.model.CandidateTally;
import io.voc.nlp.model.SentimentLabel;
import io.voc.search.application.StoreUnavailableException;
import io.voc.search.infrastructure.ConcurrentSearches;
import io.voc.search.infrastructure.FeedbackIndexNames;
import io.voc.search.infrastructure.FeedbackQueries;
import io.voc.search.model.FeedbackFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts for emerging issues in two steps over the read alias (the window in two searches run at once,
 * then the baseline in up to three), each with the query of its
 * {@link FeedbackFilter} ({@link FeedbackQueries}: the caller's products apply to every count and
 * aggregation). The window's search finds the candidates - its topics, its aspects (nested objects; VOC's NLP
 * lists an aspect once per feedback, so aspect objects count feedback without a costly reverse-nested step)
 * and the keyphrases {@code significant_terms} finds over-represented
 * against the baseline (the background) - with their negative counts; the baseline's searches count
 * exactly those candidates.
 */
@ApplicationScoped
class ElasticsearchEmergingCounts implements EmergingCounts {
    private static final int TOPICS = 100;
    private static final int ASPECTS = 300;
    private static final int TERMS = 40;
    private static final String NEGATIVE = SentimentLabel.NEGATIVE.wireName();

    private final ElasticsearchClient client;
    private final FeedbackIndexNames names;

    private final BaselineCounts baselineCounts;

    ElasticsearchEmergingCounts(ElasticsearchClient client, FeedbackIndexNames names, BaselineCounts baselineCounts) {
        this.client = client;
        this.names = names;
        this.baselineCounts = baselineCounts;
    }

    @Override
    public long count(FeedbackFilter filter) {
        try {
            return client.count(c -> c.index(names.readAlias()).query(FeedbackQueries.toElasticsearch(filter))).count();
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch count failed: " + e.getMessage(), e);
        }
    }

    @Override
    public CandidateTally tally(FeedbackFilter window, FeedbackFilter baseline, int minCount) {
        // which baseline days roll-ups can answer for, found while the window is searched
        var upToDate = baselineCounts.upToDateDays(baseline);
        Query baselineQuery = FeedbackQueries.toElasticsearch(baseline);
        Query windowQuery = FeedbackQueries.toElasticsearch(window);
        // significant_terms costs about as much as the rest together: two parts that Elasticsearch runs at once
        List<ResponseBody<Void>> parts = searchAtOnce(List.of(
                ConcurrentSearches.countingPart(windowQuery, Map.of(
                        "topics", topics(minCount, null),
                        "aspects", aspects(minCount, null),
                        "distinctTerms", Aggregation.of(a -> a.cardinality(c -> c.field("nlp.keyphrases")
                                .precisionThreshold(3000))))),
                ConcurrentSearches.part(windowQuery, Map.of(
                        "terms", Aggregation.of(a -> a.significantTerms(t -> t.field("nlp.keyphrases").size(TERMS)
                                .minDocCount((long) minCount).backgroundFilter(baselineQuery))
                                .aggregations("negative", negativeFeedback()))))));
        ResponseBody<Void> inWindow = parts.get(0);
        Aggregate significant = parts.get(1).aggregations().get("terms");
        Map<String, long[]> topics = buckets(inWindow.aggregations().get("topics"));
        Map<String, long[]> aspects = aspectBuckets(inWindow.aggregations().get("aspects"));
        Map<String, long[]> terms = new LinkedHashMap<>();
        significant.sigsterms().buckets().array().forEach(b -> terms.put(b.key(),
                new long[] { b.docCount(), b.aggregations().get("negative").filter().docCount() }));

        BaselineCounts.Counted before = baselineCounts.count(baseline, upToDate, List.copyOf(topics.keySet()),
                List.copyOf(aspects.keySet()), List.copyOf(terms.keySet()));

        List<CandidateCounts> candidates = new ArrayList<>();
        merge(candidates, CandidateKind.TOPIC, topics, before.topics());
        merge(candidates, CandidateKind.ASPECT, aspects, before.aspects());
        merge(candidates, CandidateKind.TERM, terms, before.terms());
        long distinctTerms = inWindow.aggregations().get("distinctTerms").cardinality().value();
        return new CandidateTally(total(inWindow), before.total(), candidates, distinctTerms);
    }

    List<ResponseBody<Void>> searchAtOnce(List<MultisearchBody> parts) {
        try {
            return ConcurrentSearches.answers(client, names.readAlias(), parts, Void.class);
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch emerging-issues search failed: " + e.getMessage(), e);
        }
    }

    static long total(ResponseBody<Void> response) {
        return response.hits().total() == null ? 0 : response.hits().total().value();
    }

    /** Feedback per value of a keyword field, with the negative ones; only {@code include} when given. */
    static Aggregation counted(String field, int minCount, List<String> include) {
        return Aggregation.of(a -> a.terms(t -> {
            t.field(field).minDocCount(minCount);
            if (include == null) {
                t.size(TOPICS);
            } else {
                t.size(include.size()).include(i -> i.terms(include));
            }
            return t;
        }).aggregations("negative", negativeFeedback()));
    }

    static Aggregation topics(int minCount, List<String> include) {
        return counted("nlp.topics", minCount, include);
    }

    /** Per aspect term: the feedback mentioning it, and those that speak of it negatively. */
    static Aggregation aspects(int minCount, List<String> include) {
        Aggregation perTerm = Aggregation.of(a -> a.terms(t -> {
            t.field("nlp.aspects.term").minDocCount(minCount);
            if (include == null) {
                t.size(ASPECTS);
            } else {
                t.size(include.size()).include(i -> i.terms(include));
            }
            return t;
        }).aggregations("negative", n -> n.filter(f -> f.term(t -> t.field("nlp.aspects.sentiment.label")
                .value(NEGATIVE)))));
        return Aggregation.of(a -> a.nested(n -> n.path("nlp.aspects")).aggregations("terms", perTerm));
    }

    private static Aggregation negativeFeedback() {
        return Aggregation.of(a -> a.filter(f -> f.term(t -> t.field("nlp.sentiment.label").value(NEGATIVE))));
    }

    /** key -> {feedback, negative feedback} of a {@link #counted} aggregation. */
    static Map<String, long[]> buckets(Aggregate aggregate) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (StringTermsBucket b : aggregate.sterms().buckets().array()) {
            counts.put(b.key().stringValue(), new long[] { b.docCount(), b.aggregations().get("negative").filter().docCount() });
        }
        return counts;
    }

    /** key -> {feedback, feedback speaking of it negatively} of an {@link #aspects} aggregation. */
    static Map<String, long[]> aspectBuckets(Aggregate aggregate) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (StringTermsBucket b : aggregate.nested().aggregations().get("terms").sterms().buckets().array()) {
            counts.put(b.key().stringValue(), new long[] { b.docCount(),
                b.aggregations().get("negative").filter().docCount() });
        }
        return counts;
    }

    private static void merge(List<CandidateCounts> into, CandidateKind kind, Map<String, long[]> window,
            Map<String, long[]> baseline) {
        window.forEach((key, w) -> {
            long[] b = baseline.getOrDefault(key, new long[2]);
            into.add(new CandidateCounts(kind, key, w[0], w[1], b[0], b[1]));
        });
    }
}
