package io.voc.bench;

import static io.voc.support.SignedIn.asAdmin;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.voc.feedback.application.FeedbackJson;
import io.voc.ingest.application.FeedbackSubmission;
import io.voc.ingest.application.SubmitFeedback;
import io.voc.ingest.demo.DemoFeedbackGenerator;
import io.voc.ingest.demo.DemoSpec;
import io.voc.nlp.application.AnalysisJson;
import io.voc.nlp.application.NlpEngine;
import io.voc.nlp.application.TextToAnalyze;
import io.voc.search.application.RollUpFeedbackDays;
import io.voc.support.OwnPipeline;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (`./voc bench dashboard [DOCS [CALLS]]` runs it and prints figures; see
 * docs/benchmarks.md): the latency of each dashboard API call over an index of a million feedback.
 *
 * <p>The documents are the demo generator's (90 days, three products, realistic channels, regions,
 * versions and texts), several seeds of 200,000. Their NLP fields come from VOC's real model, but
 * analysing a million texts takes half an hour on two cores, so the first {@value #ANALYSED} texts are
 * analysed and every other document carries the analysis of one of those: the distributions of
 * sentiment, topics and aspects are real, their pairing with each text is not. The index is kept
 * between runs on the same test stack ({@value #NAME}), so a second run measures at once.
 */
@QuarkusTest
@TestProfile(DashboardBenchmark.OwnNames.class)
@QuarkusTestResource(TestStack.class)
class DashboardBenchmark {
    static final String NAME = "voc-bench-dashboard";
    static final int ANALYSED = 20_000;
    private static final int DOCS = Integer.getInteger("bench.docs", 1_000_000);
    private static final int CALLS = Integer.getInteger("bench.calls", 60);
    private static final int PER_SEED = 200_000;
    private static final int BULK = 5_000;
    /** About one day of the million's 90 days. */
    private static final int TODAY = 11_000;
    private static final long TARGET_P95_MS = 300;

    public static class OwnNames implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return OwnPipeline.named(NAME, Map.of("voc.indexer.enabled", "false"));
        }
    }

    @Inject
    ElasticsearchClient client;
    @Inject
    NlpEngine nlp;
    @Inject
    RollUpFeedbackDays rollUp;

    @Test
    void dashboardCallsOverAMillionFeedback() throws Exception {
        LocalDate lastDay = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        Awaitility.await().atMost(java.time.Duration.ofMinutes(2)).until(() -> client.indices()
                .existsAlias(a -> a.name(NAME + "-write")).value());
        long stored = count();
        if (stored < DOCS) {
            load(lastDay, stored);
        }
        writeToday(lastDay.plusDays(1));
        long docs = count();
        long rollUpStart = System.nanoTime();
        int days = rollUp.run().size();
        System.out.printf(Locale.ROOT, "rolled up %d day(s) in %.1f s%n", days, (System.nanoTime() - rollUpStart) / 1e9);
        // The index outlives runs, and so does its request cache: a second run on the same day asks for the
        // same periods, so without this it would measure the cache of the first.
        client.indices().clearCache(c -> c.index(NAME).request(true));
        String from7 = lastDay.minusDays(6).toString();
        // Aggregation-only answers (size 0) are kept in Elasticsearch's request cache: a call repeated with
        // the same parameters would measure the cache. Each call therefore ends its period on another day
        // ("to" moves back a day per call), as different users and views do.
        Map<String, IntFunction<Map<String, String>>> calls = new LinkedHashMap<>();
        calls.put("/api/v1/overview (all products, 30 days)", i -> Map.of("to", day(lastDay, i)));
        calls.put("/api/v1/overview (all products, 30 days through today, today live)", i -> Map.of(
                "from", lastDay.minusDays(28 + i % 20).toString()));
        calls.put("/api/v1/overview?product=pocketbank (90 days)", i -> Map.of("product", "pocketbank",
                "from", lastDay.minusDays(89 + i % 20).toString(), "to", day(lastDay, i)));
        calls.put("/api/v1/overview?product=aurora-music (3 days, hourly)", i -> Map.of("product", "aurora-music",
                "from", lastDay.minusDays(2 + i % 20).toString(), "to", day(lastDay, i)));
        calls.put("/api/v1/feedback/search (newest, page 1)", i -> Map.of());
        calls.put("/api/v1/feedback/search?q=crash login&product=pocketbank", i -> Map.of("q", "crash login",
                "product", "pocketbank"));
        calls.put("/api/v1/feedback/search?q=会员 (CJK)&from=7 days", i -> Map.of("q", "会员", "from", from7));
        calls.put("/api/v1/feedback/search (page 50)", i -> Map.of("page", "50"));
        calls.put("/api/v1/emerging (all products, 7 days vs 28)", i -> Map.of("to", day(lastDay, i)));
        calls.put("/api/v1/emerging?product=pocketbank&region=eu&platform=android", i -> Map.of("product",
                "pocketbank", "region", "eu", "platform", "android", "to", day(lastDay, i)));
        calls.put("/api/v1/compare?product=pocketbank&by=region (eu vs us)", i -> Map.of("product", "pocketbank",
                "by", "region", "a", "eu", "b", "us", "to", day(lastDay, i)));
        calls.put("/api/v1/compare?by=period (two 30-day periods)", i -> Map.of("by", "period",
                "a", lastDay.minusDays(59 + i % 20) + "/" + lastDay.minusDays(30 + i % 20),
                "b", lastDay.minusDays(29 + i % 20) + "/" + day(lastDay, i)));
        // The Explorer: its facet parts are aggregation-only searches too, so its period moves like the others'.
        calls.put("/api/v1/feedback/explore (everything up to a day, 9 facets)", i -> Map.of("to", day(lastDay, i)));
        calls.put("/api/v1/feedback/explore?q=crash&platform=android (a selected facet)", i -> Map.of("q", "crash",
                "platform", "android", "to", day(lastDay, i)));
        calls.put("/api/v1/feedback/explore?product=pocketbank&sort=most-negative (30 days)", i -> Map.of(
                "product", "pocketbank", "sort", "most-negative", "from", lastDay.minusDays(29 + i % 20).toString(),
                "to", day(lastDay, i)));
        List<String> ids = asAdmin().queryParam("size", "20").get("/api/v1/feedback/search").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        calls.put("/api/v1/feedback/{id} (one feedback with its analysis)", i -> Map.of("id", ids.get(i % ids.size())));

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%n=== VOC dashboard API benchmark: %,d feedback in Elasticsearch, %d calls each, %d cores ===%n"
                        + "%-70s %8s %8s %8s%n", docs, CALLS, Runtime.getRuntime().availableProcessors(), "call",
                "p50 ms", "p95 ms", "max ms"));
        boolean met = true;
        for (Map.Entry<String, IntFunction<Map<String, String>>> call : calls.entrySet()) {
            String path = call.getKey().split("[ ?]")[0];
            long[] millis = measure(path, call.getValue());
            long p95 = percentile(millis, 95);
            met &= p95 < TARGET_P95_MS;
            report.append(String.format(Locale.ROOT, "%-70s %8d %8d %8d%n", call.getKey(), percentile(millis, 50),
                    p95, millis[millis.length - 1]));
        }
        report.append(String.format(Locale.ROOT, "p95 of every call under %d ms: %s%n", TARGET_P95_MS,
                met ? "MET" : "NOT MET"));
        System.out.println(report);
    }

    /** Latencies in ms, sorted, after five unmeasured calls (first requests compile and warm caches). */
    private static long[] measure(String path, IntFunction<Map<String, String>> params) {
        for (int i = 0; i < 5; i++) {
            call(path, params.apply(CALLS + i));
        }
        long[] millis = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            Map<String, String> these = params.apply(i);
            long start = System.nanoTime();
            call(path, these);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis;
    }

    /** A parameter named {@code id} fills the path's {@code {id}}; the others are query parameters. */
    private static void call(String path, Map<String, String> params) {
        Map<String, String> query = new LinkedHashMap<>(params);
        String id = query.remove("id");
        Response response = id == null ? asAdmin().queryParams(query).get(path)
                : asAdmin().queryParams(query).get(path, id);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " " + params + ": " + response.statusCode() + " " + response.asString());
        }
    }

    /** The last day of call {@code i}'s period: a day earlier per call, 20 different days in turn. */
    private static String day(LocalDate lastDay, int i) {
        return lastDay.minusDays(i % 20).toString();
    }

    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private void load(LocalDate lastDay, long already) throws Exception {
        System.out.printf(Locale.ROOT, "loading %,d feedback into %s (%,d there) ...%n", DOCS, NAME, already);
        List<AnalysisJson> analyses = null;
        Instant receivedAt = Instant.now();
        long start = System.nanoTime();
        for (int seed = 0; seed * PER_SEED < DOCS; seed++) {
            List<FeedbackSubmission> demo = DemoFeedbackGenerator.generate(
                    new DemoSpec(1_000 + seed, lastDay, 90, Math.min(PER_SEED, DOCS - seed * PER_SEED)));
            if (analyses == null) {
                analyses = analyse(demo.subList(0, Math.min(ANALYSED, demo.size())));
            }
            List<FeedbackJson> docs = new ArrayList<>(demo.size());
            for (int i = 0; i < demo.size(); i++) {
                docs.add(FeedbackJson.of(SubmitFeedback.validate(unique(demo.get(i), "-s" + seed), receivedAt),
                        analyses.get(i % analyses.size())));
            }
            index(docs);
            System.out.printf(Locale.ROOT, "  %,d indexed (%.0f s)%n", (seed + 1L) * PER_SEED,
                    (System.nanoTime() - start) / 1e9);
        }
        client.indices().refresh(r -> r.index(NAME));
    }

    /**
     * A day's worth of feedback created today (ids fixed per day, so a second run the same day adds nothing):
     * the part of an overview through today that is read live, as in production.
     */
    private void writeToday(LocalDate today) throws Exception {
        List<FeedbackSubmission> demo = DemoFeedbackGenerator.generate(new DemoSpec(999, today, 1, TODAY));
        List<AnalysisJson> analyses = analyse(demo.subList(0, 500));
        Instant receivedAt = Instant.now();
        List<FeedbackJson> docs = new ArrayList<>(demo.size());
        for (int i = 0; i < demo.size(); i++) {
            docs.add(FeedbackJson.of(SubmitFeedback.validate(unique(demo.get(i), "-" + today), receivedAt),
                    analyses.get(i % analyses.size())));
        }
        index(docs);
    }

    /** The same feedback under another source id (another feedback id): generated sets never collide. */
    private static FeedbackSubmission unique(FeedbackSubmission s, String suffix) {
        return new FeedbackSubmission(s.schemaVersion(), s.product(), s.channel(), s.sourceId() + suffix, s.text(),
                s.rating(), s.locale(), s.region(), s.appVersion(), s.platform(), s.userId(), s.createdAt(),
                s.receivedAt(), s.attributes());
    }

    private List<AnalysisJson> analyse(List<FeedbackSubmission> sample) {
        List<AnalysisJson> analyses = new ArrayList<>(sample.size());
        Instant enrichedAt = Instant.now();
        for (int from = 0; from < sample.size(); from += 500) {
            List<TextToAnalyze> texts = sample.subList(from, Math.min(from + 500, sample.size())).stream()
                    .map(s -> new TextToAnalyze(s.text(), s.product(), s.rating(), s.locale())).toList();
            nlp.analyze(texts).forEach(a -> analyses.add(AnalysisJson.of(a, enrichedAt)));
        }
        return analyses;
    }

    private void index(List<FeedbackJson> docs) throws Exception {
        for (int from = 0; from < docs.size(); from += BULK) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (FeedbackJson doc : docs.subList(from, Math.min(from + BULK, docs.size()))) {
                bulk.operations(op -> op.index(x -> x.index(NAME + "-write").id(doc.id()).document(doc)));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                throw new IllegalStateException("bulk had errors: " + response.items().stream()
                        .filter(item -> item.error() != null).findFirst().map(item -> item.error().reason()).orElse(""));
            }
        }
    }

    private long count() throws Exception {
        client.indices().refresh(r -> r.index(NAME));
        return client.count(c -> c.index(NAME)).count();
    }
}
