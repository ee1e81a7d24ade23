package io.voc.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/**
 * The app of the export tests and DeadLetterReplayTest: topics, consumer groups and an index of its own. The export
 * tests count the points in time an export opens, so no other test's export may run on this index; they write their
 * documents straight into Elasticsearch, so nothing of theirs reaches this app's topics and DeadLetterReplayTest
 * sees only its own dead letters. One profile for all of them: one app start.
 */
public final class OwnExportIndex {
    public static final String INDEX = "voc-test-export-" + UUID.randomUUID().toString().substring(0, 6);
    public static final String WRITE_ALIAS = INDEX + "-write";

    private OwnExportIndex() {
    }

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return OwnPipeline.named(INDEX, Map.of());
        }
    }
}
