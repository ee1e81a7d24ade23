package io.voc.region;

import static io.voc.support.SignedIn.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.voc.support.OwnPipeline;
import io.voc.support.PackagedApp;
import io.voc.support.RegionBroker;
import io.voc.support.RegionTraffic;
import io.voc.support.TestStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The bridge role against real brokers: two regions' clusters (separate Kafka processes) and the home test
 * stack. Records reach home once, cleaned by each region's own chain of transforms; what a transform cannot
 * handle goes to the home dead letters with the reason; a region that is down for a minute does not hold up
 * the other and catches up afterwards.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
@TestProfile(RegionBridgeTest.Bridging.class)
class RegionBridgeTest {
    static final String NAME = "voc-test-bridge-" + UUID.randomUUID().toString().substring(0, 8);
    static final String SOURCE_TOPIC = "voc.feedback.raw";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static class Bridging implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("voc.indexer.enabled", "false");
            config.put("voc.nlp.enabled", "false");
            config.put("voc.bridge.enabled", "true");
            config.put("voc.bridge.offsets-topic", NAME + ".bridge-offsets");
            config.put("voc.bridge.max-backoff", "2s");
            config.put("voc.regions.sg.bootstrap", RegionBroker.shared("sg").bootstrap());
            config.put("voc.regions.sg.transforms[0].type", "scrub-pii");
            config.put("voc.regions.sg.transforms[1].type", "stamp-region");
            // us still sends some feedback in schema 2 (body, stars) and tests with channel "test"
            config.put("voc.regions.us.bootstrap", RegionBroker.shared("us").bootstrap());
            config.put("voc.regions.us.transforms[0].type", "map-schema");
            config.put("voc.regions.us.transforms[0].v2.rename.body", "text");
            config.put("voc.regions.us.transforms[0].v2.rename.stars", "rating");
            config.put("voc.regions.us.transforms[1].type", "scrub-pii");
            config.put("voc.regions.us.transforms[2].type", "stamp-region");
            config.put("voc.regions.us.transforms[3].type", "drop");
            config.put("voc.regions.us.transforms[3].name", "test-traffic");
            config.put("voc.regions.us.transforms[3].field", "channel");
            config.put("voc.regions.us.transforms[3].equals", "test");
            try {
                for (String region : List.of("sg", "us")) {
                    RegionTraffic.ensureTopic(RegionBroker.shared(region).bootstrap(), SOURCE_TOPIC, 3);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return OwnPipeline.named(NAME, config);
        }
    }

    @Test
    void feedbackFromTwoRegionsArrivesHomeOnceAndCleaned() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> sg = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            sg.add(RegionTraffic.feedback(run, "sg", i));
        }
        List<String> us = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            us.add(RegionTraffic.feedback(run, "us", i));
        }
        // 100 in the older schema, 50 test records, one that is not JSON at all, one of an unknown schema
        for (int i = 0; i < 100; i++) {
            us.add("{\"schemaVersion\":2,\"product\":\"bridge-demo\",\"channel\":\"in_app\",\"sourceId\":\"" + run
                    + "-us-v2-" + i + "\",\"body\":\"old app, mail me at old.user" + i + "@example.com\",\"stars\":4}");
        }
        for (int i = 0; i < 50; i++) {
            us.add("{\"product\":\"bridge-demo\",\"channel\":\"test\",\"sourceId\":\"" + run + "-test-" + i
                    + "\",\"text\":\"synthetic probe\"}");
        }
        us.add("this is not JSON " + run);
        us.add("{\"schemaVersion\":7,\"product\":\"bridge-demo\",\"sourceId\":\"" + run + "-v7\",\"text\":\"x\"}");
        RegionTraffic.produce(RegionBroker.shared("sg").bootstrap(), SOURCE_TOPIC, sg);
        RegionTraffic.produce(RegionBroker.shared("us").bootstrap(), SOURCE_TOPIC, us);

        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> ofRun(RegionTraffic.committed(PackagedApp.KAFKA,
                NAME + ".raw", 0, Duration.ofSeconds(3)), run).size() >= 2_100);
        List<ConsumerRecord<String, byte[]>> home = ofRun(RegionTraffic.committed(PackagedApp.KAFKA, NAME + ".raw",
                2_100, Duration.ofSeconds(30)), run);

        assertEquals(2_100, home.size(), "1,000 from sg, 1,000 + 100 mapped from us; the 50 test records dropped");
        Set<String> sources = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : home) {
            JsonNode feedback = JSON.readTree(record.value());
            assertTrue(sources.add(feedback.path("sourceId").asText()), "twice: " + feedback);
            assertFalse(RegionTraffic.PII.matcher(RegionTraffic.text(record)).find(), "PII left: " + feedback);
            String region = RegionTraffic.header(record, "voc.source-region");
            assertEquals(region, feedback.path("attributes").path("sourceRegion").asText(), feedback.toString());
            assertFalse(feedback.has("body"), feedback.toString());
        }
        JsonNode mapped = home.stream().map(r -> readTree(r.value()))
                .filter(f -> f.path("sourceId").asText().equals(run + "-us-v2-7")).findFirst().orElseThrow();
        assertEquals("old app, mail me at [EMAIL]", mapped.path("text").asText());
        assertEquals(4, mapped.path("rating").asInt());
        assertTrue(home.stream().anyMatch(r -> RegionTraffic.text(r).contains("card [CARD] was charged twice")));

        // the two records no transform could handle wait in the home dead letters, with the reason
        List<ConsumerRecord<String, byte[]>> dead = RegionTraffic.committed(PackagedApp.KAFKA, NAME + ".dlq", 2,
                Duration.ofSeconds(30)).stream().filter(r -> RegionTraffic.text(r).contains(run)).toList();
        assertEquals(2, dead.size());
        assertTrue(dead.stream().anyMatch(r -> RegionTraffic.header(r, "voc.error.reason").startsWith("malformed_json")));
        assertTrue(dead.stream().anyMatch(r -> RegionTraffic.header(r, "voc.error.reason").contains("7")));
        dead.forEach(r -> assertEquals("bridge", RegionTraffic.header(r, "voc.error.stage")));

        // what operators see
        asAdmin().get("/api/v1/admin/regions").then().statusCode(200)
                .body("bridgeEnabled", equalTo(true))
                .body("regions.find { it.region == 'us' }.outcomes.dropped", equalTo(50))
                .body("regions.find { it.region == 'sg' }.outcomes.kept", equalTo(1_000))
                .body("regions.find { it.region == 'sg' }.changes.'scrub-pii'.EMAIL", equalTo(25))
                .body("regions.find { it.region == 'sg' }.changes.'scrub-pii'.CARD", equalTo(25));
        asAdmin().get("/admin/regions").then().statusCode(200).body(containsString("data-region=\"sg\""));
    }

    /** The outage: one region's cluster stopped for 60 s during a run. */
    @Test
    void aRegionDownForAMinuteCatchesUpWhileTheOtherKeepsFlowing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        RegionBroker us = RegionBroker.shared("us");
        String sg = RegionBroker.shared("sg").bootstrap();
        RegionTraffic.produce(sg, SOURCE_TOPIC, batch(run, "sg", 0, 500));
        RegionTraffic.produce(us.bootstrap(), SOURCE_TOPIC, batch(run, "us", 0, 800));
        us.stop(); // some of its 800 may not have reached home yet
        long stoppedAt = System.nanoTime();

        // the other region keeps flowing while us is down, and us shows as unreachable
        for (int round = 1; round <= 3; round++) {
            RegionTraffic.produce(sg, SOURCE_TOPIC, batch(run, "sg", round * 500, 500));
            int expectedSg = (round + 1) * 500;
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> fromRegion(homeOfRun(run), "sg") >= expectedSg);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "unreachable".equals(asAdmin()
                .get("/api/v1/admin/regions").then().extract().path("regions.find { it.region == 'us' }.state")));
        long down = Duration.ofNanos(System.nanoTime() - stoppedAt).toSeconds();
        if (down < 60) {
            Thread.sleep((60 - down) * 1000);
        }

        us.start();
        RegionTraffic.produce(us.bootstrap(), SOURCE_TOPIC, batch(run, "us", 800, 500));
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> homeOfRun(run).size() >= 3_300);
        List<ConsumerRecord<String, byte[]>> home = ofRun(RegionTraffic.committed(PackagedApp.KAFKA, NAME + ".raw",
                3_300, Duration.ofSeconds(30)), run);
        assertEquals(2_000, fromRegion(home, "sg"));
        assertEquals(1_300, fromRegion(home, "us"), "nothing of us lost, nothing twice");
        assertEquals(3_300, home.stream().map(r -> readTree(r.value()).path("sourceId").asText()).distinct().count());
        asAdmin().get("/api/v1/admin/regions").then().body("regions.find { it.region == 'us' }.state",
                equalTo("running"));
    }

    private static List<String> batch(String run, String region, int from, int count) {
        List<String> values = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            values.add(RegionTraffic.feedback(run, region, i));
        }
        return values;
    }

    private static List<ConsumerRecord<String, byte[]>> homeOfRun(String run) {
        return ofRun(RegionTraffic.committed(PackagedApp.KAFKA, NAME + ".raw", 0, Duration.ofSeconds(3)), run);
    }

    private static long fromRegion(List<ConsumerRecord<String, byte[]>> records, String region) {
        return records.stream().filter(r -> region.equals(RegionTraffic.header(r, "voc.source-region"))).count();
    }

    private static List<ConsumerRecord<String, byte[]>> ofRun(List<ConsumerRecord<String, byte[]>> records,
            String run) {
        return records.stream().filter(r -> RegionTraffic.text(r).contains("\"" + run + "-")).toList();
    }

    private static JsonNode readTree(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
