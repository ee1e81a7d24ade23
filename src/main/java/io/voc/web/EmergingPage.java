package io.voc.web;

import io.voc.insight.application.FindEmergingIssues;
import io.voc.insight.model.ComparisonPeriods;
import io.voc.insight.model.EmergingMethod;
import io.voc.insight.model.EmergingQuery;
import io.voc.insight.model.EmergingReport;
import io.voc.platform.model.DependencyUnavailableException;
import io.voc.platform.model.InvalidInputException;
import io.voc.search.model.Narrowing;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Emerging issues: what rose significantly in a window against the baseline before it, each linking to its
 * feedback, with the method in plain words. The filters live in the URL (a plain GET form), so a view can be
 * shared. Bad input or a store that is away shows a notice in place of the list.
 */
@RolesAllowed(Access.READ)
@Path("/emerging")
public class EmergingPage {
    private static final Logger LOG = Logger.getLogger(EmergingPage.class);

    private final Pages pages;
    private final FindEmergingIssues findEmerging;
    private final ProductChoices productChoices;
    private final CurrentCaller caller;

    EmergingPage(Pages pages, FindEmergingIssues findEmerging, ProductChoices productChoices, CurrentCaller caller) {
        this.pages = pages;
        this.findEmerging = findEmerging;
        this.productChoices = productChoices;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String emerging(@QueryParam("product") String product, @QueryParam("region") String region,
            @QueryParam("platform") String platform, @QueryParam("appVersion") String appVersion,
            @QueryParam("window") String window, @QueryParam("baseline") String baseline,
            @QueryParam("to") String to) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", Map.of("product", blank(product), "region", blank(region), "platform", blank(platform),
                "appVersion", blank(appVersion), "window", window == null || window.isBlank()
                        ? ComparisonPeriods.DEFAULT_WINDOW : window,
                "baseline", baseline == null || baseline.isBlank() ? ComparisonPeriods.DEFAULT_BASELINE : baseline,
                "to", blank(to)));
        List<String> products = new ArrayList<>(productChoices.visibleTo(caller.products()));
        if (product != null && !product.isBlank() && !products.contains(product.strip())) {
            products.add(product.strip()); // not in the catalog (yet): keep it chosen
        }
        model.put("products", products);
        model.put("method", EmergingMethod.EXPLANATION);
        model.put("minBaseline", EmergingMethod.MIN_BASELINE);
        try {
            EmergingQuery query = EmergingQuery.parse(product, region, platform, appVersion, window, baseline, to,
                    caller.products(), Instant.now());
            EmergingReport report = findEmerging.find(query);
            var periods = query.periods();
            model.put("report", report);
            model.put("windowDays", ExplorerLink.from(periods.windowFrom()) + " to "
                    + ExplorerLink.to(periods.windowTo()));
            model.put("baselineDays", ExplorerLink.from(periods.baselineFrom()) + " to "
                    + ExplorerLink.to(periods.baselineTo()));
            model.put("widened", report.widened().stream().map(Narrowing.Field::parameter).toList());
            model.put("rows", report.items().stream().map(i -> EmergingRow.of(query, i)).toList());
        } catch (InvalidInputException e) {
            model.put("problem", e.getMessage());
        } catch (DependencyUnavailableException e) {
            LOG.warn(e.getMessage());
            model.put("problem", "Emerging issues are unavailable right now (Elasticsearch cannot be reached). "
                    + "Try again shortly.");
        }
        return pages.render("emerging", model);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
