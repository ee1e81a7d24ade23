package io.voc.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/**
 * The app of the warehouse tests: an index and a Hive database of its own (so a day's partition holds only what
 * these tests wrote), loads of 40 rows at most (a day larger than that goes through the load table), and the demo
 * endpoints on. One profile for all of them: one app start.
 */
public final class OwnWarehouse {
    public static final String INDEX = "voc-test-wh-" + UUID.randomUUID().toString().substring(0, 6);
    public static final String DATABASE = "voc_test_wh_" + INDEX.substring(INDEX.length() - 6).replace('-', '_');

    private OwnWarehouse() {
    }

    /** Drops the database of these tests with all it holds (the test stack keeps its state between runs). */
    public static void dropDatabase() throws java.sql.SQLException {
        String url = System.getenv("VOC_HIVE_URL");
        try (java.sql.Connection connection = new org.apache.hive.jdbc.HiveDriver().connect(
                url == null || url.isBlank() ? "jdbc:hive2://127.0.0.1:20000/default" : url, new java.util.Properties());
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " CASCADE");
        }
    }

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return OwnPipeline.named(INDEX, Map.of("voc.warehouse.database", DATABASE,
                    "voc.warehouse.export.chunk-rows", "40", "voc.demo.enabled", "true"));
        }
    }
}
