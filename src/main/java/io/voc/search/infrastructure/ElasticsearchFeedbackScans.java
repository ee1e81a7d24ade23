package io.voc.search.infrastructure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.voc.feedback.application.FeedbackJson;
import io.voc.search.application.FeedbackScans;
import io.voc.search.application.StoreUnavailableException;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.FoundFeedback;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Scans through a point in time over the read alias (rolled-over indices included; feedback indexed
 * meanwhile does not shift the pages) with {@code search_after}, newest first: {@code createdAt} descending,
 * then the point in time's {@code _shard_doc}, which is unique, so no feedback is skipped or repeated even
 * when thousands share one {@code createdAt}. The query is the search's ({@link FeedbackQueries}), or one
 * compiled elsewhere: a saved query's export scans with its own query (ratings included) the same way.
 */
@ApplicationScoped
public class ElasticsearchFeedbackScans implements FeedbackScans {
    private static final Logger LOG = Logger.getLogger(ElasticsearchFeedbackScans.class);
    /** Renewed with every page: a reader may take this long over one page before the view expires. */
    private static final String KEEP_ALIVE = "5m";

    private final ElasticsearchClient client;
    private final FeedbackIndexNames names;

    ElasticsearchFeedbackScans(ElasticsearchClient client, FeedbackIndexNames names) {
        this.client = client;
        this.names = names;
    }

    @Override
    public Scan open(FeedbackFilter filter, int pageSize) {
        return open(FeedbackQueries.toElasticsearch(filter), pageSize);
    }

    /** Like {@link #open(FeedbackFilter, int)}, for any query on the feedback index. */
    public Scan open(Query query, int pageSize) {
        String pit;
        try {
            pit = client.openPointInTime(o -> o.index(names.readAlias()).keepAlive(k -> k.time(KEEP_ALIVE))).id();
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Elasticsearch point in time failed: " + e.getMessage(), e);
        }
        PointInTimeScan scan = new PointInTimeScan(pit, query, pageSize);
        try {
            scan.readFirstPage();
            return scan;
        } catch (RuntimeException e) {
            scan.close();
            throw e;
        }
    }

    private final class PointInTimeScan implements Scan {
        private final Query query;
        private final int pageSize;
        /** Elasticsearch may hand out a new id with any page; the newest one is the one to use and close. */
        private String pit;
        private long total;
        private List<FoundFeedback> firstPage;
        private List<FieldValue> after;
        private boolean done;
        private boolean closed;

        PointInTimeScan(String pit, Query query, int pageSize) {
            this.pit = pit;
            this.query = query;
            this.pageSize = pageSize;
        }

        void readFirstPage() {
            firstPage = page(true);
        }

        @Override
        public long total() {
            return total;
        }

        @Override
        public List<FoundFeedback> nextPage() {
            if (firstPage != null) {
                List<FoundFeedback> page = firstPage;
                firstPage = null;
                return page;
            }
            return done ? List.of() : page(false);
        }

        private List<FoundFeedback> page(boolean first) {
            SearchRequest.Builder request = new SearchRequest.Builder()
                    .pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE)))
                    .query(query)
                    .sort(s -> s.field(f -> f.field("createdAt").order(SortOrder.Desc)))
                    .sort(s -> s.field(f -> f.field("_shard_doc").order(SortOrder.Asc)))
                    .size(pageSize)
                    .trackTotalHits(t -> t.enabled(first));
            if (after != null) {
                request.searchAfter(after);
            }
            try {
                SearchResponse<FeedbackJson> response = client.search(request.build(), FeedbackJson.class);
                if (response.pitId() != null) {
                    pit = response.pitId();
                }
                if (first) {
                    total = response.hits().total() == null ? 0 : response.hits().total().value();
                }
                var hits = response.hits().hits();
                done = hits.size() < pageSize; // a short page is the last one: no need to ask for an empty one
                if (!hits.isEmpty()) {
                    after = hits.get(hits.size() - 1).sort();
                }
                return FeedbackHits.found(response);
            } catch (IOException | RuntimeException e) {
                throw new StoreUnavailableException("Elasticsearch export page failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                client.closePointInTime(c -> c.id(pit));
            } catch (IOException | RuntimeException e) {
                LOG.warnf("could not close an export's point in time (it expires within %s): %s", KEEP_ALIVE,
                        e.getMessage());
            }
        }
    }
}
