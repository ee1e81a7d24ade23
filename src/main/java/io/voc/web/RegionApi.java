package io.voc.web;

import io.voc.platform.VocConfig;
import io.voc.region.application.LoadDemoRegionFeedback;
import io.voc.region.application.ReadRegionStatus;
import io.voc.region.application.RegionStatus;
import io.voc.web.security.Access;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The cross-region bridge for operators (docs/regions.md): its status, and the demo's regional feedback. */
@RolesAllowed(Access.ADMIN)
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
public class RegionApi {
    private final ReadRegionStatus regions;
    private final LoadDemoRegionFeedback demo;
    private final boolean demoEnabled;

    RegionApi(ReadRegionStatus regions, LoadDemoRegionFeedback demo, VocConfig config) {
        this.regions = regions;
        this.demo = demo;
        this.demoEnabled = config.demo().enabled();
    }

    public record Regions(boolean bridgeEnabled, List<RegionStatus> regions) {
    }

    public record DemoRegions(Map<String, Integer> regions) {
    }

    @GET
    @Path("/regions")
    @Operation(summary = "Each source region's bridge on this instance: state, lag, records/s, last sync, "
            + "outcomes and the transforms' changes")
    public Regions regions() {
        return new Regions(regions.bridgeEnabled(), regions.statuses());
    }

    @POST
    @Path("/demo-region-feedback")
    @Operation(summary = "Write demo feedback (one in ten with PII) into each configured region's own cluster, "
            + "for the bridge to carry home (only where voc.demo.enabled=true and the bridge is on, as with "
            + "./voc up --regions)")
    public DemoRegions loadDemoRegionFeedback() {
        if (!demoEnabled) {
            throw new NotFoundException("demo data is disabled on this installation (voc.demo.enabled=false)");
        }
        if (!regions.bridgeEnabled()) {
            throw new NotFoundException("the bridge is off on this instance (voc.bridge.enabled=false)");
        }
        return new DemoRegions(demo.load());
    }
}
