package io.voc.platform.health;

import io.smallrye.health.api.Wellness;
import io.voc.platform.Failures;
import io.voc.warehouse.infrastructure.HiveWarehouse;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * UP while the warehouse answers (its databases are listed: no job runs for that). A wellness check, not a
 * readiness one: dashboards, search and ingestion work without the warehouse, so its absence must not take
 * an instance out of its load balancer. UP with {@code configured: false} when there is none.
 */
@Wellness
@ApplicationScoped
class WarehouseWellness implements HealthCheck {
    private final HiveWarehouse warehouse;

    WarehouseWellness(HiveWarehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("warehouse");
        if (!warehouse.configured()) {
            return response.up().withData("configured", false).build();
        }
        response.withData("url", warehouse.url().orElseThrow());
        try (Connection connection = warehouse.connect();
                Statement statement = connection.createStatement();
                ResultSet databases = statement.executeQuery("SHOW DATABASES")) {
            int count = 0;
            while (databases.next()) {
                count++;
            }
            return response.up().withData("databases", count).build();
        } catch (Exception e) {
            return response.down().withData("error", Failures.describe(e)).build();
        }
    }
}
