package io.voc.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/**
 * The app of the tests of the real NLP (DemoExperimentTest, EnrichmentPipelineTest, ReenrichmentTest): the NLP
 * stage on, on topics, consumer groups and an index of its own, so that it has no other test's backlog to work
 * through; and the demo endpoints on. One profile for all of them: one app start. Each of these tests reads only
 * its own products (or the demo experiment's feedback), so they do not see each other's documents. The name is
 * new each run: re-enrichment jobs are kept per index in the shared database, and a job left unfinished by an
 * interrupted run must not be resumed ahead of this run's.
 */
public final class OwnNlpPipeline {
    public static final String NAME = "voc-test-nlp-" + UUID.randomUUID().toString().substring(0, 6);

    private OwnNlpPipeline() {
    }

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return OwnPipeline.named(NAME, Map.of("voc.nlp.enabled", "true", "voc.demo.enabled", "true"));
        }
    }
}
