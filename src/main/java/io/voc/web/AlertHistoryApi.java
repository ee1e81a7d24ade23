package io.voc.web;

import io.voc.query.application.AlertHistory;
import io.voc.query.application.ReadScheduleRuns;
import io.voc.query.application.ScheduleRun;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What scheduled saved queries did: the alerts they fired, and each query's latest runs. */
@Path("/api/v1/queries")
@RolesAllowed(Access.READ)
@Produces(MediaType.APPLICATION_JSON)
public class AlertHistoryApi {
    private final ReadScheduleRuns runs;
    private final CurrentCaller caller;

    AlertHistoryApi(ReadScheduleRuns runs, CurrentCaller caller) {
        this.runs = runs;
        this.caller = caller;
    }

    public record Runs(List<ScheduleRun> items) {
    }

    @GET
    @Path("/alerts")
    @Operation(summary = "Alert history", description = "Alerts fired by the schedules of the saved queries you "
            + "see, about your products, newest first, 50 a page: the slot, the number measured (and the one it "
            + "was compared with), and the alert's status in the card module. all=true: of every query (admins).")
    public AlertHistory alerts(@QueryParam("page") String page, @QueryParam("all") boolean all) {
        return runs.fired(caller.get(), SavedQueryApi.page(page), all);
    }

    @GET
    @Path("/{id}/runs")
    @Operation(summary = "A saved query's latest runs", description = "The latest 20 slots its schedules ran "
            + "in, newest first, whatever the outcome: fired, not_fired, failed (error says why) or unfinished "
            + "(running, or lost with the instance that claimed it).")
    public Runs latest(@PathParam("id") String id) {
        return new Runs(runs.latestOf(caller.get(), SavedQueryApi.queryId(id)));
    }
}
