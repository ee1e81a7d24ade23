package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.voc.feedback.application.FeedbackJson;
import io.voc.feedback.model.Feedback;
import io.voc.feedback.model.FeedbackId;
import io.voc.search.application.FeedbackStore;
import io.voc.search.application.StoreOutcome;
import io.voc.search.application.StoreUnavailableException;
import io.voc.feedback.model.ProductScope;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.FeedbackPage;
import io.voc.search.model.FeedbackQuery;
import io.voc.search.model.FoundFeedback;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Feedback in Elasticsearch: create-only bulk writes by deterministic id, paged search, lookup by id. */
@ApplicationScoped
class ElasticsearchFeedbackStore implements FeedbackStore {
    /** "Already there" is what a replay of a stored feedback gets: it counts as success. */
    private static final int CONFLICT = 409;

    private final ElasticsearchClient client;
    private final FeedbackIndexNames names;

    ElasticsearchFeedbackStore(ElasticsearchClient client, FeedbackIndexNames names) {
        this.client = client;
        this.names = names;
    }

    /**
     * Create-only by id makes a replay a no-op within the write index. After a rollover, feedback already
     * stored in an older index is looked up there first and skipped. The aliases are read from the
     * cluster state for every batch (cheap), so a rollover by another instance counts at once.
     */
    @Override
    public StoreOutcome storeAll(List<Feedback> batch) {
        List<String> older = olderIndices();
        Set<String> stored = older.isEmpty() ? Set.of()
                : existingIn(String.join(",", older), batch.stream().map(Feedback::id).toList());
        List<Feedback> fresh = batch.stream().filter(f -> !stored.contains(f.id().value())).toList();
        int alreadyStored = batch.size() - fresh.size();
        if (fresh.isEmpty()) {
            return new StoreOutcome(0, alreadyStored, Map.of());
        }
        // require_alias: if the write alias is missing, fail instead of auto-creating an unmapped index
        BulkRequest.Builder bulk = new BulkRequest.Builder().requireAlias(true);
        for (Feedback feedback : fresh) {
            bulk.operations(op -> op.create(c -> c
                    .index(names.writeAlias())
                    .id(feedback.id().value())
                    .document(FeedbackJson.of(feedback))));
        }
        BulkResponse response;
        try {
            response = client.bulk(bulk.build());
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch bulk request failed: " + e.getMessage(), e);
        }
        int created = 0;
        int conflicts = 0;
        Map<String, String> refused = new HashMap<>();
        List<String> transientFailures = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                created++;
            } else if (item.status() == CONFLICT) {
                conflicts++;
            } else if (BulkItemStatus.isPermanent(item.status())) {
                refused.put(item.id(), item.error().type() + ": " + item.error().reason());
            } else {
                transientFailures.add(item.id() + ": " + item.status() + " " + item.error().type());
            }
        }
        if (!transientFailures.isEmpty()) {
            throw new StoreUnavailableException(transientFailures.size() + " of " + batch.size()
                    + " feedback were not stored yet, first: " + transientFailures.get(0), null);
        }
        return new StoreOutcome(created, alreadyStored + conflicts, refused);
    }

    /** The indices behind the read alias that the write alias no longer writes to. */
    private List<String> olderIndices() {
        try {
            return client.indices().getAlias(a -> a.name(names.readAlias(), names.writeAlias())).result()
                    .entrySet().stream()
                    .filter(index -> {
                        var write = index.getValue().aliases().get(names.writeAlias());
                        return write == null || !Boolean.TRUE.equals(write.isWriteIndex());
                    })
                    .map(Map.Entry::getKey)
                    .toList();
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch alias lookup failed: " + e.getMessage(), e);
        }
    }

    @Override
    public FeedbackPage search(FeedbackQuery query) {
        try {
            SearchResponse<FeedbackJson> response = client.search(s -> FeedbackHitsRequest.page(
                    s.index(names.readAlias()).query(FeedbackQueries.toElasticsearch(query.filter())), query),
                    FeedbackJson.class);
            List<FoundFeedback> items = FeedbackHits.found(response);
            long total = response.hits().total() == null ? items.size() : response.hits().total().value();
            return new FeedbackPage(total, query.page(), query.size(), items);
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch search failed: " + e.getMessage(), e);
        }
    }

    /** By id over every index of the read alias, within the asker's products (outside them: not found). */
    @Override
    public Optional<FoundFeedback> find(FeedbackId id, ProductScope scope) {
        Query inScope = FeedbackQueries.toElasticsearch(new FeedbackFilter(null, null, null, null, scope));
        try {
            SearchResponse<FeedbackJson> response = client.search(s -> s
                    .index(names.readAlias())
                    .query(q -> q.bool(b -> b.filter(f -> f.ids(i -> i.values(id.value()))).filter(inScope)))
                    .size(1), FeedbackJson.class);
            return FeedbackHits.found(response).stream().findFirst();
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch lookup failed: " + e.getMessage(), e);
        }
    }

    /**
     * An ids query over the read alias: unlike mget it spans every rolled-over index. It sees what was
     * refreshed (1 s); within one index, create-only writes catch the rest.
     */
    @Override
    public Set<String> existing(List<FeedbackId> ids) {
        return existingIn(names.readAlias(), ids);
    }

    private Set<String> existingIn(String indices, List<FeedbackId> ids) {
        List<String> values = ids.stream().map(FeedbackId::value).distinct().toList();
        try {
            SearchResponse<Void> response = client.search(s -> s
                    .index(indices)
                    .query(q -> q.ids(i -> i.values(values)))
                    .size(values.size())
                    .source(src -> src.fetch(false))
                    .trackTotalHits(t -> t.enabled(false)), Void.class);
            Set<String> found = new HashSet<>();
            response.hits().hits().forEach(hit -> found.add(hit.id()));
            return found;
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch ids lookup failed: " + e.getMessage(), e);
        }
    }
}
