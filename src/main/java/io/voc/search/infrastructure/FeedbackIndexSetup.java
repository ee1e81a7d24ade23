package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.voc.platform.VocConfig;
import io.voc.platform.setup.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;

/**
 * Installs the index template (so every feedback index has the same mapping) and, on a new
 * cluster, the first index with its read and write aliases.
 */
@ApplicationScoped
class FeedbackIndexSetup implements SetupStep {
    private static final String TEMPLATE = "/elasticsearch/feedback-index-template.json";

    private final ElasticsearchClient client;
    private final ObjectMapper json;
    private final FeedbackIndexNames names;
    private final VocConfig.Index settings;
    private final RollupIndex rollupIndex;

    FeedbackIndexSetup(ElasticsearchClient client, ObjectMapper json, FeedbackIndexNames names, VocConfig config,
            RollupIndex rollupIndex) {
        this.client = client;
        this.rollupIndex = rollupIndex;
        this.json = json;
        this.names = names;
        this.settings = config.index();
    }

    @Override
    public String name() {
        return ELASTICSEARCH_INDEX;
    }

    @Override
    public void run() throws Exception {
        rollupIndex.createOrUpdate();
        String template = templateJson();
        client.indices().putIndexTemplate(t -> t
                .withJson(new StringReader(template))
                .name(names.templateName())
                .indexPatterns(names.indexPattern())
                .priority(100L));
        if (client.indices().existsAlias(a -> a.name(names.writeAlias())).value()) {
            // indices made by an older release get the fields added since (adding fields is always allowed)
            String mappings = json.writeValueAsString(json.readTree(template).path("template").path("mappings"));
            client.indices().putMapping(m -> m.index(names.readAlias()).withJson(new StringReader(mappings)));
            return;
        }
        try {
            client.indices().create(c -> c
                    .index(names.firstIndex())
                    .aliases(names.writeAlias(), a -> a.isWriteIndex(true))
                    .aliases(names.readAlias(), a -> a));
        } catch (ElasticsearchException e) {
            // another instance created it first
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /** The mapping lives in a JSON file (readable, diffable); shards and replicas come from config. */
    private String templateJson() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(TEMPLATE)) {
            ObjectNode root = (ObjectNode) json.readTree(in);
            ObjectNode index = root.withObject("/template/settings/index");
            index.put("number_of_shards", settings.shards());
            index.put("number_of_replicas", settings.replicas());
            // every index the write alias rolls over to joins the read alias by itself
            root.withObject("/template/aliases").putObject(names.readAlias());
            return json.writeValueAsString(root);
        }
    }
}
