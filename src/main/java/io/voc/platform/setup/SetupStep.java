package io.voc.platform.setup;

/**
 * Something the platform must prepare on a dependency before it can work (a schema, an index, topics).
 * Steps are idempotent and retried until they succeed, so the app starts even when a dependency is down.
 */
public interface SetupStep {
    String POSTGRESQL_SCHEMA = "postgresql-schema";
    String ELASTICSEARCH_INDEX = "elasticsearch-index";
    String KAFKA_TOPICS = "kafka-topics";
    /** The first admin account; runs once {@link #POSTGRESQL_SCHEMA} is done. */
    String ACCOUNT_ADMIN = "account-admin";

    /** Short name shown in the readiness report, e.g. "elasticsearch-index". */
    String name();

    void run() throws Exception;
}
