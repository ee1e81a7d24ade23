package io.voc.web;

import io.voc.platform.model.IllegalJobStateException;
import io.voc.warehouse.application.ExportReport;
import io.voc.warehouse.application.ImportProfiles;
import io.voc.warehouse.application.ManageExports;
import io.voc.warehouse.application.ProfileImportReport;
import io.voc.warehouse.model.UserProfile;
import io.voc.warehouse.model.ExportedDay;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The warehouse: export feedback (backfill days, watch and cancel runs, see what each day's partition holds) and
 * import user profiles (refresh now, watch imports, look one up).
 */
@RolesAllowed(Access.ADMIN)
@Path(WarehouseApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class WarehouseApi {
    static final String PATH = "/api/v1/admin/warehouse";

    private final ManageExports exports;
    private final ImportProfiles profiles;
    private final CurrentCaller caller;

    WarehouseApi(ManageExports exports, ImportProfiles profiles, CurrentCaller caller) {
        this.exports = exports;
        this.profiles = profiles;
        this.caller = caller;
    }

    /** {@code from} and {@code to}: days such as 2026-11-01, both included (UTC). */
    public record BackfillRequest(String from, String to) {
    }

    /** The days of a range that were exported, and the rows the warehouse holds for them. */
    public record ExportedDays(List<ExportedDay> days, long rows) {
    }

    @POST
    @Path("/exports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Export a range of days into the warehouse (202); a worker on some instance runs it",
            description = "Each day replaces its partition of the feedback table: exporting a day again never "
                    + "duplicates it. At most 400 days per run; resumes from its last day after a crash.")
    public Response backfill(BackfillRequest request) {
        BackfillRequest r = request == null ? new BackfillRequest(null, null) : request;
        ExportReport run = exports.backfill(r.from(), r.to(), caller.get().username());
        return Response.accepted(run).location(URI.create(PATH + "/exports/" + run.id())).build();
    }

    @GET
    @Path("/exports")
    @Operation(summary = "The newest export runs (daily and backfills), newest first")
    public List<ExportReport> recent(@QueryParam("limit") @DefaultValue("20") int limit) {
        return exports.recent(limit);
    }

    @GET
    @Path("/exports/{id}")
    @Operation(summary = "One export run: status, days done, rows, error")
    public ExportReport get(@PathParam("id") String id) {
        return exports.get(id).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("/exports/{id}/cancel")
    @Operation(summary = "Cancel a run: a queued one at once, a running one after its current day (CANCELLING)")
    public ExportReport cancel(@PathParam("id") String id) {
        return exports.cancel(id).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/days")
    @Operation(summary = "What the warehouse holds for each exported day of a range: rows, when, by which run")
    public ExportedDays days(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<ExportedDay> days = exports.exportedDays(from, to);
        return new ExportedDays(days, days.stream().mapToLong(ExportedDay::rows).sum());
    }

    @POST
    @Path("/profiles/imports")
    @Operation(summary = "Refresh the user profiles from the warehouse now (202); an instance runs it within moments",
            description = "Reads every row of the warehouse's profile table; rows that are no valid profile are "
                    + "counted and the first 20 kept with their reason; profiles gone from the table are removed.")
    public Response importProfiles() {
        ProfileImportReport run = profiles.request(caller.get().username());
        return Response.accepted(run).build();
    }

    @GET
    @Path("/profiles/imports")
    @Operation(summary = "The newest profile imports (scheduled and requested), newest first, with their counts")
    public List<ProfileImportReport> profileImports(@QueryParam("limit") @DefaultValue("20") int limit) {
        return profiles.recent(limit);
    }

    @GET
    @Path("/profiles/{userId}")
    @Operation(summary = "One user's imported profile")
    public UserProfile profile(@PathParam("userId") String userId) {
        return profiles.profile(userId).orElseThrow(() -> new NotFoundException("no profile of user " + userId));
    }

    @ServerExceptionMapper
    Response finished(IllegalJobStateException e) {
        return ApiErrorMappers.error(Response.Status.CONFLICT, "job_finished", e.getMessage(), null);
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no warehouse export " + id);
    }
}
