package io.voc.web;

import io.voc.insight.application.FindEmergingIssues;
import io.voc.insight.model.EmergingQuery;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Emerging issues: topics, aspects and terms whose volume or negativity rose significantly. */
@Path("/api/v1/emerging")
@Produces(MediaType.APPLICATION_JSON)
public class EmergingApi {
    private final FindEmergingIssues findEmerging;
    private final CurrentCaller caller;

    EmergingApi(FindEmergingIssues findEmerging, CurrentCaller caller) {
        this.findEmerging = findEmerging;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Access.READ)
    @Operation(summary = "Emerging issues",
            description = "Topics, aspects and terms whose share of feedback (volume) or share of negative feedback "
                    + "(negativity) rose significantly in the window against the baseline right before it. product, "
                    + "region, platform, appVersion narrow both periods; window (default 7d) and baseline (default 28d) "
                    + "in days or weeks (7d, 4w); to: the window's end, a date (that day included) or a date-time, "
                    + "default the end of today (UTC). Items are ranked by how many times the share grew; `method` "
                    + "explains the test.")
    public EmergingJson emerging(@QueryParam("product") String product, @QueryParam("region") String region,
            @QueryParam("platform") String platform, @QueryParam("appVersion") String appVersion,
            @QueryParam("window") String window, @QueryParam("baseline") String baseline,
            @QueryParam("to") String to) {
        EmergingQuery query = EmergingQuery.parse(product, region, platform, appVersion, window, baseline, to,
                caller.products(), Instant.now());
        return EmergingJson.of(findEmerging.find(query));
    }
}
