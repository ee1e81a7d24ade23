package io.voc.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.support.ChatReceiver;
import io.voc.support.ChatReceiver.Provider;
import io.voc.support.ChatReceiver.Received;
import io.voc.support.FeedbackDocuments;
import io.voc.support.PackagedApp;
import io.voc.support.SchemaDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Issue 8's must-show: two packaged app instances run against the same database (and the same index), both
 * with schedules and the card dispatcher on, polling for due slots every 2 s. Through the API of the first, an
 * admin connects a webhook channel (a {@link ChatReceiver} on this machine) subscribed to fired alerts of one
 * product, saves a query naming that product and schedules it every minute with {@code count > 0}. Two slots
 * later: each slot was run by exactly one of the two instances - the other one tried it too and found it
 * claimed - one alert was raised for it, and exactly one signed card naming the saved query and the slot reached
 * the receiver.
 *
 * <p>Most of its two minutes go to waiting for the cron minutes, so it runs beside the other ITs (failsafe's
 * configuration in pom.xml): everything it touches is its own - schema, index, topics, ports, receiver - and its
 * instances leave the shared warehouse alone.
 */
@Execution(ExecutionMode.CONCURRENT)
class ScheduledAlertTwoInstancesIT {
    private static final String SECRET = "two-instances-hook-secret";
    private static final String ADMIN_PASSWORD = "two-instances-admin-2026";
    private static final int FEEDBACK = 3;
    private static final int SLOTS = 2;

    private final String name = "sched-two-" + UUID.randomUUID().toString().substring(0, 8);
    private final String schema = name.replace('-', '_');
    private final SchemaDatabase database = new SchemaDatabase(schema);
    private final String product = name;
    private final String queryName = "Feedback on " + name;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final FeedbackDocuments documents = FeedbackDocuments.onTestStack();

    @Test
    void aScheduledAlertFiresOncePerSlotAndItsCardArrivesOnceWithTwoInstances() throws Exception {
        // the database a deployment points its instances at: the schema is there, Flyway fills it
        database.update("create schema " + schema);
        Process[] apps = new Process[2];
        try (ChatReceiver receiver = ChatReceiver.start().webhookSecret(SECRET)) {
            int[] ports = {PackagedApp.freePort(), PackagedApp.freePort()};
            // started together, as a deployment of two replicas does: both migrate, bootstrap and set up at once
            for (int i = 0; i < 2; i++) {
                apps[i] = startApp(i + 1, ports[i]);
            }
            for (int i = 0; i < 2; i++) {
                awaitReady(i + 1, ports[i], apps[i]);
            }
            Instant written = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            documents.writeAll(name + "-write", FEEDBACK, i -> documents.document(product, i, "Login fails again " + i)
                    .put("createdAt", written.minus(Duration.ofHours(1)).toString())
                    .put("receivedAt", written.minus(Duration.ofMinutes(59)).toString()));

            // everything set up through the first instance's API, as an admin with a script would
            JsonNode channel = send(ports[0], "POST", "/api/v1/cards/channels", Map.of("name", "alerts of " + name,
                    "kind", "webhook", "url", receiver.url(Provider.WEBHOOK), "signingSecret", SECRET,
                    "products", List.of(product)), 201);
            send(ports[0], "POST", "/api/v1/cards/channels/" + channel.path("id").asText() + "/subscriptions",
                    Map.of("events", List.of("alert_fired"), "products", List.of(product)), 201);
            JsonNode query = send(ports[0], "POST", "/api/v1/queries", Map.of("name", queryName, "definition",
                    Map.of("filters", Map.of("product", product), "period", Map.of("last", "7d"))), 201);
            String queryId = query.path("id").asText();
            JsonNode schedule = send(ports[0], "POST", "/api/v1/queries/" + queryId + "/schedules", Map.of(
                    "schedule", Map.of("cron", "* * * * *"),
                    "condition", Map.of("metric", "count", "op", ">", "value", 0)), 201);
            UUID scheduleId = UUID.fromString(schedule.path("id").asText());
            // the second instance serves the same schedule: one database
            JsonNode seenBySecond = send(ports[1], "GET", "/api/v1/queries/" + queryId + "/schedules", null, 200);
            assertEquals(scheduleId.toString(), seenBySecond.path("items").path(0).path("id").asText());
            Instant firstSlot = Instant.parse(schedule.path("nextRun").asText());

            List<Run> runs = awaitRuns(scheduleId, receiver, apps, Duration.ofMinutes(3));
            Thread.sleep(3_000); // a second card of a slot, or a second run's card, would have arrived by now
            // the next slot is ~50 s away: what is looked at below is the first two slots
            List<Run> all = runs(scheduleId);
            List<Received> cards = receiver.requests();

            // each slot ran once, on one of the two instances, one minute apart, and fired
            List<Run> looked = all.subList(0, SLOTS);
            assertEquals(firstSlot, looked.get(0).slot(), "the first slot after the schedule was made: " + all);
            assertEquals(firstSlot.plus(Duration.ofMinutes(1)), looked.get(1).slot(), "the next minute: " + all);
            Map<Long, String> byPid = Map.of(apps[0].pid(), "instance 1", apps[1].pid(), "instance 2");
            for (Run run : looked) {
                assertEquals("FIRED", run.outcome(), "count 3 > 0 fires: " + run);
                assertEquals(Double.valueOf(FEEDBACK), run.current(), "the number the query gave: " + run);
                assertNotNull(run.alertId(), run.toString());
                assertTrue(byPid.containsKey(run.pid()), "claimed by one of the two instances: " + run);
            }
            // exactly one alert per slot: a slot run twice would have raised a second one
            assertEquals(SLOTS, database.count("select count(*) from card_alert where link = '/queries/" + queryId
                    + "' and raised_at < '" + looked.get(1).slot().plus(Duration.ofSeconds(50)) + "'"),
                    "one alert per slot in the database");
            assertEquals(SLOTS, database.count("select count(*) from card_delivery where alert_id in ('"
                    + looked.get(0).alertId() + "', '" + looked.get(1).alertId() + "')"), "one delivery per alert");

            // the other instance tried each slot too and found it claimed: both were polling, one won
            for (Run run : looked) {
                int loser = run.pid() == apps[0].pid() ? 2 : 1;
                int winner = 3 - loser;
                assertTrue(log(winner).contains("slot " + run.slot() + ": ran as " + run.claimedBy() + ", FIRED"),
                        "instance " + winner + " says it ran slot " + run.slot());
                // it polls every 2 s; on a loaded machine a round may come late
                awaitLog(loser, "slot " + run.slot() + ": claimed already", Duration.ofSeconds(20));
                assertTrue(!log(loser).contains("slot " + run.slot() + ": ran as"),
                        "instance " + loser + " did not run slot " + run.slot());
            }

            // started on a fresh schema, neither polled before its migration was done (no failed rounds)
            for (int i = 1; i <= 2; i++) {
                assertTrue(!log(i).contains("running the saved queries' schedules failed"),
                        "instance " + i + " had no failed round; see " + logPath(i));
            }

            // the receiver got exactly one card per slot: signed, accepted, naming the saved query and the slot
            Map<String, Long> perDelivery = cards.stream()
                    .collect(Collectors.groupingBy(r -> r.header("X-VOC-Delivery"), Collectors.counting()));
            assertTrue(perDelivery.values().stream().allMatch(n -> n == 1), "no card twice: " + perDelivery);
            for (Run run : looked) {
                List<JsonNode> ofSlot = cards.stream().map(Received::json)
                        .filter(card -> card.path("alert").path("id").asText().equals(run.alertId().toString()))
                        .toList();
                assertEquals(1, ofSlot.size(), "one card for slot " + run.slot() + " (" + byPid.get(run.pid())
                        + "): " + ofSlot);
                JsonNode card = ofSlot.get(0);
                assertEquals("alert_fired", card.path("event").asText());
                assertEquals(product, card.path("alert").path("product").asText());
                assertTrue(card.path("alert").path("title").asText().startsWith(queryName + ": "),
                        "the card names the saved query: " + card);
                assertTrue(card.path("alert").path("text").asText().contains("'" + queryName + "'")
                        && card.path("alert").path("text").asText().contains(run.slot().toString()),
                        "the card says which query met its condition in which slot: " + card);
                assertTrue(card.path("alert").path("url").asText().endsWith("/queries/" + queryId), card.toString());
                assertTrue(card.path("facts").toString().contains("\"value\":\"" + FEEDBACK + "\""),
                        "the card shows the count: " + card);
            }
            List<Received> ofLooked = cards.stream().filter(r -> looked.stream()
                    .anyMatch(run -> r.json().path("alert").path("id").asText().equals(run.alertId().toString())))
                    .toList();
            assertTrue(ofLooked.stream().allMatch(r -> r.provider() == Provider.WEBHOOK && r.signatureVerified()
                    && r.answeredStatus() == 200), "signed and accepted: " + ofLooked);
            System.out.printf("slot %s ran on %s, slot %s on %s%n", looked.get(0).slot(),
                    byPid.get(looked.get(0).pid()), looked.get(1).slot(), byPid.get(looked.get(1).pid()));
        } finally {
            for (Process app : apps) {
                if (app != null) {
                    app.destroy(); // SIGTERM first: a graceful stop, as a deploy does
                }
            }
            for (Process app : apps) {
                if (app != null && !app.waitFor(60, TimeUnit.SECONDS)) {
                    app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
            cleanUp();
        }
    }

    /** A finished run of a slot, as query_schedule_run keeps it. */
    record Run(Instant slot, String claimedBy, String outcome, Double current, UUID alertId) {
        long pid() {
            int at = claimedBy.indexOf('@');
            return at < 0 ? -1 : Long.parseLong(claimedBy.substring(0, at));
        }
    }

    private Process startApp(int instance, int port) throws IOException {
        return PackagedApp.start(name, logPath(instance), port, "512m",
                // the C1 compiler only: about a third less CPU to start (12 s instead of 18 s each, measured),
                // taken from the IT running beside this one on two cores; these instances then mostly idle
                "-XX:TieredStopAtLevel=1",
                "-Dquarkus.flyway.schemas=" + schema,
                "-Dquarkus.flyway.default-schema=" + schema,
                // every statement, native ones included, goes to the test's schema
                "-Dquarkus.datasource.reactive.additional-properties.search_path=" + schema,
                "-Dvoc.admin.password=" + ADMIN_PASSWORD,
                "-Dvoc.cards.allowed-hosts=127.0.0.1",
                "-Dvoc.cards.dispatcher.enabled=true",
                "-Dvoc.schedules.enabled=true",
                "-Dvoc.schedules.poll-every=2s",
                // an instance that finds a slot claimed says so (DEBUG): the proof that both tried
                "-Dquarkus.log.category.\"io.voc.query.application.RunSchedules\".level=DEBUG",
                "-Dvoc.nlp.enabled=false",
                "-Dvoc.indexer.enabled=false",
                // on a fresh schema the daily export would be due at once: MapReduce jobs writing the shared Hive
                // database while another IT runs beside this one, for nothing this test looks at
                "-Dvoc.warehouse.export.daily=false",
                "-Dvoc.warehouse.profiles.scheduled=false");
    }

    private void awaitReady(int instance, int port, Process app) throws Exception {
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(2).toMillis();
        while (System.currentTimeMillis() < deadline) {
            assertTrue(app.isAlive(), "instance " + instance + " exited; see " + logPath(instance));
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("instance " + instance + " was not ready within 2 minutes; see " + logPath(instance));
    }

    /** Waits until {@value #SLOTS} slots have finished and as many cards have arrived. */
    private List<Run> awaitRuns(UUID scheduleId, ChatReceiver receiver, Process[] apps, Duration within)
            throws Exception {
        long deadline = System.currentTimeMillis() + within.toMillis();
        while (true) {
            List<Run> runs = runs(scheduleId);
            if (runs.size() >= SLOTS && runs.stream().limit(SLOTS).allMatch(r -> r.outcome() != null)
                    && receiver.requests().size() >= SLOTS) {
                return runs;
            }
            for (int i = 0; i < apps.length; i++) {
                assertTrue(apps[i].isAlive(), "instance " + (i + 1) + " exited; see " + logPath(i + 1));
            }
            assertTrue(System.currentTimeMillis() < deadline, "after " + within + ": runs " + runs + ", "
                    + receiver.requests().size() + " cards");
            Thread.sleep(500);
        }
    }

    private void awaitLog(int instance, String line, Duration within) throws Exception {
        long deadline = System.currentTimeMillis() + within.toMillis();
        while (!log(instance).contains(line)) {
            assertTrue(System.currentTimeMillis() < deadline, "instance " + instance + " did not log '" + line
                    + "' within " + within + "; see " + logPath(instance));
            Thread.sleep(250);
        }
    }

    private List<Run> runs(UUID scheduleId) throws SQLException {
        try (Connection db = database.connect(); PreparedStatement select = db.prepareStatement("select slot, claimed_by, "
                + "outcome, current_value, alert_id from query_schedule_run where schedule_id = ? order by slot")) {
            select.setObject(1, scheduleId);
            List<Run> runs = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    double current = rows.getDouble(4);
                    runs.add(new Run(rows.getTimestamp(1).toInstant(), rows.getString(2), rows.getString(3),
                            rows.wasNull() ? null : current, rows.getObject(5, UUID.class)));
                }
            }
            return runs;
        }
    }

    private JsonNode send(int port, String method, String path, Object body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        return json.readTree(response.body());
    }

    private void cleanUp() throws Exception {
        database.drop();
        // the indices behind the test's aliases (deleting by wildcard is refused by default)
        HttpResponse<String> indices = http.send(HttpRequest.newBuilder(URI.create(PackagedApp.ES + "/_cat/indices/"
                + name + "-*?h=index")).build(), HttpResponse.BodyHandlers.ofString());
        if (indices.statusCode() == 200) {
            for (String index : indices.body().split("\\s+")) {
                if (index.startsWith(name + "-")) {
                    http.send(HttpRequest.newBuilder(URI.create(PackagedApp.ES + "/" + index)).DELETE().build(),
                            HttpResponse.BodyHandlers.discarding());
                }
            }
        }
        Properties kafka = new Properties();
        kafka.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, PackagedApp.KAFKA);
        try (Admin admin = Admin.create(kafka)) {
            List<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(name + ".")).toList();
            admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
        }
    }




    private Path logPath(int instance) {
        return Path.of("target/" + getClass().getSimpleName() + "-app-" + instance + ".log");
    }

    private String log(int instance) throws IOException {
        return Files.readString(logPath(instance));
    }
}
