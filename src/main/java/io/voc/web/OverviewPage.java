package io.voc.web;

import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * The product manager's overview of a product and period. The page carries the filter form (its values
 * are GET parameters, so a link shows the same overview); its script draws the figures from
 * {@code GET /api/v1/overview} with the same parameters, so the page and the API never disagree, and the
 * API judges the filters (a bad date, a product not granted) once, for both.
 */
@RolesAllowed(Access.READ)
@Path("/overview")
public class OverviewPage {
    private final Pages pages;
    private final ProductChoices productChoices;
    private final CurrentCaller caller;

    OverviewPage(Pages pages, ProductChoices productChoices, CurrentCaller caller) {
        this.pages = pages;
        this.productChoices = productChoices;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show(@QueryParam("product") String product, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("region") String region, @QueryParam("platform") String platform,
            @QueryParam("appVersion") String appVersion) {
        return pages.render("overview", Map.of("product", orEmpty(product), "from", orEmpty(from), "to", orEmpty(to),
                "products", productChoices.visibleTo(caller.products()),
                "narrowing", Map.of("region", orEmpty(region), "platform", orEmpty(platform),
                        "appVersion", orEmpty(appVersion))));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
