package io.voc.web;

import io.voc.persona.application.ManagePersonas;
import io.voc.persona.application.PersonaRunReport;
import io.voc.persona.application.StoredPersonas;
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

/** Personas: read the current ones (and older versions); admins build new ones as jobs. */
@Path(PersonaApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class PersonaApi {
    static final String PATH = "/api/v1/personas";

    private final ManagePersonas personas;
    private final CurrentCaller caller;

    PersonaApi(ManagePersonas personas, CurrentCaller caller) {
        this.personas = personas;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Access.READ)
    @Operation(summary = "The current personas: each with its size, traits, mood, top complaints and topics")
    public StoredPersonas latest() {
        return personas.latest().orElseThrow(() -> new NotFoundException(
                "no personas yet: an admin builds them with POST " + PATH + "/runs"));
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed(Access.READ)
    @Operation(summary = "An older version of the personas")
    public StoredPersonas version(@PathParam("version") long version) {
        return personas.version(version).orElseThrow(() -> new NotFoundException("no persona version " + version));
    }

    @POST
    @Path("/runs")
    @RolesAllowed(Access.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Build new personas (202); a worker on some instance runs the job",
            description = "All optional: seed (the same data and seed give the same personas), kMin and kMax (the "
                    + "number of personas is chosen by silhouette between them; 4 to 10), from and to (the window "
                    + "of feedback; the last 90 days).")
    public Response build(ManagePersonas.Request request) {
        PersonaRunReport run = personas.request(request, caller.get().username());
        return Response.accepted(run).location(URI.create(PATH + "/runs/" + run.id())).build();
    }

    @GET
    @Path("/runs")
    @RolesAllowed(Access.ADMIN)
    @Operation(summary = "The newest persona runs, newest first")
    public List<PersonaRunReport> runs(@QueryParam("limit") @DefaultValue("20") int limit) {
        return personas.recent(limit);
    }

    @GET
    @Path("/runs/{id}")
    @RolesAllowed(Access.ADMIN)
    @Operation(summary = "One persona run: status, phase, counts, percent, version")
    public PersonaRunReport run(@PathParam("id") String id) {
        return personas.run(id).orElseThrow(() -> new NotFoundException("no persona run " + id));
    }
}
