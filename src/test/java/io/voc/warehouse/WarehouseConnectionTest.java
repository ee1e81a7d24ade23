package io.voc.warehouse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.support.TestStack;
import io.voc.warehouse.infrastructure.HiveWarehouse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The app reaches the test stack's real HiveServer2 through Hive JDBC from inside Quarkus: its wellness check
 * reports the warehouse (and its outage, without taking the instance out of rotation), and a table written
 * through the app's connection reads back what was written, in a partition of its own (what the daily export
 * does). Each test works in a database of its own; one test stops and restarts the server.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class WarehouseConnectionTest {
    @Inject
    HiveWarehouse warehouse;

    @Test
    void theWellnessCheckReportsTheWarehouse() {
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'warehouse' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'warehouse' }.data.databases", greaterThan(0));
    }

    @Test
    void aWarehouseOutageShowsInWellnessButKeepsTheInstanceReady() {
        TestStack.stack("stop", "hive");
        try {
            given().get("/q/health/well").then().statusCode(503)
                    .body("checks.find { it.name == 'warehouse' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'warehouse' }.data.error", notNullValue());
            // dashboards, search and ingestion do not need the warehouse: the instance stays in rotation
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            TestStack.stack("start", "hive");
        }
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'warehouse' }.status", equalTo("UP"));
    }

    @Test
    void aPartitionWrittenThroughTheAppsConnectionReadsBack() throws Exception {
        String database = "voc_test_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            try {
                statement.execute("CREATE TABLE " + database + ".feedback (id STRING, rating INT)"
                        + " PARTITIONED BY (dt STRING) STORED AS ORC");
                statement.execute("INSERT INTO " + database + ".feedback PARTITION (dt='2026-11-25')"
                        + " VALUES ('a', 1), ('b', 5), ('c', 4)");
                List<String> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery("SELECT id, rating, dt FROM " + database
                        + ".feedback ORDER BY id")) {
                    while (result.next()) {
                        rows.add(result.getString(1) + "/" + result.getInt(2) + "/" + result.getString(3));
                    }
                }
                assertEquals(List.of("a/1/2026-11-25", "b/5/2026-11-25", "c/4/2026-11-25"), rows);
            } finally {
                statement.execute("DROP DATABASE " + database + " CASCADE");
            }
        }
    }
}
