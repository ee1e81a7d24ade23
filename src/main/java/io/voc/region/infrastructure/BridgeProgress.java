package io.voc.region.infrastructure;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.voc.region.application.RegionStatus;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one region's bridge has done, for its status and its metrics ({@code voc.bridge.*}, tagged with the
 * region): records carried by outcome, the transforms' changes by transform and kind, lag, and the time of
 * the last batch that reached home. Written by the bridge's thread, read by anyone.
 */
final class BridgeProgress {
    private static final long MINUTE_MS = 60_000;

    private final String region;
    private final String bootstrap;
    private final MeterRegistry registry;
    private final AtomicLong lag = new AtomicLong(-1);
    private final AtomicLong lastSyncMillis = new AtomicLong();
    private final Map<String, Long> outcomes = new TreeMap<>();
    private final Map<String, Map<String, Long>> changes = new TreeMap<>();
    /** (time, records) of the batches of the last minute, for the rate. */
    private final Deque<long[]> recent = new ArrayDeque<>();
    private volatile String state = "starting";
    private volatile String problem;

    BridgeProgress(String region, String bootstrap, MeterRegistry registry) {
        this.region = region;
        this.bootstrap = bootstrap;
        this.registry = registry;
        Gauge.builder("voc.bridge.lag", lag, l -> l.get() < 0 ? Double.NaN : l.get()).tag("region", region)
                .description("records in the region's topic not carried home yet").register(registry);
        Gauge.builder("voc.bridge.last.sync", lastSyncMillis, t -> t.get() / 1000.0).tag("region", region)
                .description("when a batch last reached home (epoch seconds)").register(registry);
    }

    void running() {
        state = "running";
        problem = null;
    }

    void unreachable(String why) {
        state = "unreachable";
        problem = why;
    }

    void fenced(String why) {
        state = "fenced";
        problem = why;
    }

    void stopped() {
        if (!"fenced".equals(state)) {
            state = "stopped";
        }
    }

    void lag(Long records) {
        lag.set(records == null ? -1 : records);
        if (records != null && "unreachable".equals(state)) {
            running();
        }
    }

    synchronized void carried(BatchTally batch, Instant at) {
        batch.outcomes().forEach((outcome, count) -> {
            outcomes.merge(outcome, count, Long::sum);
            registry.counter("voc.bridge.records", "region", region, "outcome", outcome).increment(count);
        });
        batch.changes().forEach((transform, byKind) -> byKind.forEach((kind, count) -> {
            changes.computeIfAbsent(transform, t -> new TreeMap<>()).merge(kind, count, Long::sum);
            registry.counter("voc.bridge.changes", "region", region, "transform", transform, "kind", kind)
                    .increment(count);
        }));
        long total = batch.records();
        long now = at.toEpochMilli();
        recent.addLast(new long[] { now, total });
        while (!recent.isEmpty() && recent.peekFirst()[0] < now - MINUTE_MS) {
            recent.removeFirst();
        }
        lastSyncMillis.set(now);
        if (!"running".equals(state)) {
            running();
        }
    }

    synchronized RegionStatus status() {
        long now = System.currentTimeMillis();
        long lastMinute = recent.stream().filter(r -> r[0] >= now - MINUTE_MS).mapToLong(r -> r[1]).sum();
        Map<String, Map<String, Long>> changesCopy = new LinkedHashMap<>();
        changes.forEach((t, byKind) -> changesCopy.put(t, Collections.unmodifiableMap(new TreeMap<>(byKind))));
        long sync = lastSyncMillis.get();
        return new RegionStatus(region, bootstrap, state, problem, lag.get() < 0 ? null : lag.get(),
                lastMinute / 60.0, sync == 0 ? null : Instant.ofEpochMilli(sync), Map.copyOf(outcomes), changesCopy);
    }
}
