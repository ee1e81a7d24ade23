package io.voc.web;

import io.voc.platform.model.DependencyUnavailableException;
import io.voc.platform.model.InvalidInputException;
import io.voc.search.application.CompareFeedback;
import io.voc.search.model.CompareRequest;
import io.voc.search.model.Comparison;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Compare: two app versions, regions, platforms, channels or periods side by side, and the topics and
 * aspects whose share changed most. A plain GET form: the comparison lives in the URL and can be shared;
 * nothing is compared until both sides are named.
 */
@RolesAllowed(Access.READ)
@Path("/compare")
public class ComparePage {
    private static final Logger LOG = Logger.getLogger(ComparePage.class);
    /** What the "by" select offers, in order, with its label. */
    static final Map<String, String> DIMENSIONS = new LinkedHashMap<>();

    static {
        DIMENSIONS.put("appVersion", "App version");
        DIMENSIONS.put("region", "Region");
        DIMENSIONS.put("platform", "Platform");
        DIMENSIONS.put("channel", "Channel");
        DIMENSIONS.put("period", "Period (FROM/TO)");
    }

    private final Pages pages;
    private final CompareFeedback compare;
    private final ProductChoices productChoices;
    private final CurrentCaller caller;

    ComparePage(Pages pages, CompareFeedback compare, ProductChoices productChoices, CurrentCaller caller) {
        this.pages = pages;
        this.compare = compare;
        this.productChoices = productChoices;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String compare(@QueryParam("product") String product, @QueryParam("by") String by,
            @QueryParam("a") String a, @QueryParam("b") String b, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Map<String, Object> model = new HashMap<>();
        String dimension = by == null || by.isBlank() ? "appVersion" : by;
        model.put("form", Map.of("product", blank(product), "by", dimension, "a", blank(a), "b", blank(b),
                "from", blank(from), "to", blank(to)));
        model.put("dimensions", DIMENSIONS);
        model.put("products", productChoices.visibleTo(caller.products()));
        if (a == null || a.isBlank() || b == null || b.isBlank()) {
            model.put("hint", true);
            return pages.render("compare", model);
        }
        try {
            CompareRequest request = CompareRequest.parse(product, dimension, a, b, from, to, caller.products());
            Comparison comparison = compare.compare(request);
            model.put("comparison", comparison);
            // each count leads to the feedback it counts
            model.put("feedbackOfA", ExplorerLink.of(request.side(true)));
            model.put("feedbackOfB", ExplorerLink.of(request.side(false)));
            model.put("empty", comparison.a().totals().count() == 0 && comparison.b().totals().count() == 0);
        } catch (InvalidInputException e) {
            model.put("problem", e.getMessage());
        } catch (DependencyUnavailableException e) {
            LOG.warn(e.getMessage());
            model.put("problem", "The comparison is unavailable right now: " + e.userMessage() + ".");
        }
        return pages.render("compare", model);
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
