package io.voc.web;

import io.voc.web.security.Access;
import jakarta.annotation.security.RolesAllowed;
import io.voc.feedback.application.ListProducts;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.nlp.application.ManageReenrichment;
import io.voc.nlp.application.ReenrichmentReport;
import io.voc.platform.model.IllegalJobStateException;
import io.voc.platform.model.DependencyUnavailableException;
import io.voc.platform.model.InvalidInputException;
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
 * The admin page of re-enrichment: jobs with progress and ETA, a start form and cancel buttons. Plain
 * forms that post and redirect, and a meta refresh while a job is unfinished: no script, so a strict
 * Content-Security-Policy fits.
 */
@RolesAllowed(Access.ADMIN)
@Path("/admin/reenrichment")
public class ReenrichmentPage {
    private static final Logger LOG = Logger.getLogger(ReenrichmentPage.class);
    private static final String PAGE = "/admin/reenrichment";

    private final Pages pages;
    private final ManageReenrichment reenrichment;
    private final ListProducts listProducts;

    ReenrichmentPage(Pages pages, ManageReenrichment reenrichment, ListProducts listProducts) {
        this.pages = pages;
        this.reenrichment = reenrichment;
        this.listProducts = listProducts;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show() {
        return render(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response start(@FormParam("scope") String scope, @FormParam("product") String product) {
        try {
            reenrichment.start(scope, product);
            return backToPage();
        } catch (InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(render(e.getMessage())).build();
        } catch (DependencyUnavailableException e) {
            LOG.warn(e.getMessage());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(render(e.userMessage())).build();
        }
    }

    @POST
    @Path("/{id}/cancel")
    @Produces(MediaType.TEXT_HTML)
    public Response cancel(@PathParam("id") String id) {
        try {
            reenrichment.cancel(id);
            return backToPage(); // a job that no longer exists simply is not listed
        } catch (IllegalJobStateException e) {
            return backToPage(); // it finished before the click arrived: the list shows how
        } catch (DependencyUnavailableException e) {
            LOG.warn(e.getMessage());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(render(e.userMessage())).build();
        }
    }

    private String render(String problem) {
        Map<String, Object> model = new HashMap<>();
        List<ReenrichmentReport> jobs = List.of();
        try {
            jobs = reenrichment.recent(20);
        } catch (DependencyUnavailableException e) {
            LOG.warn(e.getMessage());
            problem = problem == null ? "Jobs cannot be listed right now (PostgreSQL cannot be reached). Try again shortly."
                    : problem;
        }
        model.put("jobs", jobs);
        model.put("problem", problem);
        model.put("products", products());
        model.put("refresh", jobs.stream().anyMatch(job -> !job.finished()));
        return pages.render("reenrichment", model);
    }

    private List<String> products() {
        try {
            return listProducts.list(ProductScope.allProducts()).stream().map(ProductKey::value).toList();
        } catch (DependencyUnavailableException e) {
            return List.of();
        }
    }

    /** Post, redirect, get: a reload does not start a second job. */
    private static Response backToPage() {
        return Response.seeOther(URI.create(PAGE)).build();
    }
}
