package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import io.voc.platform.VocConfig;
import io.voc.search.application.DailyRollups;
import io.voc.search.application.StoreUnavailableException;
import io.voc.search.model.FeedbackFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The daily roll-ups in their own index ({@link FeedbackIndexNames#rollups()}, mapping in
 * feedback-daily-index.json): one document per product and UTC day with the day's totals, ratings and a
 * nested group per topic, aspect, channel, region, platform and app version - the sums an overview adds up.
 *
 * <p>Each document records what it was computed from: the day's feedback count and the sum of their
 * {@code _seq_no}s. Elasticsearch gives every write (a new feedback, an enrichment, a re-enrichment) a
 * higher sequence number than any before it in its shard, so any change to a day's feedback changes that
 * sum, and comparing it with the live one tells, exactly and without any bookkeeping by the writers,
 * whether a roll-up still matches its day. A day that does not is read live until it is rolled up again.
 */
@ApplicationScoped
public class ElasticsearchDailyRollups implements DailyRollups {
    static final String SEQ_NO = "_seq_no";
    /**
     * The roll-ups' format: a roll-up of another format (made by an older release, without a field this one
     * reads) counts as out of date, so it is read live and rolled up again.
     */
    static final int FORMAT = 2;
    /** The dimensions rolled up per day, by the names overviews use, and the feedback field of each. */
    static final Map<String, String> DIMENSIONS = dimensions();
    /** A terms size that holds every value one day of one product has. */
    private static final int EVERY_VALUE = 20_000;

    private final ElasticsearchClient client;
    private final FeedbackIndexNames names;
    private final RollupIndex index;
    private final boolean enabled;

    ElasticsearchDailyRollups(ElasticsearchClient client, FeedbackIndexNames names, RollupIndex index,
            VocConfig config) {
        this.client = client;
        this.names = names;
        this.index = index;
        this.enabled = config.rollups().enabled();
    }

    /**
     * Whether roll-ups can answer for what this filter matches: they are on, and the filter has no words and no
     * narrowing (roll-ups hold no text and no combinations of values) - only products and time.
     */
    public boolean canServe(FeedbackFilter filter) {
        return enabled && filter.text() == null && filter.narrowing().isEmpty();
    }

    /** What a day's roll-up (or the live day) holds: how many feedback and the sum of their sequence numbers. */
    record Signature(long count, double seqNoSum, int format) {
    }

    @Override
    public List<LocalDate> outdatedDays(LocalDate before) {
        Instant end = start(before);
        try {
            index.ensureExists();
            var answers = ConcurrentSearches.answers(client, List.of(
                    new ConcurrentSearches.IndexedPart(names.readAlias(), ConcurrentSearches.part(
                            Query.of(q -> q.range(r -> r.date(d -> d.field("createdAt").lt(end.toString())))),
                            Map.of("days", liveSignatures()))),
                    new ConcurrentSearches.IndexedPart(names.rollups(), ConcurrentSearches.part(
                            Query.of(q -> q.range(r -> r.date(d -> d.field("day").lt(end.toString())))),
                            Map.of("days", rolledUpSignatures())), true)), Void.class);
            Map<LocalDate, Signature> live = signatures(answers.get(0).aggregations().get("days"));
            Map<LocalDate, Signature> rolled = signatures(answers.get(1).aggregations().get("days"));
            Set<LocalDate> days = new TreeSet<>(live.keySet());
            days.addAll(rolled.keySet());
            return days.stream().filter(day -> !live.getOrDefault(day, EMPTY).equals(rolled.getOrDefault(day, EMPTY)))
                    .toList();
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch roll-up check failed: " + e.getMessage(), e);
        }
    }

    /**
     * The closed days (before today) wholly in [from, to) whose roll-ups, for the products {@code scope}
     * covers (its product and scope only), match their feedback: an overview may read those from roll-ups.
     */
    public Set<LocalDate> upToDate(FeedbackFilter scope, Instant from, Instant to, LocalDate today) {
        Instant end = to.isAfter(start(today)) ? start(today) : to;
        Set<LocalDate> upToDate = new TreeSet<>();
        if (!from.isBefore(end)) {
            return upToDate;
        }
        Query live = FeedbackQueries.toElasticsearch(scope.during(from, end));
        Query rolled = Query.of(q -> q.bool(b -> b.filter(FeedbackQueries.toElasticsearch(scope.during(null, null)))
                .filter(f -> f.range(r -> r.date(d -> d.field("day").gte(from.toString()).lt(end.toString()))))));
        try {
            var answers = ConcurrentSearches.answers(client, List.of(
                    new ConcurrentSearches.IndexedPart(names.readAlias(),
                            ConcurrentSearches.part(live, Map.of("days", liveSignatures()))),
                    new ConcurrentSearches.IndexedPart(names.rollups(),
                            ConcurrentSearches.part(rolled, Map.of("days", rolledUpSignatures())), true)), Void.class);
            Map<LocalDate, Signature> liveDays = signatures(answers.get(0).aggregations().get("days"));
            Map<LocalDate, Signature> rolledDays = signatures(answers.get(1).aggregations().get("days"));
            for (LocalDate day = LocalDate.ofInstant(from, ZoneOffset.UTC); start(day).isBefore(end);
                    day = day.plusDays(1)) {
                if (liveDays.getOrDefault(day, EMPTY).equals(rolledDays.getOrDefault(day, EMPTY))) {
                    upToDate.add(day);
                }
            }
            return upToDate;
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch roll-up check failed: " + e.getMessage(), e);
        }
    }

    private static final Signature EMPTY = new Signature(0, 0, FORMAT);

    @Override
    public long rollUp(LocalDate day) {
        Instant from = start(day);
        Instant to = start(day.plusDays(1));
        try {
            var response = client.search(s -> s.index(names.readAlias()).size(0)
                    .query(q -> q.range(r -> r.date(d -> d.field("createdAt").gte(from.toString()).lt(to.toString()))))
                    .aggregations("products", a -> a.terms(t -> t.field("product").size(EVERY_VALUE))
                            .aggregations(perProduct())), Void.class);
            BulkRequest.Builder bulk = new BulkRequest.Builder().index(names.rollups());
            Set<String> products = new java.util.HashSet<>();
            long count = 0;
            String rolledUpAt = Instant.now().toString();
            for (StringTermsBucket product : response.aggregations().get("products").sterms().buckets().array()) {
                String key = product.key().stringValue();
                products.add(key);
                count += product.docCount();
                Map<String, Object> document = document(key, day, product, rolledUpAt);
                bulk.operations(op -> op.index(i -> i.id(key + "|" + day).document(document)));
            }
            if (!products.isEmpty()) {
                BulkResponse written = client.bulk(bulk.build());
                if (written.errors()) {
                    throw new IllegalStateException("roll-up of " + day + " not written: " + written.items().stream()
                            .filter(i -> i.error() != null).findFirst().map(i -> i.error().reason()).orElse("?"));
                }
            }
            deleteOthers(day, products);
            return count;
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch roll-up of " + day + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the day's roll-ups of products that have no feedback that day any more (one by one: the local
     * Elasticsearch distribution has no delete-by-query).
     */
    private void deleteOthers(LocalDate day, Set<String> products) throws IOException {
        var rolled = client.search(s -> s.index(names.rollups()).size(10_000).source(x -> x.fetch(false))
                .query(q -> q.term(t -> t.field("day").value(day.toString()))), Void.class);
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(names.rollups());
        boolean any = false;
        for (var hit : rolled.hits().hits()) {
            if (!products.contains(hit.id().substring(0, hit.id().lastIndexOf('|')))) {
                bulk.operations(op -> op.delete(d -> d.id(hit.id())));
                any = true;
            }
        }
        if (any) {
            client.bulk(bulk.build());
        }
    }

    /** One product's day: what it was computed from, its totals, ratings and every group. */
    private static Map<String, Aggregation> perProduct() {
        Map<String, Aggregation> aggs = new LinkedHashMap<>(SentimentAggregations.ofFeedback());
        aggs.put("seqNo", Aggregation.of(a -> a.sum(s -> s.field(SEQ_NO))));
        aggs.put("ratings", Aggregation.of(a -> a.terms(t -> t.field("rating").size(5))));
        DIMENSIONS.forEach((dimension, field) -> aggs.put(dimension, dimension.equals("aspects")
                ? Aggregation.of(a -> a.nested(n -> n.path(FeedbackFields.ASPECTS))
                        .aggregations("terms", t -> t.terms(x -> x.field(field).size(EVERY_VALUE))
                                .aggregations(SentimentAggregations.ofAspects())))
                : Aggregation.of(a -> a.terms(t -> t.field(field).size(EVERY_VALUE))
                        .aggregations(SentimentAggregations.ofFeedback()))));
        // many per day, and read only by emerging issues' baselines: counts and negative counts, nothing more
        aggs.put("keyphrases", Aggregation.of(a -> a.terms(t -> t.field("nlp.keyphrases").size(EVERY_VALUE))
                .aggregations("negative", SentimentAggregations.ofFeedback().get("negative"))));
        return aggs;
    }

    private static Map<String, Object> document(String product, LocalDate day, StringTermsBucket bucket,
            String rolledUpAt) {
        Map<String, Aggregate> aggs = bucket.aggregations();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("product", product);
        document.put("day", day.toString());
        document.put("rolledUpAt", rolledUpAt);
        document.put("source", Map.of("count", bucket.docCount(), "seqNoSum", aggs.get("seqNo").sum().value(),
                "format", FORMAT));
        document.putAll(sums(bucket.docCount(), aggs));
        long[] stars = new long[5];
        aggs.get("ratings").lterms().buckets().array().forEach(b -> {
            if (b.key() >= 1 && b.key() <= 5) {
                stars[(int) b.key() - 1] = b.docCount();
            }
        });
        for (int i = 0; i < 5; i++) {
            document.put("stars" + (i + 1), stars[i]);
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        DIMENSIONS.keySet().forEach(dimension -> {
            Aggregate terms = dimension.equals("aspects")
                    ? aggs.get(dimension).nested().aggregations().get("terms") : aggs.get(dimension);
            for (StringTermsBucket group : terms.sterms().buckets().array()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("dimension", dimension);
                entry.put("key", group.key().stringValue());
                entry.putAll(sums(group.docCount(), group.aggregations()));
                groups.add(entry);
            }
        });
        document.put("groups", groups);
        List<Map<String, Object>> keyphrases = new ArrayList<>();
        for (StringTermsBucket keyphrase : aggs.get("keyphrases").sterms().buckets().array()) {
            keyphrases.add(Map.of("key", keyphrase.key().stringValue(), "count", keyphrase.docCount(),
                    "negative", keyphrase.aggregations().get("negative").filter().docCount()));
        }
        document.put("keyphrases", keyphrases);
        return document;
    }

    /** count, analysed, scoreSum and negative of a bucket with {@link SentimentAggregations} under it. */
    private static Map<String, Object> sums(long count, Map<String, Aggregate> aggs) {
        var sentiment = aggs.get("sentiment").stats();
        Map<String, Object> sums = new LinkedHashMap<>();
        sums.put("count", count);
        sums.put("analysed", sentiment.count());
        sums.put("scoreSum", sentiment.count() == 0 ? 0.0 : sentiment.sum());
        sums.put("negative", aggs.get("negative").filter().docCount());
        return sums;
    }

    private static Aggregation liveSignatures() {
        return Aggregation.of(a -> a.dateHistogram(h -> h.field("createdAt").calendarInterval(CalendarInterval.Day))
                .aggregations("seqNo", s -> s.sum(x -> x.field(SEQ_NO))));
    }

    private static Aggregation rolledUpSignatures() {
        return Aggregation.of(a -> a.dateHistogram(h -> h.field("day").calendarInterval(CalendarInterval.Day))
                .aggregations("count", s -> s.sum(x -> x.field("source.count")))
                .aggregations("seqNo", s -> s.sum(x -> x.field("source.seqNoSum")))
                .aggregations("format", s -> s.min(x -> x.field("source.format").missing(0))));
    }

    /** Per day with anything in it; a live day's count is its documents, a rolled-up day's what they record. */
    private static Map<LocalDate, Signature> signatures(Aggregate histogram) {
        Map<LocalDate, Signature> days = new TreeMap<>();
        histogram.dateHistogram().buckets().array().forEach(b -> {
            long count = b.aggregations().containsKey("count")
                    ? (long) b.aggregations().get("count").sum().value() : b.docCount();
            if (b.docCount() > 0) {
                int format = b.aggregations().containsKey("format")
                        ? (int) b.aggregations().get("format").min().value() : FORMAT;
                days.put(LocalDate.ofInstant(Instant.ofEpochMilli(b.key()), ZoneOffset.UTC),
                        new Signature(count, b.aggregations().get("seqNo").sum().value(), format));
            }
        });
        return days;
    }

    private static Map<String, String> dimensions() {
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put("topics", "nlp.topics");
        dimensions.put("aspects", "nlp.aspects.term");
        dimensions.put("channel", "channel");
        dimensions.put("region", "region");
        dimensions.put("platform", "platform");
        dimensions.put("appVersion", "appVersion");
        return java.util.Collections.unmodifiableMap(dimensions);
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
