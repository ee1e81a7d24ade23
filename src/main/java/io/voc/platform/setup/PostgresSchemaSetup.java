package io.voc.platform.setup;

import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;

/**
 * Applies the Flyway migrations in {@code db/migration}. Not Quarkus' migrate-at-start: that one
 * stops the app from starting while PostgreSQL is down, and the health page must answer then.
 */
@ApplicationScoped
class PostgresSchemaSetup implements SetupStep {
    private final Flyway flyway;

    PostgresSchemaSetup(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public String name() {
        return POSTGRESQL_SCHEMA;
    }

    @Override
    public void run() {
        flyway.migrate();
    }
}
