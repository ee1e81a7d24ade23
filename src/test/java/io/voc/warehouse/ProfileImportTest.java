package io.voc.warehouse;

import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.voc.ingest.application.LoadDemoFeedback;
import io.voc.ingest.demo.DemoProfiles;
import io.voc.support.OwnWarehouse;
import io.voc.support.TestStack;
import io.voc.warehouse.infrastructure.HiveWarehouse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * User profiles come from a table analysts fill in the test stack's real HiveServer2: valid rows are stored and
 * can be looked up, broken rows are counted with their reason, a user gone from the table is gone from VOC at the
 * next refresh, and an empty table (a broken load upstream) is refused without losing the profiles stored.
 */
@QuarkusTest
@TestProfile(OwnWarehouse.Profile.class)
@QuarkusTestResource(TestStack.class)
class ProfileImportTest {
    static final String DATABASE = OwnWarehouse.DATABASE;

    @Inject
    HiveWarehouse warehouse;

    private final String u = "p" + UUID.randomUUID().toString().substring(0, 6) + "-";

    @AfterEach
    void dropProfileTable() throws Exception {
        hive("DROP TABLE IF EXISTS " + DATABASE + ".user_profile");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        OwnWarehouse.dropDatabase();
    }

    @Test
    void profilesAreImportedBrokenRowsExplainedAndUsersGoneFromTheTableRemoved() throws Exception {
        hive("CREATE DATABASE IF NOT EXISTS " + DATABASE); // the export tests of this app share it
        hive("CREATE TABLE " + DATABASE + ".user_profile (user_id STRING, country STRING, age_band STRING,"
                + " device_tier STRING, tenure_days INT, membership STRING, activity_level STRING) STORED AS ORC");
        hive("INSERT INTO " + DATABASE + ".user_profile VALUES"
                + " ('" + u + "1', 'DE', '25-34', 'high', 900, 'premium', 'high'),"
                + " ('" + u + "2', 'US', '18-24', 'low', 12, 'free', 'low'),"
                + " ('" + u + "3', ' FR ', NULL, NULL, NULL, NULL, NULL),"
                + " (NULL, 'US', '18-24', 'low', 12, 'free', 'low'),"
                + " ('" + u + "4', '" + "X".repeat(70) + "', '18-24', 'low', 12, 'free', 'low'),"
                + " ('" + u + "5', 'US', '18-24', 'low', -3, 'free', 'low')");

        JsonPath first = importAndWait("DONE");
        assertEquals(6, first.getLong("read"));
        assertEquals(3, first.getLong("imported"));
        assertEquals(3, first.getLong("rejected"));
        asAdminJson(first).body("rejections.reason", hasItems("user_id is missing",
                "country is longer than 64 characters", "tenure_days must lie between 0 and 36500 (got -3)"));

        asAdmin().get("/api/v1/admin/warehouse/profiles/" + u + "1").then().statusCode(200)
                .body("country", equalTo("DE")).body("ageBand", equalTo("25-34")).body("tenureDays", equalTo(900))
                .body("membership", equalTo("premium")).body("activityLevel", equalTo("high"));
        asAdmin().get("/api/v1/admin/warehouse/profiles/" + u + "3").then().statusCode(200)
                .body("country", equalTo("FR")).body("membership", equalTo(null));
        asAdmin().get("/api/v1/admin/warehouse/profiles/" + u + "5").then().statusCode(404);

        // the analysts' next load: user 1 upgraded, user 2 deleted their account
        hive("INSERT OVERWRITE TABLE " + DATABASE + ".user_profile VALUES"
                + " ('" + u + "1', 'DE', '25-34', 'high', 901, 'family', 'high'),"
                + " ('" + u + "3', 'FR', NULL, NULL, NULL, NULL, NULL)");
        JsonPath second = importAndWait("DONE");
        assertEquals(2, second.getLong("imported"));
        asAdmin().get("/api/v1/admin/warehouse/profiles/" + u + "1").then().statusCode(200)
                .body("membership", equalTo("family"));
        asAdmin().get("/api/v1/admin/warehouse/profiles/" + u + "2").then().statusCode(404);

        // a broken load upstream empties the table: VOC keeps what it has and says why
        hive("TRUNCATE TABLE " + DATABASE + ".user_profile");
        JsonPath refused = importAndWait("FAILED");
        assertEquals(0, refused.getLong("read"));
        asAdminJson(refused).body("error", startsWith("the warehouse's profile table " + DATABASE + " has no rows"));
        asAdmin().get("/api/v1/admin/warehouse/profiles/" + u + "1").then().statusCode(200);
    }

    @Test
    void theDemoFillsTheWarehousesProfileTableAndImportsIt() {
        int users = DemoProfiles.generate(LoadDemoFeedback.standardSpec()).size();
        String id = asAdmin().post("/api/v1/admin/demo-profiles").then().statusCode(200)
                .body("database", equalTo(DATABASE)).body("profiles", equalTo(users))
                .extract().path("importRequested.id");
        Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() -> "DONE".equals(
                asAdmin().get("/api/v1/admin/warehouse/profiles/imports?limit=100").then().statusCode(200)
                        .extract().path("find { it.id == '" + id + "' }.status")));
        asAdmin().get("/api/v1/admin/warehouse/profiles/imports?limit=100").then()
                .body("find { it.id == '" + id + "' }.imported", equalTo(users))
                .body("find { it.id == '" + id + "' }.rejected", equalTo(0));
    }

    /** Requests an import and waits until an instance has run it; its report. */
    private static JsonPath importAndWait(String expectedStatus) {
        String id = asAdmin().post("/api/v1/admin/warehouse/profiles/imports").then().statusCode(202)
                .body("status", equalTo("QUEUED")).body("trigger", equalTo("requested")).extract().path("id");
        Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() -> {
            List<String> finished = asAdmin().get("/api/v1/admin/warehouse/profiles/imports?limit=100").then()
                    .statusCode(200).extract().path("findAll { it.id == '" + id + "' && (it.status == 'DONE' || it.status == 'FAILED') }.id");
            return finished.contains(id);
        });
        JsonPath report = asAdmin().get("/api/v1/admin/warehouse/profiles/imports?limit=100").jsonPath();
        Map<String, Object> run = report.getMap("find { it.id == '" + id + "' }");
        assertEquals(expectedStatus, run.get("status"), run.toString());
        return new JsonPath(asAdmin().get("/api/v1/admin/warehouse/profiles/imports?limit=100").asString())
                .setRootPath("find { it.id == '" + id + "' }");
    }

    private static io.restassured.response.ValidatableResponse asAdminJson(JsonPath report) {
        String id = report.getString("id");
        return asAdmin().get("/api/v1/admin/warehouse/profiles/imports?limit=100").then().rootPath("find { it.id == '" + id + "' }");
    }

    private void hive(String sql) throws Exception {
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
