package io.voc.web;

import io.voc.search.application.OverviewFeedback;
import io.voc.search.model.Overview;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The numbers behind the Overview page, for analysts and bots too. */
@Path("/api/v1/overview")
@RolesAllowed(Access.READ)
@Produces(MediaType.APPLICATION_JSON)
public class OverviewApi {
    private final OverviewFeedback overviews;
    private final CurrentCaller caller;

    OverviewApi(OverviewFeedback overviews, CurrentCaller caller) {
        this.overviews = overviews;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Overview of a product and period",
            description = "Volume, average sentiment, share of negative feedback and average rating for the period "
                    + "and the one of the same length before it, a time series of each (hourly up to 3 days, daily up "
                    + "to 120, weekly beyond), the rating distribution, the top 10 topics and aspects, and breakdowns "
                    + "by channel, region, platform and app version. Default period: the 30 days up to the end of "
                    + "today (UTC). Without product: all the caller's products. Narrowed by " + FeedbackApi.NARROWING
                    + ", as search is.")
    public Overview overview(@QueryParam("product") String product, @QueryParam("from") String from,
            @QueryParam("to") String to, @Context UriInfo uri) {
        return overviews.overview(product, from, to, FeedbackApi.narrowing(uri), caller.products());
    }
}
