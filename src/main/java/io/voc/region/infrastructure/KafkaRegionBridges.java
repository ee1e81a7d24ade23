package io.voc.region.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.voc.platform.VocConfig;
import io.voc.platform.kafka.KafkaClients;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import io.voc.region.application.RegionBridges;
import io.voc.region.application.RegionStatus;
import io.voc.region.model.TransformChain;
import io.voc.region.model.TransformChainFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The bridge role ({@code voc.bridge.enabled}): one {@link RegionBridge} thread per configured region, started
 * once the home topics exist. Every region's configuration and transforms are checked at start-up, so a
 * mistake stops the app with a message naming the property instead of bridging half-configured.
 */
@ApplicationScoped
class KafkaRegionBridges implements RegionBridges {
    private static final Logger LOG = Logger.getLogger(KafkaRegionBridges.class);
    private static final Duration SETUP_WAIT = Duration.ofSeconds(1);

    private final boolean enabled;
    private final List<RegionSettings> regions;
    private final Map<String, BridgeProgress> progress = new LinkedHashMap<>();
    private final List<RegionBridge> bridges = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final KafkaClients kafka;
    private final VocConfig config;
    private final PlatformSetup setup;
    private final ObjectMapper json;
    private final MeterRegistry registry;

    KafkaRegionBridges(VocConfig config, Config raw, KafkaClients kafka, PlatformSetup setup, ObjectMapper json,
            MeterRegistry registry) {
        this.enabled = config.bridge().enabled();
        this.regions = enabled ? RegionSettings.read(raw) : List.of();
        this.kafka = kafka;
        this.config = config;
        this.setup = setup;
        this.json = json;
        this.registry = registry;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (regions.isEmpty()) {
            LOG.warn("voc.bridge.enabled is true but no region is configured (voc.regions.<name>.bootstrap)");
            return;
        }
        RegionBridge.BridgeTopics topics = new RegionBridge.BridgeTopics(config.topics().raw(),
                config.topics().deadLetter(), config.bridge().offsetsTopic());
        RegionBridge.Tuning tuning = new RegionBridge.Tuning(config.bridge().maxBatch(),
                config.bridge().commitInterval(), config.bridge().maxBackoff());
        for (RegionSettings region : regions) {
            TransformChain chain = TransformChainFactory.chain(region.name(), region.transforms());
            BridgeProgress regionProgress = new BridgeProgress(region.name(), region.bootstrap(), registry);
            progress.put(region.name(), regionProgress);
            bridges.add(new RegionBridge(region, chain, kafka.properties(), topics, tuning, json, regionProgress));
        }
        Thread starter = new Thread(this::startWhenReady, "voc-bridge-start");
        starter.setDaemon(true);
        starter.start();
    }

    /** The bridges write to the home topics: they start once those exist. */
    private void startWhenReady() {
        try {
            while (!setup.isDone(SetupStep.KAFKA_TOPICS)) {
                Thread.sleep(SETUP_WAIT.toMillis());
            }
        } catch (InterruptedException e) {
            return;
        }
        synchronized (this) {
            for (RegionBridge bridge : bridges) {
                Thread thread = new Thread(bridge, "voc-bridge-" + bridge.transactionalId());
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        bridges.forEach(RegionBridge::stop);
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The configured regions (none while the bridge role is off). */
    List<RegionSettings> regions() {
        return regions;
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public List<RegionStatus> statuses() {
        return progress.values().stream().map(BridgeProgress::status).toList();
    }
}
