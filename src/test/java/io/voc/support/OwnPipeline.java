package io.voc.support;

import java.util.HashMap;
import java.util.Map;

/**
 * Config for a test profile whose app must not share the pipeline with other tests: its own raw and
 * dead-letter topics, consumer group and indices, all named after {@code name}.
 */
public final class OwnPipeline {
    private OwnPipeline() {
    }

    public static Map<String, String> named(String name, Map<String, String> more) {
        Map<String, String> config = new HashMap<>(more);
        config.put("voc.topics.raw", name + ".raw");
        config.put("voc.topics.dead-letter", name + ".dlq");
        config.put("voc.indexer.group-id", name + "-indexer");
        config.put("voc.nlp.group-id", name + "-nlp");
        config.put("voc.index.prefix", name);
        return config;
    }
}
