package io.voc.web;

import io.voc.query.application.RunningQueries;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** HiveQL queries while they run: the caller's own (an admin's: everyone's), and stopping one. */
@Path("/api/v1/queries/runs")
@RolesAllowed(Access.READ)
@Produces(MediaType.APPLICATION_JSON)
public class QueryRunsApi {
    private final RunningQueries running;
    private final CurrentCaller caller;

    QueryRunsApi(RunningQueries running, CurrentCaller caller) {
        this.running = running;
        this.caller = caller;
    }

    public record Runs(List<RunningQueries.RunningQuery> items) {
    }

    @GET
    @Operation(summary = "Warehouse queries running now",
            description = "The caller's HiveQL runs and exports going on at this instance (an admin sees all): "
                    + "runId, owner, label (the saved query), startedAt, timeoutSeconds.")
    public Runs list() {
        return new Runs(running.list(caller.get()));
    }

    @POST
    @Path("/{runId}/cancel")
    @Operation(summary = "Cancel a running warehouse query",
            description = "Stops the run in HiveServer2; the run itself answers 409 query_cancelled. 404 when no "
                    + "such run of the caller's is going on (it may have ended).")
    public Response cancel(@PathParam("runId") String runId) {
        running.cancel(caller.get(), PathIds.uuid(runId, "query run"));
        return Response.noContent().build();
    }
}
