package io.voc.query.application;

import io.voc.account.application.Caller;
import io.voc.query.model.QueryDefinition;
import io.voc.query.model.QueryPage;
import io.voc.query.model.QueryResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Use case: run a saved query - one's own or one shared with one - with the parameters given now. It runs
 * with the runner's products, not its owner's: sharing a query shares the question, never the answers about
 * products the runner may not see. Whoever may read it may run it (a viewer it was shared with too).
 */
@ApplicationScoped
public class RunSavedQuery {
    private final ManageSavedQueries queries;
    private final QueryDefinitionCheck definitions;
    private final RunQuery runQuery;

    RunSavedQuery(ManageSavedQueries queries, QueryDefinitionCheck definitions, RunQuery runQuery) {
        this.queries = queries;
        this.definitions = definitions;
        this.runQuery = runQuery;
    }

    /** @throws SavedQueryNotFoundException when there is no such query or it is not shared with the caller */
    public QueryResult run(Caller caller, UUID id, Map<String, String> parameters, QueryPage page,
            RunOptions options) {
        SavedQueryView query = queries.get(caller, id);
        return runQuery.run(caller, definitions.read(query.definition()), parameters, page, options, query.name());
    }

    /**
     * The saved query's definition, for a run that reads on: an export.
     *
     * @throws SavedQueryNotFoundException when there is no such query or it is not shared with the caller
     */
    public SavedDefinition definition(Caller caller, UUID id) {
        SavedQueryView query = queries.get(caller, id);
        return new SavedDefinition(query.name(), definitions.read(query.definition()));
    }

    /** A saved query's name and what it asks. */
    public record SavedDefinition(String name, QueryDefinition definition) {
    }

    /** The {@code {{names}}} a run of the query must fill, in order of appearance: a page asks for them. */
    public Set<String> parameters(SavedQueryView query) {
        return definitions.read(query.definition()).parameters();
    }
}
