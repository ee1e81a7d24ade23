package io.voc.query.application;

import io.voc.query.model.QueryPage;
import io.voc.query.model.QueryResult;
import io.voc.query.model.WarehouseQuery;
import io.voc.search.application.ExportFile;
import io.voc.search.model.ExportFormat;

/**
 * Runs HiveQL queries in the warehouse: the second executor of saved queries, beside Elasticsearch's
 * {@link QueryExecutor}. Each run is tied to its {@link QueryRun}: it stops at the run's timeout, and a cancel of
 * the run stops it in the warehouse too.
 *
 * @see QueryTimedOutException
 * @see QueryCancelledException
 */
public interface WarehouseQueries {

    /**
     * One page of the rows, in the order the query gives them.
     *
     * @throws io.voc.platform.model.InvalidInputException ({@code definition.hiveql}) when Hive refuses the query
     * @throws io.voc.warehouse.application.WarehouseUnavailableException when the warehouse cannot be reached
     */
    QueryResult.Table run(WarehouseQuery query, QueryPage page, QueryRun run);

    /**
     * Every row (up to {@code limit}) as a file, read from the warehouse while it is written. The query has
     * finished in the warehouse when this returns (a timeout or a refusal is thrown here, before any byte of the
     * file); the run lasts until the file is written or closed.
     */
    ExportFile export(WarehouseQuery query, ExportFormat format, int limit, QueryRun run);
}
