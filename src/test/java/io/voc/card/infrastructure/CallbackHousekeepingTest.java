package io.voc.card.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Callback ids older than a few days are forgotten; recent ones stay, so a repeat is still recognised. */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class CallbackHousekeepingTest {
    @Inject
    CallbackHousekeeping housekeeping;
    @Inject
    PlatformSetup setup;

    @Test
    void oldCallbacksAreForgottenRecentOnesKept() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> setup.isDone(SetupStep.POSTGRESQL_SCHEMA));
        String old = "old-" + UUID.randomUUID();
        String recent = "recent-" + UUID.randomUUID();
        try (Connection db = database()) {
            insert(db, old, Instant.now().minus(CallbackHousekeeping.KEEP).minusSeconds(60));
            insert(db, recent, Instant.now().minusSeconds(60));

            housekeeping.forgetOldCallbacks();

            assertEquals(0, count(db, old));
            assertEquals(1, count(db, recent));
        }
    }

    private static void insert(Connection db, String eventId, Instant at) throws Exception {
        try (PreparedStatement insert = db.prepareStatement(
                "insert into card_callback (provider, event_id, received_at) values ('test', ?, ?)")) {
            insert.setString(1, eventId);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    private static int count(Connection db, String eventId) throws Exception {
        try (PreparedStatement query = db.prepareStatement(
                "select count(*) from card_callback where provider = 'test' and event_id = ?")) {
            query.setString(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Connection database() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
