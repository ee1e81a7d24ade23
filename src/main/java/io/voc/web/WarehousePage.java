package io.voc.web;

import io.voc.persona.application.ManagePersonas;
import io.voc.persona.application.PersonaRunReport;
import io.voc.platform.model.DependencyUnavailableException;
import io.voc.platform.model.IllegalJobStateException;
import io.voc.platform.model.InvalidInputException;
import io.voc.warehouse.application.ExportReport;
import io.voc.warehouse.application.ImportProfiles;
import io.voc.warehouse.application.ManageExports;
import io.voc.warehouse.application.ProfileImportReport;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The admin page of the warehouse and the personas: export runs with their progress (and a backfill form), profile
 * imports with their counts and rejections, persona runs with their phase. Plain forms that post and redirect,
 * and a reload every few seconds while something is unfinished: no script.
 */
@RolesAllowed(Access.ADMIN)
@Path(WarehousePage.PAGE)
public class WarehousePage {
    private static final Logger LOG = Logger.getLogger(WarehousePage.class);
    static final String PAGE = "/admin/warehouse";
    private static final int LISTED = 10;

    private final Pages pages;
    private final ManageExports exports;
    private final ImportProfiles profiles;
    private final ManagePersonas personas;
    private final CurrentCaller caller;

    WarehousePage(Pages pages, ManageExports exports, ImportProfiles profiles, ManagePersonas personas,
            CurrentCaller caller) {
        this.pages = pages;
        this.exports = exports;
        this.profiles = profiles;
        this.personas = personas;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show() {
        return render(null);
    }

    @POST
    @Path("/exports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response backfill(@FormParam("from") String from, @FormParam("to") String to) {
        return act(() -> exports.backfill(from, to, caller.get().username()));
    }

    @POST
    @Path("/exports/{id}/cancel")
    @Produces(MediaType.TEXT_HTML)
    public Response cancel(@PathParam("id") String id) {
        return act(() -> exports.cancel(id));
    }

    @POST
    @Path("/profiles")
    @Produces(MediaType.TEXT_HTML)
    public Response importProfiles() {
        return act(() -> profiles.request(caller.get().username()));
    }

    @POST
    @Path("/personas")
    @Produces(MediaType.TEXT_HTML)
    public Response buildPersonas() {
        return act(() -> personas.request(null, caller.get().username()));
    }

    private Response act(Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create(PAGE)).build();
        } catch (IllegalJobStateException e) {
            return Response.seeOther(URI.create(PAGE)).build(); // it finished before the click arrived
        } catch (InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(render(e.getMessage())).build();
        } catch (DependencyUnavailableException e) {
            LOG.warn(e.getMessage());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(render(e.userMessage())).build();
        }
    }

    private String render(String problem) {
        Map<String, Object> model = new HashMap<>();
        List<ExportReport> exportRuns = List.of();
        List<ProfileImportReport> imports = List.of();
        List<PersonaRunReport> personaRuns = List.of();
        try {
            exportRuns = exports.recent(LISTED);
            imports = profiles.recent(LISTED);
            personaRuns = personas.recent(LISTED);
        } catch (DependencyUnavailableException e) {
            LOG.warn(e.getMessage());
            problem = problem == null ? "Runs cannot be listed right now (PostgreSQL cannot be reached)." : problem;
        }
        model.put("exports", exportRuns);
        model.put("imports", imports);
        model.put("personaRuns", personaRuns);
        model.put("problem", problem);
        model.put("refresh", exportRuns.stream().anyMatch(r -> !finished(r.status()))
                || imports.stream().anyMatch(r -> !finished(r.status()))
                || personaRuns.stream().anyMatch(r -> !finished(r.status())));
        return pages.render("warehouse", model);
    }

    private static boolean finished(String status) {
        return List.of("DONE", "FAILED", "CANCELLED").contains(status);
    }
}
