package io.voc.platform.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.platform.Failures;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

/** UP while the Elasticsearch cluster answers and is not red (a red cluster loses writes). */
@Readiness
@ApplicationScoped
class ElasticsearchReadiness implements HealthCheck {
    private final RestClient client;
    private final ObjectMapper json;

    ElasticsearchReadiness(RestClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            Request request = new Request("GET", "/_cluster/health");
            request.addParameter("timeout", "3s");
            Response response = client.performRequest(request);
            JsonNode health;
            try (InputStream body = response.getEntity().getContent()) {
                health = json.readTree(body);
            }
            String status = health.path("status").asText();
            return HealthCheckResponse.named("elasticsearch")
                    .status(!"red".equals(status))
                    .withData("cluster", health.path("cluster_name").asText())
                    .withData("status", status)
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named("elasticsearch").down().withData("error", Failures.describe(e)).build();
        }
    }
}
