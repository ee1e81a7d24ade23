package io.voc.insight.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import io.voc.search.application.StoreUnavailableException;
import io.voc.search.infrastructure.ConcurrentSearches;
import io.voc.search.infrastructure.ElasticsearchDailyRollups;
import io.voc.search.infrastructure.FeedbackIndexNames;
import io.voc.search.infrastructure.FeedbackQueries;
import io.voc.search.infrastructure.RolledUpCounts;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.RolledUpDays;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The baseline's counts of the window's candidates. A baseline that is not narrowed (words, values) takes
 * its whole, up-to-date closed days from the daily roll-ups (docs/dashboard.md "Daily roll-ups") and reads
 * the rest live; the live counts come in up to three searches run at once (topics, aspects, keyphrases: one
 * search would run them one after another). Either way the counts are the same.
 */
@ApplicationScoped
class BaselineCounts {
    private final ElasticsearchClient client;
    private final FeedbackIndexNames names;
    private final ElasticsearchDailyRollups rollups;
    private final Clock clock = Clock.systemUTC();

    BaselineCounts(ElasticsearchClient client, FeedbackIndexNames names, ElasticsearchDailyRollups rollups) {
        this.client = client;
        this.names = names;
        this.rollups = rollups;
    }

    /** The baseline's feedback, and key -> {feedback, negative} of each kind of candidate. */
    record Counted(long total, Map<String, long[]> topics, Map<String, long[]> aspects, Map<String, long[]> terms) {
    }

    /** Starts finding the baseline's days roll-ups can answer for, to run beside the window's searches. */
    CompletableFuture<Set<LocalDate>> upToDateDays(FeedbackFilter baseline) {
        if (!rollable(baseline)) {
            return CompletableFuture.completedFuture(Set.of());
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return CompletableFuture.supplyAsync(() -> rollups.upToDate(baseline, baseline.from(), baseline.to(), today));
    }

    Counted count(FeedbackFilter baseline, CompletableFuture<Set<LocalDate>> upToDateDays, List<String> topics,
            List<String> aspects, List<String> terms) {
        Set<LocalDate> upToDate = join(upToDateDays);
        RolledUpDays split = upToDate.isEmpty() ? null : RolledUpDays.split(baseline.from(), baseline.to(), upToDate);
        List<ConcurrentSearches.IndexedPart> parts = new ArrayList<>();
        if (split != null && !split.days().isEmpty()) {
            parts.add(new ConcurrentSearches.IndexedPart(names.rollups(), RolledUpCounts.part(baseline, split.days(),
                    Map.of(RolledUpCounts.TOPICS, topics, RolledUpCounts.ASPECTS, aspects,
                            RolledUpCounts.KEYPHRASES, terms)), true));
        }
        boolean live = split == null || !split.live().isEmpty();
        if (live) {
            var query = split == null ? FeedbackQueries.toElasticsearch(baseline)
                    : FeedbackQueries.toElasticsearch(baseline, split.live());
            parts.add(indexed(ConcurrentSearches.countingPart(query, topics.isEmpty() ? Map.of()
                    : Map.of("topics", ElasticsearchEmergingCounts.topics(1, topics)))));
            if (!aspects.isEmpty()) {
                parts.add(indexed(ConcurrentSearches.part(query,
                        Map.of("aspects", ElasticsearchEmergingCounts.aspects(1, aspects)))));
            }
            if (!terms.isEmpty()) {
                parts.add(indexed(ConcurrentSearches.part(query,
                        Map.of("terms", ElasticsearchEmergingCounts.counted("nlp.keyphrases", 1, terms)))));
            }
        }
        List<ResponseBody<Void>> answers;
        try {
            answers = ConcurrentSearches.answers(client, parts, Void.class);
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch emerging-issues search failed: " + e.getMessage(), e);
        }
        long total = 0;
        Map<String, long[]> topicCounts = new HashMap<>();
        Map<String, long[]> aspectCounts = new HashMap<>();
        Map<String, long[]> termCounts = new HashMap<>();
        int next = 0;
        if (split != null && !split.days().isEmpty()) {
            Map<String, Aggregate> rolled = answers.get(next++).aggregations();
            total += RolledUpCounts.count(rolled);
            add(topicCounts, RolledUpCounts.counts(rolled, RolledUpCounts.TOPICS));
            add(aspectCounts, RolledUpCounts.counts(rolled, RolledUpCounts.ASPECTS));
            add(termCounts, RolledUpCounts.counts(rolled, RolledUpCounts.KEYPHRASES));
        }
        if (live) {
            total += ElasticsearchEmergingCounts.total(answers.get(next));
            Map<String, Aggregate> read = new LinkedHashMap<>();
            answers.subList(next, answers.size()).forEach(answer -> read.putAll(answer.aggregations()));
            if (read.containsKey("topics")) {
                add(topicCounts, ElasticsearchEmergingCounts.buckets(read.get("topics")));
            }
            if (read.containsKey("aspects")) {
                add(aspectCounts, ElasticsearchEmergingCounts.aspectBuckets(read.get("aspects")));
            }
            if (read.containsKey("terms")) {
                add(termCounts, ElasticsearchEmergingCounts.buckets(read.get("terms")));
            }
        }
        return new Counted(total, topicCounts, aspectCounts, termCounts);
    }

    private boolean rollable(FeedbackFilter baseline) {
        return rollups.canServe(baseline) && baseline.from() != null && baseline.to() != null;
    }

    private ConcurrentSearches.IndexedPart indexed(co.elastic.clients.elasticsearch.core.msearch.MultisearchBody part) {
        return new ConcurrentSearches.IndexedPart(names.readAlias(), part);
    }

    private static void add(Map<String, long[]> into, Map<String, long[]> counts) {
        counts.forEach((key, c) -> into.merge(key, c, (a, b) -> new long[] { a[0] + b[0], a[1] + b[1] }));
    }

    private static Set<LocalDate> join(CompletableFuture<Set<LocalDate>> days) {
        try {
            return days.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
