package io.voc.web;

import io.voc.web.security.Access;
import jakarta.annotation.security.RolesAllowed;
import io.voc.nlp.application.ManageReenrichment;
import io.voc.nlp.application.ReenrichmentReport;
import io.voc.platform.model.IllegalJobStateException;
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

/** Re-running the current NLP model over stored feedback: start, watch and cancel jobs. */
@RolesAllowed(Access.ADMIN)
@Path("/api/v1/admin/nlp/reenrichment")
@Produces(MediaType.APPLICATION_JSON)
public class ReenrichmentApi {
    static final String PATH = "/api/v1/admin/nlp/reenrichment";

    private final ManageReenrichment reenrichment;

    ReenrichmentApi(ManageReenrichment reenrichment) {
        this.reenrichment = reenrichment;
    }

    /** {@code scope}: "outdated" (default) or "all"; {@code product}: only this product's feedback. */
    public record StartRequest(String scope, String product) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue a re-enrichment job (202); a worker on some instance runs it",
            description = "scope outdated: documents without an analysis by the current NLP model version; "
                    + "all: every document. Resumes from its checkpoint after a crash.")
    public Response start(StartRequest request) {
        StartRequest r = request == null ? new StartRequest(null, null) : request;
        ReenrichmentReport job = reenrichment.start(r.scope(), r.product());
        return Response.accepted(job).location(URI.create(PATH + "/" + job.id())).build();
    }

    @GET
    @Operation(summary = "The newest re-enrichment jobs, newest first")
    public List<ReenrichmentReport> recent(@QueryParam("limit") @DefaultValue("20") int limit) {
        return reenrichment.recent(limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One job: status, done, total, percent, rate and ETA")
    public ReenrichmentReport get(@PathParam("id") String id) {
        return reenrichment.get(id).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel a job: a queued one at once, a running one after its current page (CANCELLING)")
    public ReenrichmentReport cancel(@PathParam("id") String id) {
        return reenrichment.cancel(id).orElseThrow(() -> notFound(id));
    }

    @ServerExceptionMapper
    Response finished(IllegalJobStateException e) {
        return ApiErrorMappers.error(Response.Status.CONFLICT, "job_finished", e.getMessage(), null);
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no re-enrichment job " + id);
    }
}
