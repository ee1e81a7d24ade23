package io.voc.query.application;

import io.voc.account.application.Caller;
import io.voc.query.model.BoundQuery;
import io.voc.query.model.QueryDefinition;
import io.voc.query.model.QueryPage;
import io.voc.query.model.QueryResult;
import io.voc.query.model.WarehouseQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;

/**
 * Use case: run a query definition for a caller, with its parameters, now. The caller sees only their own
 * products: the bound query carries their scope, and naming another product is refused. A HiveQL definition
 * runs in the warehouse, over the caller's products too, as a {@link QueryRun} that can be listed and cancelled.
 */
@ApplicationScoped
public class RunQuery {
    static final String AD_HOC = "ad hoc query";

    private final QueryExecutor executor;
    private final WarehouseQueries warehouse;
    private final RunningQueries running;
    private final Clock clock = Clock.systemUTC();

    RunQuery(QueryExecutor executor, WarehouseQueries warehouse, RunningQueries running) {
        this.executor = executor;
        this.warehouse = warehouse;
        this.running = running;
    }

    public QueryResult run(Caller caller, QueryDefinition definition, Map<String, String> parameters, QueryPage page,
            RunOptions options) {
        return run(caller, definition, parameters, page, options, AD_HOC);
    }

    /** @param label what the run is called while it runs (a saved query's name) */
    QueryResult run(Caller caller, QueryDefinition definition, Map<String, String> parameters, QueryPage page,
            RunOptions options, String label) {
        if (!definition.inWarehouse()) {
            return executor.execute(bind(caller, definition, parameters), page);
        }
        WarehouseQuery query = definition.bindInWarehouse(parameters, caller.products());
        QueryRun run = running.start(caller, label, options);
        try {
            return warehouse.run(query, page, run);
        } finally {
            run.finished();
        }
    }

    /** The definition as the caller runs it now: parameters filled, period absolute, their products only. */
    public BoundQuery bind(Caller caller, QueryDefinition definition, Map<String, String> parameters) {
        return definition.bind(parameters, clock.instant(), caller.products());
    }
}
