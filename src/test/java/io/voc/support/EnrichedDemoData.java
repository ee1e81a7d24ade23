package io.voc.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.voc.feedback.application.FeedbackJson;
import io.voc.feedback.model.Feedback;
import io.voc.ingest.application.FeedbackSubmission;
import io.voc.ingest.application.SubmitFeedback;
import io.voc.ingest.demo.DemoFeedbackGenerator;
import io.voc.ingest.demo.DemoSpec;
import io.voc.nlp.application.AnalysisJson;
import io.voc.nlp.application.NlpEngine;
import io.voc.nlp.application.TextToAnalyze;
import io.voc.nlp.model.Analysis;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The standard demo data ({@code DemoSpec.standard(LAST_DAY)}), analysed by the real NLP engine in-process
 * and written straight into an index of its own, as the NLP stage would have left it. A fixed last day makes
 * every run see the same data; a run finding it complete (all analysed by the current model) writes nothing.
 * Tests on it use {@link Profile}, so they share one app start.
 */
public final class EnrichedDemoData {
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 24);
    public static final String INDEX = "voc-test-emerging";
    private static final int BATCH = 500;
    private static volatile boolean loaded;

    /** The app on this index; the NLP stage is not needed (the engine is, to analyse the data once). */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // roll-ups only when a test rolls up (so a test can compare figures read live with rolled-up ones)
            return OwnPipeline.named(INDEX, Map.of("voc.nlp.enabled", "false", "voc.rollups.every", "1h"));
        }
    }

    private EnrichedDemoData() {
    }

    /** Loads the data unless this run (or an earlier one, with the same NLP model) did already. */
    public static void ensureLoaded(NlpEngine nlp) throws Exception {
        ensureLoaded(nlp, INDEX, INDEX + "-write");
    }

    private static synchronized void ensureLoaded(NlpEngine nlp, String readAlias, String writeAlias)
            throws Exception {
        if (loaded) {
            return;
        }
        FeedbackDocuments documents = FeedbackDocuments.onTestStack();
        List<FeedbackSubmission> items = DemoFeedbackGenerator.generate(DemoSpec.standard(LAST_DAY));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> documents.aliasExists(writeAlias));
        // analysed by this very model (an earlier run's documents are stale once the NLP changed)
        String thisModel = "{\"term\":{\"nlp.nlpVersion\":\"" + nlp.version() + "\"}}";
        if (documents.count(readAlias, thisModel) != items.size()
                || documents.count(readAlias, "{\"match_all\":{}}") != items.size()) {
            // ids are stable per spec, so replacing what an earlier run left gives exactly this data
            List<ObjectNode> docs = enriched(nlp, items);
            documents.overwriteAll(writeAlias, docs.size(), docs::get);
        }
        loaded = true;
    }

    private static List<ObjectNode> enriched(NlpEngine nlp, List<FeedbackSubmission> items) {
        ObjectMapper json = new ObjectMapper();
        Instant receivedAt = LAST_DAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<ObjectNode> docs = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += BATCH) {
            List<FeedbackSubmission> batch = items.subList(from, Math.min(items.size(), from + BATCH));
            List<Analysis> analyses = nlp.analyze(batch.stream()
                    .map(s -> new TextToAnalyze(s.text(), s.product(), s.rating(), s.locale())).toList());
            for (int i = 0; i < batch.size(); i++) {
                Feedback feedback = SubmitFeedback.validate(batch.get(i), receivedAt);
                docs.add(json.valueToTree(FeedbackJson.of(feedback, AnalysisJson.of(analyses.get(i), receivedAt))));
            }
        }
        return docs;
    }
}
