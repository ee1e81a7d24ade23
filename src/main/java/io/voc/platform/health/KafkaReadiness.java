package io.voc.platform.health;

import io.voc.platform.kafka.KafkaClients;
import io.voc.platform.Failures;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** UP while the Kafka cluster answers with at least one broker. */
@Readiness
@ApplicationScoped
class KafkaReadiness implements HealthCheck {
    private final KafkaClients kafka;

    KafkaReadiness(KafkaClients kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int brokers = kafka.admin().describeCluster(new DescribeClusterOptions().timeoutMs(3_000))
                    .nodes().get(4, TimeUnit.SECONDS).size();
            return HealthCheckResponse.named("kafka").status(brokers > 0).withData("brokers", brokers).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("kafka").down().withData("error", Failures.describe(e)).build();
        }
    }
}
