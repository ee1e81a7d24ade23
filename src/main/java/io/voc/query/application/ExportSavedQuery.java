package io.voc.query.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.account.application.Caller;
import io.voc.query.model.BoundQuery;
import io.voc.query.model.QueryPage;
import io.voc.query.model.QueryResult;
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
 * buckets are few and written at once. The files are the search export's, row for row.
 */
@ApplicationScoped
public class ExportSavedQuery {
    private final RunSavedQuery runSavedQuery;
    private final QueryExecutor executor;
    private final ObjectMapper json;

    ExportSavedQuery(RunSavedQuery runSavedQuery, QueryExecutor executor, ObjectMapper json) {
        this.runSavedQuery = runSavedQuery;
        this.executor = executor;
        this.json = json;
    }

    /**
     * Opens the export: the store is asked now, so an unreachable store is an error before any byte is sent.
     * The caller must write or close it.
     *
     * @param limit at most this many feedback (an aggregation's buckets are all written)
     * @throws SavedQueryNotFoundException when there is no such query or it is not shared with the caller
     * @throws io.voc.search.application.StoreUnavailableException when the store cannot be read now
     */
    public ExportFile open(Caller caller, UUID id, Map<String, String> parameters, ExportFormat format, int limit) {
        BoundQuery query = runSavedQuery.bind(caller, id, parameters);
        if (query.aggregation() != null) {
            return new BucketsExport(format, (QueryResult.Buckets) executor.execute(query, QueryPage.FIRST), json);
        }
        return new FeedbackExport(format, limit, executor.scan(query, Math.min(ExportFeedback.PAGE_SIZE, limit)),
                json);
    }
}
