package io.voc.query.application;

import io.voc.query.model.BoundQuery;
import io.voc.query.model.QueryPage;
import io.voc.query.model.QueryResult;

/**
 * Runs a bound query against a store of feedback: Elasticsearch for the live index; a warehouse (Hive) can be
 * another executor of the same {@link BoundQuery}. The query arrives filled, absolute and scoped: an executor
 * only translates it, and must keep its meaning (the scope above all).
 */
public interface QueryExecutor {

    /** Rows (newest first, the {@code page} asked for) without an aggregation, else its buckets. */
    QueryResult execute(BoundQuery query, QueryPage page);
}
