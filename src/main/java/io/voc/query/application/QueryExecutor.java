package io.voc.query.application;

import io.voc.query.model.BoundQuery;
import io.voc.query.model.QueryPage;
import io.voc.query.model.QueryResult;
import io.voc.search.application.FeedbackScans;

/**
 * Runs a bound query against a store of feedback: Elasticsearch for the live index; a warehouse (Hive) can be
 * another executor of the same {@link BoundQuery}. The query arrives filled, absolute and scoped: an executor
 * only translates it, and must keep its meaning (the scope above all).
 */
public interface QueryExecutor {

    /** Rows (newest first, the {@code page} asked for) without an aggregation, else its buckets. */
    QueryResult execute(BoundQuery query, QueryPage page);

    /**
     * Every feedback the query matches (its aggregation aside), newest first as {@link #execute} pages them,
     * read {@code pageSize} at a time from one consistent view of the store: for exports of any size, which
     * hold one page at a time. The first page is read now, so an unreachable store shows before anything is sent.
     *
     * @throws io.voc.search.application.StoreUnavailableException when the store cannot be read now
     */
    FeedbackScans.Scan scan(BoundQuery query, int pageSize);
}
