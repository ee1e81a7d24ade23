package io.voc.web;

import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import io.voc.nlp.application.EnrichmentControl;
import io.voc.platform.model.InvalidInputException;
import io.voc.search.application.SearchFeedback;
import io.voc.search.application.StoreUnavailableException;
import io.voc.search.model.FeedbackPage;
import io.voc.search.model.FeedbackQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The dashboard's home: search and read feedback. A dependency being away degrades the page
 * (a notice in place of results) instead of breaking it.
 */
@RolesAllowed(Access.READ)
@Path("/")
public class DashboardPage {
    private static final Logger LOG = Logger.getLogger(DashboardPage.class);

    private final Pages pages;
    private final EnrichmentControl enrichment;
    private final SearchFeedback searchFeedback;
    private final ProductChoices productChoices;
    private final CurrentCaller caller;

    DashboardPage(Pages pages, SearchFeedback searchFeedback, ProductChoices productChoices, EnrichmentControl enrichment,
            CurrentCaller caller) {
        this.caller = caller;
        this.enrichment = enrichment;
        this.pages = pages;
        this.searchFeedback = searchFeedback;
        this.productChoices = productChoices;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String home(@QueryParam("q") String q, @QueryParam("product") String product,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page) {
        Map<String, Object> model = new HashMap<>();
        model.put("q", q == null ? "" : q);
        model.put("product", product == null ? "" : product);
        model.put("from", from == null ? "" : from);
        model.put("to", to == null ? "" : to);
        model.put("products", productChoices.visibleTo(caller.products()));
        model.put("links", new PageLinks(q, product, from, to));
        // feedback is searchable before it is analysed: say so when the NLP stage is behind
        model.put("nlpLag", enrichment.lag());
        model.put("nlpHeld", enrichment.isHeld());
        try {
            FeedbackPage result = searchFeedback.search(FeedbackQuery.parse(q, product, from, to, page, null, caller.products()));
            model.put("result", result);
        } catch (InvalidInputException e) {
            model.put("problem", e.getMessage());
        } catch (StoreUnavailableException e) {
            LOG.warn(e.getMessage());
            model.put("problem", "Search is unavailable right now (Elasticsearch cannot be reached). Try again shortly.");
        }
        return pages.render("dashboard", model);
    }
}
