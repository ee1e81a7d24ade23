package io.voc.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.voc.feedback.application.FeedbackJson;
import io.voc.ingest.application.FeedbackSubmission;
import io.voc.ingest.application.PipelineControl;
import io.voc.ingest.application.SubmitFeedback;
import io.voc.ingest.demo.DemoFeedbackGenerator;
import io.voc.ingest.demo.DemoSpec;
import io.voc.support.OwnPipeline;
import io.voc.support.PipelineTopics;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (it asserts nothing; `./voc bench` runs it and prints figures): end-to-end
 * throughput of the pipeline (raw topic -> validation -> Elasticsearch) against a raw bulk-index of
 * the same documents straight into Elasticsearch, in the same run, alternating to even out noise.
 * See docs/benchmarks.md.
 */
@QuarkusTest
@TestProfile(IngestBenchmark.OwnNames.class)
@QuarkusTestResource(TestStack.class)
class IngestBenchmark {
    static final String NAME = "voc-bench-" + UUID.randomUUID().toString().substring(0, 6);
    private static final int RECORDS = Integer.getInteger("bench.records", 200_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    /** The pipeline's default batch (voc.indexer.max-batch), so both send bulks of the same size. */
    private static final int RAW_BATCH = 5_000;

    public static class OwnNames implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return OwnPipeline.named(NAME, Map.of());
        }
    }

    @Inject
    PipelineTopics topics;
    @Inject
    ElasticsearchClient client;
    @Inject
    RestClient rest;
    @Inject
    ObjectMapper json;
    @Inject
    PipelineControl pipeline;

    @Test
    void pipelineAgainstRawBulkIndexing() throws Exception {
        List<FeedbackSubmission> demo = DemoFeedbackGenerator.generate(
                new DemoSpec(7, LocalDate.of(2026, 11, 24), 90, RECORDS));
        awaitPipelineReady();
        List<String> raw = new ArrayList<>();
        List<String> pipeline = new ArrayList<>();
        double bestRaw = 0;
        double bestPipeline = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            double rawRate = rawBulk(demo, round);
            double pipelineRate = throughPipeline(demo, round);
            raw.add(format(rawRate));
            pipeline.add(format(pipelineRate));
            bestRaw = Math.max(bestRaw, rawRate);
            bestPipeline = Math.max(bestPipeline, pipelineRate);
        }
        double ratio = bestPipeline / bestRaw;
        System.out.printf(Locale.ROOT, "%n=== VOC ingest benchmark: %,d feedback, %d rounds, %d cores ===%n"
                + "raw bulk index (1 client thread, batches of %,d): %s docs/s%n"
                + "pipeline Kafka -> validate -> Elasticsearch:       %s docs/s%n"
                + "best pipeline / best raw = %.0f %% (target >= 80 %%): %s%n%n",
                RECORDS, ROUNDS, Runtime.getRuntime().availableProcessors(), RAW_BATCH, String.join(" / ", raw),
                String.join(" / ", pipeline), ratio * 100, ratio >= 0.8 ? "MET" : "NOT MET");
    }

    /**
     * The same documents the pipeline would store, bulk-indexed straight into an index of the same
     * mapping that grows round by round, as the pipeline's does.
     */
    private double rawBulk(List<FeedbackSubmission> demo, int round) throws Exception {
        String index = NAME + "-raw";
        if (round == 1) {
            createIndexLikeTheTemplate(index);
        }
        Instant receivedAt = Instant.parse("2026-11-25T00:00:00Z");
        List<FeedbackJson> docs = new ArrayList<>(demo.size());
        for (ObjectNode node : renamed(demo, "raw" + round)) {
            docs.add(FeedbackJson.of(SubmitFeedback.validate(json.treeToValue(node, FeedbackSubmission.class),
                    receivedAt)));
        }
        long start = System.nanoTime();
        for (int from = 0; from < docs.size(); from += RAW_BATCH) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (FeedbackJson doc : docs.subList(from, Math.min(from + RAW_BATCH, docs.size()))) {
                bulk.operations(op -> op.index(x -> x.index(index).id(doc.id()).document(doc)));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                throw new IllegalStateException("raw bulk had errors: " + response.items().get(0).error());
            }
        }
        awaitCount(index, "raw" + round, docs.size());
        return docs.size() / seconds(start);
    }

    /**
     * Kafka -> Elasticsearch: the records are put on the raw topic while the pipeline is held, then the
     * clock runs from its release until all are searchable (producing is the upstream's work).
     */
    private double throughPipeline(List<FeedbackSubmission> demo, int round) throws Exception {
        String product = "bench" + round;
        List<String> records = new ArrayList<>(demo.size());
        for (ObjectNode node : renamed(demo, product)) {
            records.add(json.writeValueAsString(node));
        }
        pipeline.hold();
        topics.produce(records);
        long start = System.nanoTime();
        pipeline.release();
        awaitCount(NAME, product, records.size());
        return records.size() / seconds(start);
    }

    /** The demo feedback as another product, with fresh source ids: new documents for every round. */
    private List<ObjectNode> renamed(List<FeedbackSubmission> demo, String product) {
        List<ObjectNode> nodes = new ArrayList<>(demo.size());
        for (FeedbackSubmission s : demo) {
            ObjectNode node = json.valueToTree(s);
            node.put("product", product);
            node.put("sourceId", product + "-" + nodes.size());
            nodes.add(node);
        }
        return nodes;
    }

    private void awaitPipelineReady() throws Exception {
        topics.produce(List.of("{\"product\":\"warmup\",\"channel\":\"other\",\"text\":\"warm up\"}"));
        awaitCount(NAME, "warmup", 1);
    }

    private void createIndexLikeTheTemplate(String index) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/elasticsearch/feedback-index-template.json")) {
            ObjectNode body = (ObjectNode) json.readTree(in).path("template");
            body.withObject("/settings/index").put("number_of_shards", 1).put("number_of_replicas", 0);
            client.indices().create(c -> c.index(index).withJson(new StringReader(body.toString())));
        }
    }

    private void awaitCount(String index, String product, long expected) throws Exception {
        long deadline = System.currentTimeMillis() + 600_000;
        while (count(index, product) < expected) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("not all documents arrived in 10 minutes");
            }
            Thread.sleep(250);
        }
    }

    private long count(String index, String product) throws Exception {
        rest.performRequest(new Request("POST", "/" + index + "/_refresh"));
        Request count = new Request("GET", "/" + index + "/_count");
        if (product != null) {
            count.addParameter("q", "product:" + product);
        }
        return json.readTree(rest.performRequest(count).getEntity().getContent()).path("count").asLong();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String format(double rate) {
        return String.format(Locale.ROOT, "%,.0f", rate);
    }
}
