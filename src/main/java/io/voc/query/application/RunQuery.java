package io.voc.query.application;

import io.voc.account.application.Caller;
import io.voc.query.model.BoundQuery;
import io.voc.query.model.QueryDefinition;
import io.voc.query.model.QueryPage;
import io.voc.query.model.QueryResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;

/**
 * Use case: run a query definition for a caller, with its parameters, now. The caller sees only their own
 * products: the bound query carries their scope, and naming another product is refused.
 */
@ApplicationScoped
public class RunQuery {
    private final QueryExecutor executor;
    private final Clock clock = Clock.systemUTC();

    RunQuery(QueryExecutor executor) {
        this.executor = executor;
    }

    public QueryResult run(Caller caller, QueryDefinition definition, Map<String, String> parameters, QueryPage page) {
        return executor.execute(bind(caller, definition, parameters), page);
    }

    /** The definition as the caller runs it now: parameters filled, period absolute, their products only. */
    public BoundQuery bind(Caller caller, QueryDefinition definition, Map<String, String> parameters) {
        return definition.bind(parameters, clock.instant(), caller.products());
    }
}
