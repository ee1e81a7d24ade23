package io.voc.region.application;

import java.time.Instant;
import java.util.Map;

/**
 * How one source region's bridge is doing on this instance, for the admin page and the API.
 *
 * @param state        running, unreachable (retrying with back-off), fenced (another instance took over)
 *                     or stopped
 * @param lag          records in the region's topic not carried home yet; null while unknown
 * @param perSecond    records carried per second over the last minute
 * @param lastSync     when a batch last reached home; null before the first
 * @param outcomes     records since start by outcome: kept, dropped, rejected
 * @param changes      what the transforms changed since start, by transform and kind
 */
public record RegionStatus(String region, String bootstrap, String state, String problem, Long lag,
        double perSecond, Instant lastSync, Map<String, Long> outcomes, Map<String, Map<String, Long>> changes) {
}
