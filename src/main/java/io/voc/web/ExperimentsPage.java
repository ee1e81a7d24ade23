package io.voc.web;

import io.voc.account.model.Scope;
import io.voc.experiment.application.ExperimentView;
import io.voc.experiment.application.ManageExperiments;
import io.voc.experiment.application.ReadExperimentResults;
import io.voc.experiment.model.Decision;
import io.voc.experiment.application.ExperimentRefusedException;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The experiments' pages: the list, the design form, and an experiment's page with the steps of its life
 * (start, pause, resume, stop, conclude) and its history - the same use cases as the API.
 */
@RolesAllowed(Access.READ)
@Path("/experiments")
@Produces(MediaType.TEXT_HTML)
public class ExperimentsPage {
    private static final Map<String, String> NOTICES = Map.of(
            "designed", "Designed. It is a draft: nobody is assigned until you start it.",
            "started", "Started: apps now get variants for targeted users.",
            "paused", "Paused: no assignments until resumed.",
            "resumed", "Resumed.",
            "stopped", "Stopped for good. Record the decision below.",
            "concluded", "Concluded. The decision is in its history.");

    private final Pages pages;
    private final ManageExperiments experiments;
    private final ReadExperimentResults results;
    private final CurrentCaller caller;

    ExperimentsPage(Pages pages, ManageExperiments experiments, ReadExperimentResults results, CurrentCaller caller) {
        this.pages = pages;
        this.experiments = experiments;
        this.results = results;
        this.caller = caller;
    }

    @GET
    public Response list(@QueryParam("page") String page) {
        return PageForms.answer(() -> PageForms.html(Response.Status.OK,
                renderList(SavedQueryApi.page(page), null)), this::renderList);
    }

    @GET
    @Path("/new")
    @RolesAllowed(Access.QUERY)
    public String newForm() {
        return renderForm(ExperimentForm.EXAMPLE, null);
    }

    @POST
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response design(@BeanParam ExperimentForm form) {
        return PageForms.answer(() -> {
            ExperimentView created = experiments.design(caller.get(), ExperimentJson.design(form.toDesign()));
            return Response.seeOther(URI.create("/experiments/" + created.key() + "?done=designed")).build();
        }, problem -> renderForm(form, problem));
    }

    @GET
    @Path("/{key}")
    public Response show(@PathParam("key") String key, @QueryParam("done") String done) {
        return PageForms.answer(() -> PageForms.html(Response.Status.OK,
                renderExperiment(key, PageForms.notice(NOTICES, done), null)), this::renderList);
    }

    @POST
    @Path("/{key}/{step: start|resume|stop}")
    @RolesAllowed(Access.QUERY)
    public Response step(@PathParam("key") String key, @PathParam("step") String step) {
        return switch (step) {
            case "start" -> command(key, "started", () -> experiments.start(caller.get(), key));
            case "resume" -> command(key, "resumed", () -> experiments.resume(caller.get(), key));
            default -> command(key, "stopped", () -> experiments.stop(caller.get(), key));
        };
    }

    @POST
    @Path("/{key}/pause")
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pause(@PathParam("key") String key, @FormParam("reason") String reason) {
        return command(key, "paused", () -> experiments.pause(caller.get(), key, reason));
    }

    @POST
    @Path("/{key}/conclude")
    @RolesAllowed(Access.QUERY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response conclude(@PathParam("key") String key, @FormParam("decision") String decision,
            @FormParam("rationale") String rationale) {
        return command(key, "concluded", () -> experiments.conclude(caller.get(), key, decision(decision), rationale));
    }

    /** "ship:b" ships variant b; "inconclusive" decides nothing. */
    private static Decision decision(String value) {
        if (value != null && value.startsWith("ship:")) {
            return Decision.ship(value.substring("ship:".length()));
        }
        return "inconclusive".equals(value) ? Decision.inconclusive() : new Decision(null, null);
    }

    /** A step from the experiment's page, then back to it - or the page with the experiment's reason (409). */
    private Response command(String key, String done, Supplier<ExperimentView> step) {
        try {
            return PageForms.redirectAfter(step::get, "/experiments/" + key + "?done=" + done,
                    problem -> renderExperiment(key, null, problem));
        } catch (ExperimentRefusedException e) {
            return PageForms.html(Response.Status.CONFLICT, renderExperiment(key, null, PageForms.sentence(e.getMessage())));
        }
    }

    /** The first page of the list, with why the page asked for could not be shown. */
    private String renderList(String problem) {
        return renderList(1, problem);
    }

    private String renderList(int page, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("list", experiments.list(caller.get(), page));
        model.put("canDesign", caller.get().may(Scope.QUERY));
        model.put("problem", problem);
        return pages.render("experiments", model);
    }

    private String renderForm(ExperimentForm form, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("problem", problem);
        return pages.render("experiment-new", model);
    }

    private String renderExperiment(String key, String notice, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("experiment", experiments.get(caller.get(), key));
        model.put("history", experiments.history(caller.get(), key));
        model.put("results", results.results(caller.get(), key).map(ResultsPanel::of).orElse(null));
        model.put("notice", notice);
        model.put("problem", problem);
        return pages.render("experiment", model);
    }
}
