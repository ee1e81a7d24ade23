package io.voc.web;

import io.voc.query.application.ManageSavedQueries;
import io.voc.query.application.RunOptions;
import io.voc.query.application.RunSavedQuery;
import io.voc.query.application.SavedQueryView;
import io.voc.query.model.QueryPage;
import io.voc.query.model.QueryResult;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A saved query run from its page: a field for each of its {@code {{parameters}}}, and the answer - a page
 * of feedback, the aggregation's buckets, or a HiveQL query's table - over the runner's products. A GET, so a run can be bookmarked
 * and shared as a link; parameters travel as {@code parameters.<name>}, as in the export.
 */
@RolesAllowed(Access.READ)
@Path("/queries/{id}/run")
@Produces(MediaType.TEXT_HTML)
public class SavedQueryRunPage {
    static final String PARAMETER = "parameters.";
    private static final int ROWS_PER_PAGE = 50;

    private final Pages pages;
    private final ManageSavedQueries queries;
    private final RunSavedQuery runSavedQuery;
    private final CurrentCaller caller;

    SavedQueryRunPage(Pages pages, ManageSavedQueries queries, RunSavedQuery runSavedQuery, CurrentCaller caller) {
        this.pages = pages;
        this.queries = queries;
        this.runSavedQuery = runSavedQuery;
        this.caller = caller;
    }

    @GET
    public Response run(@PathParam("id") String id, @QueryParam("page") String page, @Context UriInfo uri) {
        UUID queryId = SavedQueryApi.queryId(id);
        SavedQueryView query = queries.get(caller.get(), queryId); // 404 page for a query one does not see
        Set<String> names = runSavedQuery.parameters(query);
        Map<String, String> values = new LinkedHashMap<>();
        names.forEach(name -> values.put(name, uri.getQueryParameters().getFirst(PARAMETER + name)));
        return PageForms.answer(() -> {
            QueryResult result = runSavedQuery.run(caller.get(), queryId, filled(values),
                    new QueryPage(SavedQueryApi.page(page), ROWS_PER_PAGE), RunOptions.DEFAULT);
            return PageForms.html(Response.Status.OK, render(query, values, result, null));
        }, problem -> render(query, values, null, problem));
    }

    private String render(SavedQueryView query, Map<String, String> values, QueryResult result, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("query", query);
        model.put("parameters", values);
        model.put("rows", result instanceof QueryResult.Rows rows ? rows : null);
        model.put("buckets", result instanceof QueryResult.Buckets buckets ? buckets : null);
        model.put("table", result instanceof QueryResult.Table table ? table : null);
        model.put("pageLinks", new PageLinks(query.id(), values));
        model.put("problem", problem);
        return pages.render("saved-query-run", model);
    }

    /** Only the parameters given: a missing one is for the query to name. */
    private static Map<String, String> filled(Map<String, String> values) {
        Map<String, String> given = new HashMap<>();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(name, value.strip());
            }
        });
        return given;
    }

    /** Links to other pages of the same run. */
    public record PageLinks(UUID queryId, Map<String, String> values) {
        public String page(int page) {
            Map<String, String> params = new LinkedHashMap<>();
            values.forEach((name, value) -> params.put(PARAMETER + name, value));
            params.put("page", String.valueOf(page));
            return ExplorerLinks.link("/queries/" + queryId + "/run", params);
        }
    }
}
