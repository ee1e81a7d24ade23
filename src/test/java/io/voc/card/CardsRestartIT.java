package io.voc.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.card.infrastructure.SealedColumns;
import io.voc.support.ChatReceiver;
import io.voc.support.ChatReceiver.Provider;
import io.voc.support.ChatReceiver.Received;
import io.voc.support.PackagedApp;
import io.voc.support.SchemaDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Issue 7's restart proof: the packaged app is stopped (SIGTERM, as a deploy does) while it works through
 * 1,000 queued cards and started again: every card arrives, none twice. The outbox is written straight into
 * PostgreSQL - ten webhook channels with 100 cards each, the state raising alerts leaves behind - in a schema
 * of the test's own, so the app's dispatcher sees nothing else. The receiver answers each card after 20 ms,
 * so the stop finds posts under way and claims not yet started.
 */
// everything it touches is its own (schema, index, ports): it runs beside the crash ITs (pom.xml, failsafe)
@Execution(ExecutionMode.CONCURRENT)
class CardsRestartIT {
    private static final int CHANNELS = 10;
    private static final int CARDS_PER_CHANNEL = 100;
    private static final int CARDS = CHANNELS * CARDS_PER_CHANNEL;
    private static final String SECRET = "restart-hook-secret";
    private static final String KEY = PackagedApp.env("VOC_CARDS_SECRET_KEY",
            "ZGV2LWFuZC10ZXN0LW9ubHktY2FyZHMta2V5LTMyYis=");

    private final String name = "cards-restart-" + UUID.randomUUID().toString().substring(0, 8);
    private final String schema = name.replace('-', '_');
    private final SchemaDatabase database = new SchemaDatabase(schema);

    @Test
    void aStoppedAppSendsEveryQueuedCardOnceAfterItsRestart() throws Exception {
        try (ChatReceiver receiver = ChatReceiver.start().webhookSecret(SECRET)
                .answerAfter(Duration.ofMillis(20))) {
            Process first = startApp(1);
            Set<UUID> queued;
            int beforeStop;
            try {
                awaitSchema(first);
                queued = queueCards(receiver.url(Provider.WEBHOOK));
                receiver.awaitRequests(300, Duration.ofMinutes(2));
                first.destroy(); // SIGTERM: the app shuts down gracefully
                assertTrue(first.waitFor(60, TimeUnit.SECONDS), "the app stops within a minute");
                beforeStop = receiver.requests().size();
            } finally {
                first.destroyForcibly();
            }
            assertTrue(beforeStop < CARDS, "the stop must come mid-way (" + beforeStop + " cards had arrived)");
            assertEquals(0, database.count("select count(*) from card_delivery where leased_by is not null"),
                    "every claim was saved or given back: none waits for its lease to run out");
            assertEquals(beforeStop, database.count("select count(*) from card_delivery where status = 'DELIVERED'"),
                    "every card that arrived is saved as delivered");
            assertTrue(log(1).contains("claimed cards given back unsent"), "the stopping app says what it gave back");

            Process second = startApp(2);
            try {
                awaitDelivered(second, Duration.ofMinutes(3));
                Thread.sleep(2_000); // a card sent twice would have arrived by now
            } finally {
                second.destroy();
                second.waitFor(60, TimeUnit.SECONDS);
                second.destroyForcibly();
            }

            List<Received> got = receiver.requests();
            assertTrue(got.size() > beforeStop, "the restarted app sent the rest");
            Map<String, Long> perDelivery = got.stream()
                    .collect(Collectors.groupingBy(r -> r.header("X-VOC-Delivery"), Collectors.counting()));
            Map<String, Long> twice = perDelivery.entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertEquals(Map.of(), twice, "no card twice");
            assertEquals(queued.stream().map(UUID::toString).collect(Collectors.toSet()), perDelivery.keySet(),
                    "every card arrived");
            assertEquals(CARDS, got.size());
            assertTrue(got.stream().allMatch(r -> r.answeredStatus() == 200 && r.signatureVerified()),
                    "every card signed and accepted");
            assertEquals(CARDS, database.count("select count(*) from card_delivery where status = 'DELIVERED' and attempts = 1"));
        } finally {
            database.drop();
        }
    }

    private Process startApp(int run) throws Exception {
        return PackagedApp.start(name, logPath(run), PackagedApp.freePort(), "512m",
                "-Dquarkus.flyway.schemas=" + schema,
                "-Dquarkus.flyway.default-schema=" + schema,
                // every statement, native ones included, goes to the test's schema
                "-Dquarkus.datasource.reactive.additional-properties.search_path=" + schema,
                "-Dvoc.admin.password=restart-admin-password-2026",
                "-Dvoc.cards.allowed-hosts=127.0.0.1",
                "-Dvoc.nlp.enabled=false",
                "-Dvoc.indexer.enabled=false",
                // its own schema runs no daily warehouse export nor profile refresh: the Hive database is shared
                "-Dvoc.warehouse.export.daily=false",
                "-Dvoc.warehouse.profiles.scheduled=false");
    }

    /** Waits until the app has migrated its schema (Flyway, in the background at start). */
    private void awaitSchema(Process app) throws Exception {
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(2).toMillis();
        while (database.count("select count(*) from information_schema.tables where table_schema = '" + schema
                + "' and table_name = 'card_delivery'") == 0) {
            assertTrue(app.isAlive(), "the app exited; see " + logPath(1));
            assertTrue(System.currentTimeMillis() < deadline, "no schema within 2 minutes; see " + logPath(1));
            Thread.sleep(250);
        }
    }

    private void awaitDelivered(Process app, Duration within) throws Exception {
        long deadline = System.currentTimeMillis() + within.toMillis();
        long delivered;
        while ((delivered = database.count("select count(*) from card_delivery where status = 'DELIVERED'")) < CARDS) {
            assertTrue(app.isAlive(), "the app exited; see " + logPath(2));
            assertTrue(System.currentTimeMillis() < deadline, delivered + " of " + CARDS + " delivered after " + within);
            Thread.sleep(250);
        }
    }

    /** Ten webhook channels, 100 alerts, and a card of every alert due to every channel: 1,000 deliveries. */
    private Set<UUID> queueCards(String url) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        Set<UUID> deliveries = new HashSet<>();
        try (Connection db = database.connect()) {
            db.setAutoCommit(false);
            List<UUID> channels = new ArrayList<>();
            try (PreparedStatement insert = db.prepareStatement("insert into card_channel (id, name, kind, url_sealed, "
                    + "url_shown, signing_sealed, owner, all_products, created_at) "
                    + "values (?, ?, 'WEBHOOK', ?, ?, ?, 'admin', true, ?)")) {
                for (int c = 0; c < CHANNELS; c++) {
                    UUID id = UUID.randomUUID();
                    channels.add(id);
                    insert.setObject(1, id);
                    insert.setString(2, "restart hook " + c);
                    insert.setString(3, SealedColumns.seal(KEY, id, "url", url));
                    insert.setString(4, "http://127.0.0.1/…");
                    insert.setString(5, SealedColumns.seal(KEY, id, "signing", SECRET));
                    insert.setTimestamp(6, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            List<UUID> alerts = new ArrayList<>();
            try (PreparedStatement insert = db.prepareStatement("insert into card_alert (id, product, event, title, "
                    + "detail, link, raised_at, status, updated_at) values (?, ?, 'ALERT_FIRED', ?, ?, ?, ?, 'OPEN', ?)")) {
                for (int a = 0; a < CARDS_PER_CHANNEL; a++) {
                    UUID id = UUID.randomUUID();
                    alerts.add(id);
                    insert.setObject(1, id);
                    insert.setString(2, name);
                    insert.setString(3, "Alert " + a);
                    insert.setString(4, "Negative feedback rose");
                    insert.setString(5, "/overview?product=" + name);
                    insert.setTimestamp(6, now);
                    insert.setTimestamp(7, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = db.prepareStatement("insert into card_delivery (id, channel_id, alert_id, "
                    + "event, status, attempts, next_attempt_at, created_at) values (?, ?, ?, 'ALERT_FIRED', 'PENDING', 0, "
                    + "?, ?)")) {
                for (UUID alert : alerts) {
                    for (UUID channel : channels) {
                        UUID id = UUID.randomUUID();
                        deliveries.add(id);
                        insert.setObject(1, id);
                        insert.setObject(2, channel);
                        insert.setObject(3, alert);
                        insert.setTimestamp(4, now);
                        insert.setTimestamp(5, now);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
        }
        return deliveries;
    }





    private Path logPath(int run) {
        return Path.of("target/" + getClass().getSimpleName() + "-app-" + run + ".log");
    }

    private String log(int run) throws Exception {
        return Files.readString(logPath(run));
    }
}
