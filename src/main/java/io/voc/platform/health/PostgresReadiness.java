package io.voc.platform.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.voc.platform.Failures;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** UP while PostgreSQL answers a trivial query within the timeout. */
@Readiness
@ApplicationScoped
class PostgresReadiness implements AsyncHealthCheck {
    private final Pool pool;

    PostgresReadiness(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return pool.query("select 1").execute()
                .ifNoItem().after(Duration.ofSeconds(3)).fail()
                .map(rows -> HealthCheckResponse.up("postgresql"))
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named("postgresql").down()
                        .withData("error", Failures.describe(e)).build());
    }
}
