package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.voc.platform.VocConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * The daily roll-ups' index (mapping in feedback-daily-index.json): created at start-up, and again by the
 * roll-up job if someone deleted it - a write to a missing index would create one with a guessed mapping.
 */
@ApplicationScoped
class RollupIndex {
    private static final String MAPPING = "/elasticsearch/feedback-daily-index.json";

    private final ElasticsearchClient client;
    private final ObjectMapper json;
    private final FeedbackIndexNames names;
    private final int replicas;

    RollupIndex(ElasticsearchClient client, ObjectMapper json, FeedbackIndexNames names, VocConfig config) {
        this.client = client;
        this.json = json;
        this.names = names;
        this.replicas = config.index().replicas();
    }

    /** Creates the index, or gives an existing one (of an older release) the fields added since. */
    void createOrUpdate() throws IOException {
        String index = definition();
        if (exists()) {
            String mappings = json.writeValueAsString(json.readTree(index).path("mappings"));
            client.indices().putMapping(m -> m.index(names.rollups()).withJson(new StringReader(mappings)));
            return;
        }
        create(index);
    }

    /** Creates the index if it is missing. */
    void ensureExists() throws IOException {
        if (!exists()) {
            create(definition());
        }
    }

    private boolean exists() throws IOException {
        return client.indices().exists(e -> e.index(names.rollups())).value();
    }

    private void create(String index) throws IOException {
        try {
            client.indices().create(c -> c.withJson(new StringReader(index)).index(names.rollups()));
        } catch (ElasticsearchException e) {
            // another instance created it first
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    private String definition() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(MAPPING)) {
            ObjectNode root = (ObjectNode) json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            root.withObject("/settings/index").put("number_of_replicas", replicas);
            return json.writeValueAsString(root);
        }
    }
}
