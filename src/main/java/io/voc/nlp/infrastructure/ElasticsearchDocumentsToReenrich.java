package io.voc.nlp.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.voc.nlp.application.DocumentsToReenrich;
import io.voc.nlp.application.StoredDocument;
import io.voc.search.application.StoreUnavailableException;
import io.voc.search.infrastructure.FeedbackIndexNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;

/**
 * Feedback documents for re-enrichment, read through a point in time over the read alias (so rolled-over
 * indices are included and documents written meanwhile do not shift the pages) with {@code search_after}
 * on the unique {@code id} keyword. Sorting by {@code id} rather than the PIT's {@code _shard_doc}
 * tiebreaker is what makes a checkpoint valid in a new point in time after a crash. This Elasticsearch
 * has no {@code _update_by_query}, hence reading and updating in pages.
 */
@ApplicationScoped
class ElasticsearchDocumentsToReenrich implements DocumentsToReenrich {
    /** Renewed with every page; only a worker that stalls for longer loses its view (and opens a new one). */
    private static final String KEEP_ALIVE = "5m";

    private final ElasticsearchClient client;
    private final FeedbackIndexNames names;

    ElasticsearchDocumentsToReenrich(ElasticsearchClient client, FeedbackIndexNames names) {
        this.client = client;
        this.names = names;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Source(String text, String product, Integer rating, String locale) {
    }

    @Override
    public String location() {
        return names.readAlias();
    }

    @Override
    public long count(Selection selection) {
        try {
            return client.count(c -> c.index(names.readAlias()).query(query(selection))).count();
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch count failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Scan open(Selection selection) {
        try {
            String pit = client.openPointInTime(o -> o.index(names.readAlias()).keepAlive(k -> k.time(KEEP_ALIVE))).id();
            return new PointInTimeScan(pit, query(selection));
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch point in time failed: " + e.getMessage(), e);
        }
    }

    private final class PointInTimeScan implements Scan {
        private final Query query;
        /** Elasticsearch may hand out a new id with any page; the newest one is the one to use and close. */
        private String pit;

        PointInTimeScan(String pit, Query query) {
            this.pit = pit;
            this.query = query;
        }

        @Override
        public List<StoredDocument> next(String afterId, int size) {
            SearchRequest.Builder request = new SearchRequest.Builder()
                    .pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE)))
                    .query(query)
                    .sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)))
                    .size(size)
                    .source(s -> s.filter(f -> f.includes("text", "product", "rating", "locale")))
                    .trackTotalHits(t -> t.enabled(false));
            if (afterId != null) {
                request.searchAfter(FieldValue.of(afterId));
            }
            try {
                SearchResponse<Source> response = client.search(request.build(), Source.class);
                if (response.pitId() != null) {
                    pit = response.pitId();
                }
                return response.hits().hits().stream().map(PointInTimeScan::toDocument).toList();
            } catch (IOException | RuntimeException e) {
                throw new StoreUnavailableException("Elasticsearch search_after page failed: " + e.getMessage(), e);
            }
        }

        private static StoredDocument toDocument(Hit<Source> hit) {
            Source s = hit.source();
            // the sort value is the id field itself: the position the next page (or a resume) starts after
            String id = hit.sort().get(0).stringValue();
            return new StoredDocument(hit.index(), id, s.text(), s.product(), s.rating(), s.locale());
        }

        @Override
        public void close() {
            try {
                client.closePointInTime(c -> c.id(pit));
            } catch (IOException | RuntimeException e) {
                throw new StoreUnavailableException("Elasticsearch close point in time failed: " + e.getMessage(), e);
            }
        }
    }

    /** No document is missing from "outdated": must_not also matches documents without any analysis. */
    private static Query query(Selection selection) {
        return Query.of(q -> q.bool(b -> {
            if (selection.product() != null) {
                b.filter(f -> f.term(t -> t.field("product").value(selection.product())));
            }
            if (selection.outdatedAgainst() != null) {
                b.mustNot(m -> m.term(t -> t.field("nlp.nlpVersion").value(selection.outdatedAgainst())));
            }
            return b;
        }));
    }
}
