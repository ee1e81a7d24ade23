package io.voc.nlp.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.voc.feedback.application.FeedbackJson;
import io.voc.nlp.application.DocumentAnalysis;
import io.voc.nlp.application.Enrichment;
import io.voc.nlp.application.EnrichmentStore;
import io.voc.search.application.StoreOutcome;
import io.voc.search.application.StoreUnavailableException;
import io.voc.search.infrastructure.BulkItemStatus;
import io.voc.search.infrastructure.FeedbackIndexNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyses into feedback documents with bulk partial updates. A document is updated in the index that
 * holds it (found by an ids query over the read alias, which spans rolled-over indices), so that a
 * rollover never makes a second copy. A feedback not found is upserted through the write alias, with the
 * whole feedback, so enrichment never waits for the indexer; the indexer's create-only write then finds
 * it there and counts a duplicate, and an upsert that meets the indexer's fresh document merges into it.
 */
@ApplicationScoped
class ElasticsearchEnrichmentStore implements EnrichmentStore {
    private static final int NOT_FOUND = 404;
    /** The pipeline and a re-enrichment job may update one document at once: the later one wins. */
    private static final int RETRY_ON_CONFLICT = 3;

    private final ElasticsearchClient client;
    private final FeedbackIndexNames names;
    private final ObjectMapper json;

    ElasticsearchEnrichmentStore(ElasticsearchClient client, FeedbackIndexNames names, ObjectMapper json) {
        this.client = client;
        this.names = names;
        this.json = json;
    }

    @Override
    public StoreOutcome enrich(List<Enrichment> batch) {
        if (batch.isEmpty()) {
            return StoreOutcome.NOTHING;
        }
        Map<String, String> indexById = locate(batch.stream().map(e -> e.feedback().id().value()).distinct().toList());
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Enrichment e : batch) {
            String id = e.feedback().id().value();
            ObjectNode partial = json.createObjectNode().set("nlp", json.valueToTree(e.nlp()));
            String index = indexById.get(id);
            if (index != null) {
                bulk.operations(op -> op.update(u -> u.index(index).id(id).retryOnConflict(RETRY_ON_CONFLICT)
                        .action(a -> a.doc(partial))));
            } else {
                ObjectNode whole = json.valueToTree(FeedbackJson.of(e.feedback()));
                whole.set("nlp", partial.get("nlp"));
                bulk.operations(op -> op.update(u -> u.index(names.writeAlias()).id(id).requireAlias(true)
                        .retryOnConflict(RETRY_ON_CONFLICT).action(a -> a.doc(partial).upsert(whole))));
            }
        }
        BulkResponse response = send(bulk);
        int created = 0;
        int updated = 0;
        Map<String, String> refused = new HashMap<>();
        List<String> transientFailures = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                if ("created".equals(item.result())) {
                    created++;
                } else {
                    updated++;
                }
            } else if (BulkItemStatus.isPermanent(item.status())) {
                refused.put(item.id(), item.error().type() + ": " + item.error().reason());
            } else {
                transientFailures.add(item.id() + ": " + item.status() + " " + item.error().type());
            }
        }
        failIfTransient(transientFailures, batch.size());
        return new StoreOutcome(created, updated, refused);
    }

    @Override
    public int update(List<DocumentAnalysis> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (DocumentAnalysis d : batch) {
            ObjectNode partial = json.createObjectNode().set("nlp", json.valueToTree(d.nlp()));
            bulk.operations(op -> op.update(u -> u.index(d.index()).id(d.id()).retryOnConflict(RETRY_ON_CONFLICT)
                    .action(a -> a.doc(partial))));
        }
        BulkResponse response = send(bulk);
        int updated = 0;
        List<String> transientFailures = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                updated++;
            } else if (item.status() != NOT_FOUND) { // deleted meanwhile: nothing to enrich
                transientFailures.add(item.id() + ": " + item.status() + " " + item.error().type() + " "
                        + item.error().reason());
            }
        }
        failIfTransient(transientFailures, batch.size());
        return updated;
    }

    /** Which index holds each of these documents (those found). */
    private Map<String, String> locate(List<String> ids) {
        try {
            SearchResponse<Void> response = client.search(s -> s
                    .index(names.readAlias())
                    .query(q -> q.ids(i -> i.values(ids)))
                    .size(ids.size())
                    .source(src -> src.fetch(false))
                    .trackTotalHits(t -> t.enabled(false)), Void.class);
            Map<String, String> indexById = new HashMap<>();
            response.hits().hits().forEach(hit -> indexById.put(hit.id(), hit.index()));
            return indexById;
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch ids lookup failed: " + e.getMessage(), e);
        }
    }

    private BulkResponse send(BulkRequest.Builder bulk) {
        try {
            return client.bulk(bulk.build());
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch bulk update failed: " + e.getMessage(), e);
        }
    }

    private static void failIfTransient(List<String> failures, int size) {
        if (!failures.isEmpty()) {
            throw new StoreUnavailableException(failures.size() + " of " + size
                    + " analyses were not stored yet, first: " + failures.get(0), null);
        }
    }
}
