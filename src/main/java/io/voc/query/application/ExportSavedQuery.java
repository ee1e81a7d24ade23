package io.voc.query.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.account.application.Caller;
import io.voc.query.model.BoundQuery;
import io.voc.query.model.QueryPage;
import io.voc.query.model.QueryResult;
import io.voc.query.model.WarehouseQuery;
import io.voc.search.application.ExportFeedback;
import io.voc.search.application.ExportFile;
import io.voc.search.application.FeedbackExport;
import io.voc.search.model.ExportFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * Use case: a saved query's whole result as a CSV or JSON Lines file. It reads what running the query reads
 * (the runner's products, the parameters given now), all of it: feedback are scanned page by page through the
 * executor and written as they come, so memory does not grow with the number of rows; an aggregation's
 * buckets are few and written at once. The files are the search export's, row for row. A HiveQL query's rows
 * are streamed from the warehouse as they come, its columns as the query names them; it is a run that can be
 * cancelled until the file is written.
 */
@ApplicationScoped
public class ExportSavedQuery {
    private final RunSavedQuery runSavedQuery;
    private final RunQuery runQuery;
    private final QueryExecutor executor;
    private final WarehouseQueries warehouse;
    private final RunningQueries running;
    private final ObjectMapper json;

    ExportSavedQuery(RunSavedQuery runSavedQuery, RunQuery runQuery, QueryExecutor executor,
            WarehouseQueries warehouse, RunningQueries running, ObjectMapper json) {
        this.runSavedQuery = runSavedQuery;
        this.runQuery = runQuery;
        this.executor = executor;
        this.warehouse = warehouse;
        this.running = running;
        this.json = json;
    }

    /**
     * Opens the export: the store is asked now, so an unreachable store is an error before any byte is sent.
     * The caller must write or close it.
     *
     * @param limit at most this many feedback or rows (an aggregation's buckets are all written)
     * @throws SavedQueryNotFoundException when there is no such query or it is not shared with the caller
     * @throws io.voc.search.application.StoreUnavailableException when the store cannot be read now
     */
    public ExportFile open(Caller caller, UUID id, Map<String, String> parameters, ExportFormat format, int limit,
            RunOptions options) {
        RunSavedQuery.SavedDefinition saved = runSavedQuery.definition(caller, id);
        if (saved.definition().inWarehouse()) {
            WarehouseQuery query = saved.definition().bindInWarehouse(parameters, caller.products());
            QueryRun run = running.start(caller, "export of " + saved.name(), options);
            try {
                return warehouse.export(query, format, limit, run);
            } catch (RuntimeException e) {
                run.finished();
                throw e;
            }
        }
        BoundQuery query = runQuery.bind(caller, saved.definition(), parameters);
        if (query.aggregation() != null) {
            return new BucketsExport(format, (QueryResult.Buckets) executor.execute(query, QueryPage.FIRST), json);
        }
        return new FeedbackExport(format, limit, executor.scan(query, Math.min(ExportFeedback.PAGE_SIZE, limit)),
                json);
    }
}
