package io.voc.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.voc.support.PackagedApp;
import io.voc.support.RegionBroker;
import io.voc.support.RegionTraffic;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The crash test: two source clusters and the home cluster, 100,000 records (one in ten carrying PII)
 * carried by the packaged app in its bridge role, which is killed (SIGKILL, mid-transaction as it happens)
 * twice during the run and started again. Home's read_committed view then holds exactly the 100,000, each
 * once, without a single PII string.
 */
class BridgeCrashIT {
    private static final int PER_REGION = 50_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name = "bridge-crash-" + UUID.randomUUID().toString().substring(0, 8);
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aBridgeKilledTwiceCarriesEveryRecordOnceAndClean() throws Exception {
        RegionBroker sg = RegionBroker.create("sg");
        RegionBroker us = RegionBroker.create("us");
        List<Process> apps = new ArrayList<>();
        try {
            // regional clusters partitioned unlike home (6)
            RegionTraffic.ensureTopic(sg.bootstrap(), RegionBridgeTest.SOURCE_TOPIC, 3);
            RegionTraffic.ensureTopic(us.bootstrap(), RegionBridgeTest.SOURCE_TOPIC, 4);
            RegionTraffic.produce(sg.bootstrap(), RegionBridgeTest.SOURCE_TOPIC, feedback("sg"));
            RegionTraffic.produce(us.bootstrap(), RegionBridgeTest.SOURCE_TOPIC, feedback("us"));

            for (long killAt : List.of(20_000L, 55_000L)) {
                Process app = start(apps.size() + 1, sg, us);
                apps.add(app);
                long seen = awaitHome(killAt, Duration.ofMinutes(3));
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown, an open transaction
                assertTrue(seen < 2 * PER_REGION, "the kill must happen mid-run (home had ~" + seen + ")");
            }
            apps.add(start(apps.size() + 1, sg, us));
            awaitHome(2 * PER_REGION, Duration.ofMinutes(4));

            List<ConsumerRecord<String, byte[]>> home = RegionTraffic.committed(PackagedApp.KAFKA,
                    name + ".feedback.raw", 2L * PER_REGION, Duration.ofMinutes(2));
            Set<String> seen = new HashSet<>();
            int scrubbed = 0;
            for (ConsumerRecord<String, byte[]> record : home) {
                String text = RegionTraffic.text(record);
                assertTrue(seen.add(JSON.readTree(record.value()).path("sourceId").asText()), "twice: " + text);
                assertFalse(RegionTraffic.PII.matcher(text).find(), "PII left: " + text);
                scrubbed += text.matches(".*\\[(EMAIL|PHONE|CARD|NATIONAL_ID)].*") ? 1 : 0;
            }
            assertEquals(2 * PER_REGION, home.size(), "every record once in home's read_committed view");
            assertEquals(2 * PER_REGION / 10, scrubbed, "every record with PII carried, scrubbed");
        } finally {
            for (Process app : apps) {
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            sg.stop();
            us.stop();
        }
    }

    private List<String> feedback(String region) {
        List<String> values = new ArrayList<>(PER_REGION);
        for (int i = 0; i < PER_REGION; i++) {
            values.add(RegionTraffic.feedback(run, region, i));
        }
        return values;
    }

    private Process start(int number, RegionBroker sg, RegionBroker us) throws IOException {
        List<String> settings = new ArrayList<>(List.of("-Dvoc.indexer.enabled=false", "-Dvoc.nlp.enabled=false",
                "-Dvoc.bridge.enabled=true", "-Dvoc.bridge.offsets-topic=" + name + ".bridge-offsets",
                // small transactions: many commits, so a kill lands in the middle of one
                "-Dvoc.bridge.max-batch=500"));
        for (RegionBroker region : List.of(sg, us)) {
            String prefix = "-Dvoc.regions." + region.name() + ".";
            settings.addAll(List.of(prefix + "bootstrap=" + region.bootstrap(),
                    prefix + "transforms[0].type=scrub-pii", prefix + "transforms[1].type=stamp-region"));
        }
        return PackagedApp.start(name, Path.of("target/" + getClass().getSimpleName() + "-app-" + number + ".log"),
                PackagedApp.freePort(), "512m", settings.toArray(String[]::new));
    }

    /** Waits until home's raw topic has about {@code atLeast} committed records; returns how many it had. */
    private long awaitHome(long atLeast, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        long count = 0;
        while (System.nanoTime() < deadline) {
            count = homeEnd();
            if (count >= atLeast) {
                return count;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("home had ~" + count + " records after " + within);
    }

    /**
     * The home topic's last stable offsets summed: committed records plus transaction markers and aborted
     * records - about the records home has, cheap enough to watch the run with.
     */
    private long homeEnd() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PackagedApp.KAFKA);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(name + ".feedback.raw", Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return 0;
            }
            return consumer.endOffsets(partitions.stream().map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList()).values().stream().mapToLong(Long::longValue).sum();
        } catch (org.apache.kafka.common.KafkaException e) {
            return 0; // the app has not created the topic yet
        }
    }
}
