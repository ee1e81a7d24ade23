package io.voc.web;

import io.vertx.ext.web.RoutingContext;
import io.voc.search.application.ExportFeedback;
import io.voc.search.application.FeedbackExport;
import io.voc.search.model.ExportRequest;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;


/** Every feedback matching the search filters as a CSV or JSON Lines download, streamed while it is read. */
@RolesAllowed(Access.QUERY)
@Path("/api/v1/feedback/export")
public class FeedbackExportApi {
    private final ExportFeedback exportFeedback;
    private final CurrentCaller caller;

    FeedbackExportApi(ExportFeedback exportFeedback, CurrentCaller caller) {
        this.caller = caller;
        this.exportFeedback = exportFeedback;
    }

    @GET
    @Produces({ "text/csv", "application/x-ndjson", MediaType.APPLICATION_JSON })
    @Operation(summary = "Export feedback as CSV or JSON Lines",
            description = "format: csv or jsonl (required); q, product, from, to and " + FeedbackApi.NARROWING
                    + ": as for search; limit: at most "
                    + "this many rows (1-" + ExportRequest.MAX_LIMIT + ", default " + ExportRequest.MAX_LIMIT + "). "
                    + "Every match, newest first, streamed page by page as an attachment; X-Total-Count tells "
                    + "how many matched. JSON Lines: one search item per line. CSV: UTF-8 with a byte-order mark, "
                    + "cells starting with = + - @ tab or CR prefixed with ' (plain negative numbers excepted). "
                    + "A bad parameter is a 400 and an unreachable Elasticsearch a 503, before any row is sent.")
    public Response export(@QueryParam("format") String format, @QueryParam("q") String q,
            @QueryParam("product") String product, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit, @Context UriInfo uri, RoutingContext routing) {
        ExportRequest request = ExportRequest.parse(format, q, product, from, to, FeedbackApi.narrowing(uri), limit,
                caller.products()); // 400 before anything
        // opens the store's view and reads the first page now: an unreachable store is a 503, not a broken file
        FeedbackExport export = exportFeedback.open(request);
        return ExportResponses.attachment(export, "voc-feedback", routing);
    }
}
