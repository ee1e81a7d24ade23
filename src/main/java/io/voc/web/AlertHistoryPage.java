package io.voc.web;

import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import io.voc.query.application.ReadScheduleRuns;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/** The alert history: every alert the schedules of the saved queries one sees fired, newest first. */
@RolesAllowed(Access.READ)
@Path("/queries/alerts")
@Produces(MediaType.TEXT_HTML)
public class AlertHistoryPage {
    private final Pages pages;
    private final ReadScheduleRuns runs;
    private final CurrentCaller caller;

    AlertHistoryPage(Pages pages, ReadScheduleRuns runs, CurrentCaller caller) {
        this.pages = pages;
        this.runs = runs;
        this.caller = caller;
    }

    @GET
    public Response show(@QueryParam("page") String page) {
        return PageForms.answer(() -> {
            Map<String, Object> model = new HashMap<>();
            model.put("history", runs.fired(caller.get(), SavedQueryApi.page(page), false));
            return PageForms.html(Response.Status.OK, pages.render("alert-history", model));
        }, problem -> {
            Map<String, Object> model = new HashMap<>();
            model.put("problem", problem);
            return pages.render("alert-history", model);
        });
    }
}
