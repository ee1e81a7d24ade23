package io.voc.warehouse;

import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.voc.support.FeedbackDocuments;
import io.voc.support.OwnWarehouse;
import io.voc.support.TestStack;
import io.voc.warehouse.application.ExportReport;
import io.voc.warehouse.application.ExportRuns;
import io.voc.warehouse.application.ScheduleDailyExport;
import io.voc.warehouse.infrastructure.HiveWarehouse;
import io.voc.warehouse.model.DayRange;
import io.voc.warehouse.model.ExportRun;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Feedback exported into the test stack's real HiveServer2 as analysts will read it: one partition per day with
 * exactly that day's feedback, a day exported again replaced rather than doubled, texts that are hard to quote
 * (quotes, backslashes, {@code ${env:HOME}}, line breaks, emoji) unchanged, and a record of what each day holds.
 * The app ({@link OwnWarehouse}) has an index and a Hive database of its own; a load of 40 rows at most sends the
 * larger day through the load table (a day bigger than one statement), the smaller one in a single statement.
 */
@QuarkusTest
@TestProfile(OwnWarehouse.Profile.class)
@QuarkusTestResource(TestStack.class)
class WarehouseExportTest {
    static final String INDEX = OwnWarehouse.INDEX;
    static final String DATABASE = OwnWarehouse.DATABASE;
    private static final FeedbackDocuments DOCUMENTS = FeedbackDocuments.onTestStack();
    private static final LocalDate SMALL_DAY = LocalDate.of(2026, 10, 5);
    private static final LocalDate LARGE_DAY = SMALL_DAY.plusDays(1);
    private static final LocalDate DAY_AFTER = LARGE_DAY.plusDays(1);
    private static final String HARD_TEXT = "It's \"broken\" \\o/ ${env:HOME} $HOME -- ; \n second line\t tab 中文 😀";

    @Inject
    HiveWarehouse warehouse;
    @Inject
    ExportRuns runs;
    @Inject
    ScheduleDailyExport daily;

    @AfterAll
    static void dropDatabase() throws Exception {
        OwnWarehouse.dropDatabase();
    }

    @Test
    void daysAreExportedIntoTheirPartitionsAndADayExportedAgainIsReplacedNotDoubled() throws Exception {
        String product = "wh-" + UUID.randomUUID().toString().substring(0, 8);
        write(product, 0, 30, SMALL_DAY);
        write(product, 100, 95, LARGE_DAY);
        write(product, 300, 3, DAY_AFTER); // outside the range: stays out of the warehouse
        DOCUMENTS.writeAll(INDEX + "-write", 1, i -> DOCUMENTS.document(product, 999, HARD_TEXT)
                .put("createdAt", SMALL_DAY + "T23:59:59.999Z").put("receivedAt", SMALL_DAY + "T23:59:59.999Z"));

        JsonPath run = exportAndWait(SMALL_DAY, LARGE_DAY);
        assertEquals(2, run.getInt("daysDone"));
        assertEquals(31 + 95, run.getLong("rows"));
        assertEquals(Map.of(SMALL_DAY.toString(), 31L, LARGE_DAY.toString(), 95L), rowsPerDay(SMALL_DAY, DAY_AFTER));
        assertEquals(List.of(HARD_TEXT), strings("SELECT text FROM " + DATABASE + ".feedback WHERE id = '"
                + FeedbackDocuments.id(product, 999) + "'"));
        assertEquals(List.of(), strings("SHOW PARTITIONS " + DATABASE + ".feedback_load"), "loads are cleaned up");

        // five more feedback arrive late for the small day; it is exported again, alone
        write(product, 50, 5, SMALL_DAY);
        exportAndWait(SMALL_DAY, SMALL_DAY);
        assertEquals(Map.of(SMALL_DAY.toString(), 36L, LARGE_DAY.toString(), 95L), rowsPerDay(SMALL_DAY, DAY_AFTER));

        // the record of what the warehouse holds agrees
        asAdmin().queryParam("from", SMALL_DAY.toString()).queryParam("to", DAY_AFTER.toString())
                .get("/api/v1/admin/warehouse/days").then().statusCode(200)
                .body("days.size()", equalTo(2))
                .body("days[0].day", equalTo(SMALL_DAY.toString())).body("days[0].rows", equalTo(36))
                .body("days[1].day", equalTo(LARGE_DAY.toString())).body("days[1].rows", equalTo(95))
                .body("rows", equalTo(36 + 95));
    }

    @Test
    void aRunWhoseInstanceDiedIsResumedAfterItsLastDayByAnotherInstance() throws Exception {
        LocalDate first = LocalDate.of(2026, 9, 10);
        LocalDate second = first.plusDays(1);
        String product = "wh-" + UUID.randomUUID().toString().substring(0, 8);
        write(product, 0, 4, first);
        write(product, 10, 6, second);
        // an instance exported the first day (two feedback then) and died a minute ago
        Instant then = Instant.now().minusSeconds(60);
        ExportRun run = ExportRun.backfill(DATABASE, new DayRange(first, second), "ann", then);
        run.claim("dead-instance", then, Duration.ofSeconds(30));
        run.start(then);
        run.dayExported(first, 2, then);
        assertTrue(runs.add(run));

        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> runs.find(run.id()).orElseThrow().status() == ExportRun.Status.DONE);
        ExportRun done = runs.find(run.id()).orElseThrow();
        assertEquals(1, done.resumes());
        assertEquals(2 + 6, done.rows());
        // the day before the checkpoint was not done again: only the second day's partition was written here
        assertEquals(Map.of(second.toString(), 6L), rowsPerDay(first, second));
    }

    @Test
    void theDailyRunIsQueuedOnceADayWhateverTheNumberOfInstancesAsking() {
        Instant beforeTime = Instant.parse("2026-09-21T01:59:00Z"); // daily-at is 02:00 UTC
        assertEquals(Optional.empty(), daily.queueIfDue(beforeTime));

        Instant due = Instant.parse("2026-09-21T02:00:30Z");
        ExportReport queued = daily.queueIfDue(due).orElseThrow();
        assertEquals(LocalDate.of(2026, 9, 19), queued.from(), "two days back");
        assertEquals(LocalDate.of(2026, 9, 20), queued.to());
        assertEquals("scheduled", queued.trigger());
        // every other instance (and every later minute of the day) asks again: nothing more is queued
        assertEquals(Optional.empty(), daily.queueIfDue(due));
        assertEquals(Optional.empty(), daily.queueIfDue(due.plus(Duration.ofHours(20))));
        // its two (empty) days are of no further interest: a run left over would outlive this app's database
        asAdmin().post("/api/v1/admin/warehouse/exports/" + queued.id() + "/cancel").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(409)));
    }

    @Test
    void theAdminPageStartsBackfillsShowsTheirProgressAndExplainsBadDays() {
        // far back, so that no feedback of the other tests is there: the run exports two empty days
        asAdmin().contentType(ContentType.URLENC).formParam("from", "2003-01-01").formParam("to", "2003-01-02")
                .redirects().follow(false).post("/admin/warehouse/exports").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/admin/warehouse"));
        asAdmin().get("/admin/warehouse").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("backfill 2003-01-01 to 2003-01-02"))
                .body(org.hamcrest.Matchers.containsString("of 2 days"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script")));
        asAdmin().contentType(ContentType.URLENC).formParam("from", "2003-01-02").formParam("to", "2003-01-01")
                .post("/admin/warehouse/exports").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("must not be before from"));
        // the run is left to finish: a run still going when the database is dropped holds Hive's locks meanwhile
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> asAdmin()
                .get("/api/v1/admin/warehouse/exports").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.from == '2003-01-01' && it.database == '" + DATABASE + "' }.status", String.class),
                statuses -> !statuses.isEmpty() && statuses.stream().allMatch(status -> status.equals("DONE")));
    }

    @Test
    void aBackfillWithBadDaysIsRefusedNamingTheField() {
        backfill(Map.of("from", "2026-10-05", "to", "2026-10-01")).then().statusCode(400).body("error.field", equalTo("to"));
        backfill(Map.of("from", "5.10.2026", "to", "2026-10-06")).then().statusCode(400).body("error.field", equalTo("from"));
        backfill(Map.of("to", "2026-10-06")).then().statusCode(400).body("error.field", equalTo("from"));
        backfill(Map.of("from", "2024-01-01", "to", "2026-01-01")).then().statusCode(400).body("error.field", equalTo("to"));
        String tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        backfill(Map.of("from", "2026-10-01", "to", tomorrow)).then().statusCode(400).body("error.field", equalTo("to"));
        asAdmin().get("/api/v1/admin/warehouse/exports/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static void write(String product, int first, int count, LocalDate day) throws Exception {
        DOCUMENTS.writeAll(INDEX + "-write", count, i -> {
            int n = first + i;
            String at = day + String.format("T%02d:%02d:00Z", n % 24, n % 60);
            ObjectNode document = DOCUMENTS.document(product, n, FeedbackDocuments.TEXTS.get(n % 6) + " #" + n)
                    .put("createdAt", at).put("receivedAt", at).put("rating", 1 + n % 5).put("userId", "u" + n % 7);
            document.putObject("nlp").put("language", "en").put("nlpVersion", "test-1")
                    .put("enrichedAt", at).putObject("sentiment").put("label", "negative").put("score", -0.5);
            return document;
        });
    }

    private static io.restassured.response.Response backfill(Map<String, String> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/admin/warehouse/exports");
    }

    /** Queues a backfill and waits until a worker has done it. */
    private static JsonPath exportAndWait(LocalDate from, LocalDate to) {
        String id = backfill(Map.of("from", from.toString(), "to", to.toString())).then().statusCode(202)
                .body("status", equalTo("QUEUED")).extract().path("id");
        Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            String status = asAdmin().get("/api/v1/admin/warehouse/exports/" + id).then().statusCode(200)
                    .extract().path("status");
            assertTrue(!status.equals("FAILED") && !status.equals("CANCELLED"),
                    () -> asAdmin().get("/api/v1/admin/warehouse/exports/" + id).asString());
            return status.equals("DONE");
        });
        return asAdmin().get("/api/v1/admin/warehouse/exports/" + id).then().extract().jsonPath();
    }

    /** Rows per partition, each row counted once: distinct ids must equal rows. */
    private Map<String, Long> rowsPerDay(LocalDate from, LocalDate to) throws Exception {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT dt, count(*), count(DISTINCT id) FROM " + DATABASE
                        + ".feedback WHERE dt BETWEEN '" + from + "' AND '" + to + "' GROUP BY dt")) {
            while (result.next()) {
                assertEquals(result.getLong(2), result.getLong(3), "a feedback twice in " + result.getString(1));
                rows.put(result.getString(1), result.getLong(2));
            }
        }
        return rows;
    }

    private List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
