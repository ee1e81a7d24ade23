package io.voc.region.application;

import java.util.List;

/** Port: the bridges this instance runs, one per configured source region. */
public interface RegionBridges {

    /** Each configured region's status, by name; empty when the bridge role is off. */
    List<RegionStatus> statuses();

    boolean enabled();
}
