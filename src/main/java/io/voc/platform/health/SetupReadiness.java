package io.voc.platform.health;

import io.voc.platform.setup.PlatformSetup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** DOWN until the schema, the index and the topics are in place, naming what is still missing and why. */
@Readiness
@ApplicationScoped
class SetupReadiness implements HealthCheck {
    private final PlatformSetup setup;

    SetupReadiness(PlatformSetup setup) {
        this.setup = setup;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, String> pending = setup.pending();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("setup").status(pending.isEmpty());
        pending.forEach(response::withData);
        return response.build();
    }
}
