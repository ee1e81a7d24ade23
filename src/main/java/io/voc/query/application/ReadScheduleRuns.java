package io.voc.query.application;

import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Scope;
import io.voc.feedback.model.ProductKey;
import io.voc.platform.model.InvalidInputException;
import io.voc.query.model.QueryDefinition;
import io.voc.query.model.QueryUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Use case: what the schedules did - the alert history (every fired alert of the saved queries the caller
 * sees, about their products) and the latest runs of one query, failures and lost slots included, so that a
 * schedule that never fires can be told from one that cannot run.
 */
@ApplicationScoped
public class ReadScheduleRuns {
    public static final int PAGE_SIZE = 50;
    public static final int LATEST_RUNS = 20;

    private final ScheduleRuns runs;
    private final ManageSavedQueries queries;
    private final QueryDefinitionCheck definitions;

    ReadScheduleRuns(ScheduleRuns runs, ManageSavedQueries queries, QueryDefinitionCheck definitions) {
        this.runs = runs;
        this.queries = queries;
        this.definitions = definitions;
    }

    /** A page (from 1) of fired alerts; {@code everyone}: of every query (admins), not only those one sees. */
    public AlertHistory fired(Caller caller, int page, boolean everyone) {
        QueryUser me = requireMayRead(caller);
        if (page < 1 || page > ManageSavedQueries.MAX_PAGE) {
            throw new InvalidInputException("page", "page must be from 1 to " + ManageSavedQueries.MAX_PAGE
                    + " (got " + page + ")");
        }
        if (everyone && !me.admin()) {
            throw new NotAllowedException("only admins may list the alerts of every saved query");
        }
        List<ScheduleRun> found = runs.fired(me, everyone, caller.products(), (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        return new AlertHistory(found.stream().limit(PAGE_SIZE).toList(), page, found.size() > PAGE_SIZE);
    }

    /**
     * The latest {@value #LATEST_RUNS} runs of the query's schedules, newest first. None when the query's
     * product is outside the caller's (or cannot be told, the query having parameters now): the numbers a
     * schedule measured are answers about that product.
     */
    public List<ScheduleRun> latestOf(Caller caller, UUID queryId) {
        SavedQueryView view = queries.get(caller, queryId); // 404 for a query the caller does not see
        if (!caller.products().isAll()) {
            QueryDefinition definition = definitions.read(view.definition());
            if (!definition.parameters().isEmpty()) {
                return List.of();
            }
            Set<ProductKey> about = definition.filters().products(Map.of());
            if (about.isEmpty() || !about.stream().allMatch(caller.products()::covers)) {
                return List.of();
            }
        }
        return runs.ofQuery(queryId, LATEST_RUNS);
    }

    private static QueryUser requireMayRead(Caller caller) {
        if (!caller.may(Scope.READ)) {
            throw new NotAllowedException("reading alerts needs the read scope");
        }
        return ManageSavedQueries.user(caller);
    }
}
