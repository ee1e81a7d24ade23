package io.voc.web;

import io.vertx.ext.web.RoutingContext;
import io.voc.platform.model.InvalidInputException;
import io.voc.query.application.ExportSavedQuery;
import io.voc.query.application.RunOptions;
import io.voc.search.model.ExportFormat;
import io.voc.search.model.ExportRequest;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;


/**
 * A saved query's whole result as a CSV or JSON Lines download, streamed while it is read. A GET with the
 * parameters in the URL, so a plain link or form downloads it; exports take the query scope, as the
 * Explorer's does (docs/api.md#access).
 */
@Path("/api/v1/queries")
@RolesAllowed(Access.QUERY)
public class SavedQueryExportApi {
    /** {@code parameters.product=pocketbank} fills {@code {{product}}}: the name a missing parameter's 400 gives. */
    static final String PARAMETER_PREFIX = "parameters.";
    private static final List<String> OWN = List.of("format", "limit", "timeoutSeconds", "runId");

    private final ExportSavedQuery exportSavedQuery;
    private final CurrentCaller caller;

    SavedQueryExportApi(ExportSavedQuery exportSavedQuery, CurrentCaller caller) {
        this.exportSavedQuery = exportSavedQuery;
        this.caller = caller;
    }

    @GET
    @Path("/{id}/export")
    @Produces({ "text/csv", "application/x-ndjson", MediaType.APPLICATION_JSON })
    @Operation(summary = "Export a saved query's result as CSV or JSON Lines",
            description = "format: csv or jsonl (required); parameters.NAME=value fills {{NAME}}; limit: at most "
                    + "this many feedback (1-" + ExportRequest.MAX_LIMIT + ", default " + ExportRequest.MAX_LIMIT
                    + "). Every feedback the query matches over your products, newest first, streamed as an "
                    + "attachment in the search export's format; an aggregation: one row per bucket. "
                    + "X-Total-Count: feedback matched, or buckets. A HiveQL query: its rows (up to limit) with its "
                    + "columns, no X-Total-Count; timeoutSeconds and runId as in its run. A bad parameter is a 400 naming it, a query you "
                    + "cannot see a 404, an unreachable Elasticsearch a 503, all before any row is sent.")
    public Response export(@PathParam("id") String id, @Context UriInfo uri, RoutingContext routing) {
        var query = uri.getQueryParameters();
        ExportFormat format = ExportFormat.parse(query.getFirst("format")); // 400s before anything is read
        int limit = ExportRequest.parseLimit(query.getFirst("limit"));
        UUID queryId = SavedQueryApi.queryId(id);
        Map<String, String> parameters = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (name.startsWith(PARAMETER_PREFIX)) {
                parameters.put(name.substring(PARAMETER_PREFIX.length()), values.get(0));
            } else if (!OWN.contains(name)) {
                // a parameter written without its prefix would otherwise be dropped, and the file not be what was asked
                throw new InvalidInputException(name, "unknown parameter '" + name + "'; a {{parameter}} of the "
                        + "query is given as " + PARAMETER_PREFIX + name + "=value");
            }
        });
        RunOptions options = RunOptions.of(PageForms.optionalNumber(query.getFirst("timeoutSeconds"), Integer::valueOf,
                "timeoutSeconds", "timeoutSeconds must be a whole number of seconds"), query.getFirst("runId"));
        return ExportResponses.attachment(exportSavedQuery.open(caller.get(), queryId, parameters, format, limit,
                options), "voc-query", routing);
    }
}
