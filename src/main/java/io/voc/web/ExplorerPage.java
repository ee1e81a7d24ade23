package io.voc.web;

import io.voc.account.model.Scope;
import io.voc.nlp.application.EnrichmentControl;
import io.voc.platform.model.InvalidInputException;
import io.voc.search.application.ExploreFeedback;
import io.voc.search.application.StoreUnavailableException;
import io.voc.search.model.FeedbackQuery;
import io.voc.search.model.FeedbackSort;
import io.voc.search.model.Narrowing;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Arrays;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The Explorer, the dashboard's home: search feedback, narrow it down by facets, read it. Every filter is a
 * URL parameter (the same as the search API's), so a view is a link. A dependency being away degrades the
 * page (a notice in place of results) instead of breaking it.
 */
@RolesAllowed(Access.READ)
@Path("/")
public class ExplorerPage {
    private static final Logger LOG = Logger.getLogger(ExplorerPage.class);

    private final Pages pages;
    private final EnrichmentControl enrichment;
    private final ExploreFeedback exploreFeedback;
    private final ProductChoices productChoices;
    private final CurrentCaller caller;

    ExplorerPage(Pages pages, ExploreFeedback exploreFeedback, ProductChoices productChoices,
            EnrichmentControl enrichment, CurrentCaller caller) {
        this.pages = pages;
        this.exploreFeedback = exploreFeedback;
        this.productChoices = productChoices;
        this.enrichment = enrichment;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String explore(@QueryParam("q") String q, @QueryParam("product") String product,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("sort") String sort, @Context UriInfo uri) {
        Map<String, Object> model = new HashMap<>();
        model.put("q", q == null ? "" : q);
        model.put("product", product == null ? "" : product);
        model.put("from", from == null ? "" : from);
        model.put("to", to == null ? "" : to);
        model.put("sort", sort == null ? "" : sort);
        // relevance is what "best match" gives with words; listed apart from the default it would only confuse
        model.put("sorts", Arrays.stream(FeedbackSort.values()).filter(s -> s != FeedbackSort.RELEVANCE).toList());
        model.put("products", productChoices.visibleTo(caller.products()));
        model.put("canExport", caller.get().may(Scope.QUERY));
        model.put("canSaveQuery", caller.get().may(Scope.QUERY));
        // feedback is searchable before it is analysed: say so when the NLP stage is behind
        model.put("nlpLag", enrichment.lag());
        model.put("nlpHeld", enrichment.isHeld());
        try {
            Narrowing narrowing = FeedbackApi.narrowing(uri);
            ExplorerLinks links = new ExplorerLinks(q, product, from, to, sort, narrowing);
            model.put("links", links);
            model.put("narrowedBy", links.narrowedBy());
            FeedbackQuery query = FeedbackQuery.parse(q, product, from, to, narrowing, page, null, sort,
                    caller.products());
            model.put("exploration", exploreFeedback.explore(query));
        } catch (InvalidInputException e) {
            model.put("problem", e.getMessage());
        } catch (StoreUnavailableException e) {
            LOG.warn(e.getMessage());
            model.put("problem", "Search is unavailable right now (Elasticsearch cannot be reached). Try again shortly.");
        }
        return pages.render("explorer", model);
    }
}
