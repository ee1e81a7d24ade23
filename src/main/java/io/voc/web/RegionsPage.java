package io.voc.web;

import io.voc.region.application.ReadRegionStatus;
import io.voc.web.security.Access;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;

/**
 * The admin page of the cross-region bridge: per source region its state, lag, throughput, last sync and
 * what the in-flight transforms changed. It reloads itself every 5 s (no script).
 */
@RolesAllowed(Access.ADMIN)
@Path("/admin/regions")
public class RegionsPage {
    private final Pages pages;
    private final ReadRegionStatus regions;

    RegionsPage(Pages pages, ReadRegionStatus regions) {
        this.pages = pages;
        this.regions = regions;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show() {
        Map<String, Object> model = new HashMap<>();
        model.put("enabled", regions.bridgeEnabled());
        model.put("regions", regions.statuses());
        return pages.render("regions", model);
    }
}
