package io.voc.web;

import io.voc.experiment.application.AssignVariant;
import io.voc.experiment.application.ExperimentList;
import io.voc.experiment.application.ExperimentView;
import io.voc.experiment.application.Experiments;
import io.voc.experiment.application.ManageExperiments;
import io.voc.experiment.application.ReadExperimentResults;
import io.voc.experiment.model.Assignment;
import io.voc.experiment.model.Decision;
import io.voc.experiment.model.InvalidExperimentException;
import io.voc.experiment.model.UserAttributes;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Experiments (docs/experiments.md): design, list, read, take through their lives, and the assignment apps ask
 * for. Reading and assignments take the read scope; designing and commanding, the query scope - and the
 * experiment decides whether the caller may (owner, admins) and whether now (else 409 with its reason).
 */
@Path("/api/v1/experiments")
@RolesAllowed(Access.READ)
@Produces(MediaType.APPLICATION_JSON)
public class ExperimentApi {
    private final ManageExperiments experiments;
    private final AssignVariant assignVariant;
    private final ReadExperimentResults results;
    private final CurrentCaller caller;

    ExperimentApi(ManageExperiments experiments, AssignVariant assignVariant, ReadExperimentResults results,
            CurrentCaller caller) {
        this.experiments = experiments;
        this.assignVariant = assignVariant;
        this.results = results;
        this.caller = caller;
    }

    public record PauseJson(String reason) {
    }

    public record ConcludeJson(String decision, String variant, String rationale) {
    }

    public record AllocationJson(List<ExperimentJson.VariantJson> variants, Boolean newPhase) {
    }

    public record History(List<Experiments.EventRecord> items) {
    }

    /** {@code inExperiment} false: show the default experience; the user is not counted. */
    public record AssignmentJson(String experiment, String userId, boolean inExperiment, String variant,
            Integer phase, Integer bucket) {
    }

    @POST
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Design an experiment", description = "A draft: key, hypothesis, product, variants "
            + "(control first; weights in percent adding up to 100), targeting, metrics (primary, secondary, "
            + "guardrails: key, kind mean|proportion, goal increase|decrease), minimumSampleSize (users per "
            + "variant), layer (name, from, to of 10,000 buckets; left out: a layer of its own).")
    public Response design(ExperimentJson.DesignJson body) {
        ExperimentView created = experiments.design(caller.get(), ExperimentJson.design(body));
        return Response.created(URI.create("/api/v1/experiments/" + created.key())).entity(created).build();
    }

    @GET
    @Operation(summary = "List experiments", description = "About your products, most recently changed first, "
            + "50 a page.")
    public ExperimentList list(@QueryParam("page") String page) {
        return experiments.list(caller.get(), SavedQueryApi.page(page));
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "An experiment", description = "404 when there is none about your products.")
    public ExperimentView get(@PathParam("key") String key) {
        return experiments.get(caller.get(), key);
    }

    @GET
    @Path("/{key}/history")
    @Operation(summary = "An experiment's history", description = "Every event of its life, oldest first: the "
            + "decision record.")
    public History history(@PathParam("key") String key) {
        return new History(experiments.history(caller.get(), key));
    }

    @GET
    @Path("/{key}/results")
    @Operation(summary = "An experiment's results", description = "For its current phase: users exposed per "
            + "variant against the planned split (sample-ratio check, flagged at p < 0.001), and per metric each "
            + "variant against the control - relative difference, its interval, raw and Holm-adjusted p-values "
            + "(sequential: valid whenever read) and a verdict against the metric's goal. 404 for a draft.")
    public ExperimentResultsJson results(@PathParam("key") String key) {
        return results.results(caller.get(), key).map(ExperimentResultsJson::of)
                .orElseThrow(() -> new NotStartedException(key));
    }

    /** A draft has no results: nobody was assigned. */
    static class NotStartedException extends io.voc.platform.model.ResourceNotFoundException {
        NotStartedException(String key) {
            super("the experiment '" + key + "' has not started: no results yet");
        }
    }

    @PUT
    @Path("/{key}/design")
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft's design", description = "The whole design again; its key cannot change.")
    public ExperimentView redesign(@PathParam("key") String key, ExperimentJson.DesignJson body) {
        return experiments.redesign(caller.get(), key, ExperimentJson.design(body));
    }

    @POST
    @Path("/{key}/start")
    @RolesAllowed(Access.QUERY)
    @Operation(summary = "Start a draft", description = "409 when it is not a draft, or another running or "
            + "paused experiment holds overlapping traffic in its layer.")
    public ExperimentView start(@PathParam("key") String key) {
        return experiments.start(caller.get(), key);
    }

    @POST
    @Path("/{key}/pause")
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pause a running experiment", description = "Body {reason} optional. No new assignments "
            + "while paused; its layer slot stays taken.")
    public ExperimentView pause(@PathParam("key") String key, PauseJson body) {
        return experiments.pause(caller.get(), key, body == null ? null : body.reason());
    }

    @POST
    @Path("/{key}/resume")
    @RolesAllowed(Access.QUERY)
    @Operation(summary = "Resume a paused experiment")
    public ExperimentView resume(@PathParam("key") String key) {
        return experiments.resume(caller.get(), key);
    }

    @POST
    @Path("/{key}/stop")
    @RolesAllowed(Access.QUERY)
    @Operation(summary = "Stop an experiment", description = "For good: results are final, the layer slot free.")
    public ExperimentView stop(@PathParam("key") String key) {
        return experiments.stop(caller.get(), key);
    }

    @POST
    @Path("/{key}/conclude")
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Conclude a stopped experiment", description = "{decision: ship|inconclusive, variant "
            + "(to ship), rationale (10-5,000 characters)}.")
    public ExperimentView conclude(@PathParam("key") String key, ConcludeJson body) {
        if (body == null) {
            throw new InvalidExperimentException("decision", "a JSON object with decision and rationale is required");
        }
        Decision decision = new Decision(ExperimentJson.parse(Decision.Kind.class, body.decision(), "decision",
                "decision is ship or inconclusive"), body.variant());
        return experiments.conclude(caller.get(), key, decision, body.rationale());
    }

    @PUT
    @Path("/{key}/allocation")
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the split", description = "{variants: [{key, name, weight}], newPhase}. A draft "
            + "takes it; a running or paused experiment only with newPhase true (users are assigned afresh).")
    public ExperimentView allocation(@PathParam("key") String key, AllocationJson body) {
        if (body == null) {
            throw new InvalidExperimentException("variants", "a JSON object with variants is required");
        }
        return experiments.changeAllocation(caller.get(), key, ExperimentJson.allocation(body.variants()),
                Boolean.TRUE.equals(body.newPhase()));
    }

    @GET
    @Path("/{key}/assignment")
    @Operation(summary = "The variant a user gets", description = "userId required; platform, region and "
            + "appVersion for targeting. The same user always gets the same variant (within a phase). "
            + "inExperiment false: not running, not targeted or outside its layer slot - show the default.")
    public AssignmentJson assignment(@PathParam("key") String key, @QueryParam("userId") String userId,
            @QueryParam("platform") String platform, @QueryParam("region") String region,
            @QueryParam("appVersion") String appVersion) {
        Optional<Assignment> assigned = assignVariant.assign(caller.get(), key,
                new UserAttributes(userId, platform, region, appVersion));
        return assigned.map(a -> new AssignmentJson(key, userId, true, a.variant(), a.phase(), a.bucket()))
                .orElse(new AssignmentJson(key, userId, false, null, null, null));
    }
}
