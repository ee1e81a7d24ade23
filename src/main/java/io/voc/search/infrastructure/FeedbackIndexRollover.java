package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.RolloverResponse;
import io.quarkus.scheduler.Scheduled;
import io.voc.platform.VocConfig;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.jboss.logging.Logger;

/**
 * Rolls the write alias over to a fresh index when the current one is old or big enough, so that
 * indices stay small enough to move, snapshot and delete by age. Runs on every instance; Elasticsearch
 * makes a rollover whose conditions no longer hold a no-op, so concurrent checks are harmless. (The
 * Elasticsearch distribution used locally has no ILM, and doing it here works the same everywhere.)
 */
@ApplicationScoped
public class FeedbackIndexRollover {
    private static final Logger LOG = Logger.getLogger(FeedbackIndexRollover.class);

    private final ElasticsearchClient client;
    private final FeedbackIndexNames names;
    private final VocConfig.Rollover conditions;
    private final PlatformSetup setup;

    FeedbackIndexRollover(ElasticsearchClient client, FeedbackIndexNames names, VocConfig config,
            PlatformSetup setup) {
        this.client = client;
        this.names = names;
        this.conditions = config.index().rollover();
        this.setup = setup;
    }

    @Scheduled(every = "${voc.index.rollover.check-every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (!setup.isDone(SetupStep.ELASTICSEARCH_INDEX)) {
            return;
        }
        try {
            rollIfDue();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Index rollover check failed (will retry): %s", e.getMessage());
        }
    }

    /** @return the new write index, or null when no condition was met */
    public String rollIfDue() throws IOException {
        RolloverResponse response = client.indices().rollover(r -> r
                .alias(names.writeAlias())
                .conditions(c -> {
                    c.maxAge(t -> t.time(conditions.maxAge()));
                    c.maxPrimaryShardSize(conditions.maxPrimaryShardSize());
                    conditions.maxDocs().ifPresent(c::maxDocs);
                    return c;
                }));
        if (response.rolledOver()) {
            LOG.infof("Rolled %s over from %s to %s", names.writeAlias(), response.oldIndex(), response.newIndex());
            return response.newIndex();
        }
        return null;
    }
}
