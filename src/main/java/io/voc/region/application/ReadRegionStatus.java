package io.voc.region.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Use case: how each source region's bridge is doing (the web layer shows it to admins only). */
@ApplicationScoped
public class ReadRegionStatus {
    private final RegionBridges bridges;

    ReadRegionStatus(RegionBridges bridges) {
        this.bridges = bridges;
    }

    public List<RegionStatus> statuses() {
        return bridges.statuses();
    }

    public boolean bridgeEnabled() {
        return bridges.enabled();
    }
}
