package io.voc.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Config for a test profile that needs PostgreSQL to itself (e.g. "no admin exists yet"): Flyway and
 * Hibernate use their own schema in the shared test database, and the app's log goes to a file the test
 * can read.
 */
public final class OwnSchema {
    private OwnSchema() {
    }

    public static Map<String, String> named(String schema, Path log, Map<String, String> more) {
        Map<String, String> config = new HashMap<>(more);
        config.put("quarkus.flyway.schemas", schema);
        config.put("quarkus.flyway.default-schema", schema);
        config.put("quarkus.hibernate-orm.database.default-schema", schema);
        config.put("quarkus.log.file.enabled", "true");
        config.put("quarkus.log.file.path", log.toString());
        return config;
    }
}
