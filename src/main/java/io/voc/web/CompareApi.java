package io.voc.web;

import io.voc.search.application.CompareFeedback;
import io.voc.search.model.Comparison;
import io.voc.web.security.Access;
import io.voc.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The numbers behind the Compare page: two versions, regions, platforms, channels or periods side by side. */
@Path("/api/v1/compare")
@RolesAllowed(Access.READ)
@Produces(MediaType.APPLICATION_JSON)
public class CompareApi {
    private final CompareFeedback compare;
    private final CurrentCaller caller;

    CompareApi(CompareFeedback compare, CurrentCaller caller) {
        this.compare = compare;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Compare two slices of feedback",
            description = "by=appVersion|region|platform|channel with a and b the two values (within from/to), or "
                    + "by=period with a and b as FROM/TO windows. Answers each side's totals and the topics and "
                    + "aspects whose share of the side's feedback changed most (b minus a), with counts.")
    public Comparison compare(@QueryParam("product") String product, @QueryParam("by") String by,
            @QueryParam("a") String a, @QueryParam("b") String b, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return compare.compare(product, by, a, b, from, to, caller.products());
    }
}
