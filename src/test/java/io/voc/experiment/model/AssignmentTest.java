package io.voc.experiment.model;

import io.voc.experiment.model.stats.MetricKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.feedback.model.ProductKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Assignment: the same user always gets the same variant, a million simulated users split as the weights say
 * (within 1 % of each share), targeting and layers decide who takes part at all.
 */
class AssignmentTest {
    private static final ExperimentUser OWNER = new ExperimentUser("olga", false);
    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
    private static final int USERS = 1_000_000;

    @Test
    void theSameUserAlwaysGetsTheSameVariant() {
        Experiment experiment = running("stable", Allocation.even("control", "b"), Targeting.EVERYONE, null);
        Experiment restored = Experiment.restore(experiment.state()); // as read back from the database
        for (int i = 0; i < 1_000; i++) {
            UserAttributes user = user("user-" + i);
            Assignment first = experiment.assign(user).orElseThrow();
            assertEquals(first, experiment.assign(user).orElseThrow());
            assertEquals(first, restored.assign(user).orElseThrow());
        }
    }

    @Test
    void aMillionUsersSplitEvenlyWithinOnePercent() {
        Map<String, Integer> counts = split(running("even", Allocation.even("control", "b"), Targeting.EVERYONE, null));
        assertShare(counts, "control", 0.5);
        assertShare(counts, "b", 0.5);
    }

    @Test
    void weightsAreRespected() {
        Allocation weighted = new Allocation(List.of(new Variant("control", null, 7_000), new Variant("b", null, 2_000),
                new Variant("c", null, 1_000)));
        Map<String, Integer> counts = split(running("weighted", weighted, Targeting.EVERYONE, null));
        assertShare(counts, "control", 0.7);
        assertShare(counts, "b", 0.2);
        assertShare(counts, "c", 0.1);
    }

    @Test
    void bucketsAreUniform() {
        // ten equal ranges of the 10,000 buckets each get a tenth of the users, within 1 % of that tenth
        int[] deciles = new int[10];
        for (int i = 0; i < USERS; i++) {
            deciles[Buckets.of("uniformity:salt", "user-" + i) / 1_000]++;
        }
        for (int decile : deciles) {
            assertEquals(0.1, decile / (double) USERS, 0.001, "every tenth of the buckets gets a tenth of the users");
        }
    }

    @Test
    void aUserOutsideTheTargetingGetsNoVariantNotEvenTheControl() {
        Targeting androidInEu = new Targeting(Set.of("android"), Set.of("eu"), Set.of());
        Experiment experiment = running("targeted", Allocation.even("control", "b"), androidInEu, null);
        assertTrue(experiment.assign(new UserAttributes("u1", "Android", "EU", "3.9.0")).isPresent(),
                "targeted: case does not matter");
        assertEquals(Optional.empty(), experiment.assign(new UserAttributes("u1", "ios", "eu", "3.9.0")));
        assertEquals(Optional.empty(), experiment.assign(new UserAttributes("u1", "android", "us", "3.9.0")));
        assertEquals(Optional.empty(), experiment.assign(new UserAttributes("u1", null, "eu", "3.9.0")),
                "an unknown platform is not android");
    }

    @Test
    void onlyARunningExperimentAssigns() {
        Experiment experiment = Experiment.design(ExperimentLifecycleTest.design("checkout-button", null), OWNER, T0)
                .experiment();
        assertEquals(Optional.empty(), experiment.assign(user("u1")), "a draft assigns nobody");
        experiment.start(OWNER, T0, List.of());
        assertTrue(experiment.assign(user("u1")).isPresent());
        experiment.pause(OWNER, T0, null);
        assertEquals(Optional.empty(), experiment.assign(user("u1")), "paused: nobody new, nobody counted");
    }

    @Test
    void experimentsOnDisjointRangesOfALayerNeverShareAUser() {
        Experiment left = running("left", Allocation.even("control", "b"), Targeting.EVERYONE,
                new LayerSlot("checkout", 0, 3_000));
        Experiment right = running("right", Allocation.even("control", "b"), Targeting.EVERYONE,
                new LayerSlot("checkout", 3_000, 10_000));
        int inLeft = 0;
        for (int i = 0; i < 100_000; i++) {
            UserAttributes user = user("user-" + i);
            boolean a = left.assign(user).isPresent();
            boolean b = right.assign(user).isPresent();
            assertTrue(a != b, "user-" + i + " must be in exactly one of the two (in left: " + a + ", right: " + b + ")");
            inLeft += a ? 1 : 0;
        }
        assertEquals(0.3, inLeft / 100_000.0, 0.01, "the left experiment takes 30 % of the layer");
    }

    @Test
    void aNewPhaseAssignsUsersAfresh() {
        Experiment experiment = running("phased", Allocation.even("control", "b"), Targeting.EVERYONE, null);
        Map<String, String> before = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            before.put("user-" + i, experiment.assign(user("user-" + i)).orElseThrow().variant());
        }
        experiment.changeAllocation(Allocation.even("control", "b"), true, OWNER, T0.plusSeconds(60));
        long moved = before.entrySet().stream()
                .filter(e -> !experiment.assign(user(e.getKey())).orElseThrow().variant().equals(e.getValue())).count();
        // a fresh salt: about half of them land elsewhere, as in any new random split
        assertEquals(0.5, moved / 10_000.0, 0.03);
        assertEquals(2, experiment.assign(user("user-1")).orElseThrow().phase());
    }

    private static Map<String, Integer> split(Experiment experiment) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < USERS; i++) {
            counts.merge(experiment.assign(user("user-" + i)).orElseThrow().variant(), 1, Integer::sum);
        }
        return counts;
    }

    private static void assertShare(Map<String, Integer> counts, String variant, double share) {
        double got = counts.getOrDefault(variant, 0) / (double) USERS;
        // "within 1 %": of the share itself, e.g. 0.5 +- 0.005
        assertEquals(share, got, share * 0.01, variant + " got " + got + " of the users, not " + share);
    }

    private static Experiment running(String key, Allocation allocation, Targeting targeting, LayerSlot layer) {
        Design design = new Design(new ExperimentKey("exp-" + key), "B is better.", new ProductKey("pocketbank"),
                allocation, targeting,
                new Metrics(new Metric("conversion", MetricKind.PROPORTION, Metric.Goal.INCREASE), null, null),
                100, layer);
        Experiment experiment = Experiment.design(design, OWNER, T0).experiment();
        experiment.start(OWNER, T0, List.of());
        return experiment;
    }

    private static UserAttributes user(String id) {
        return new UserAttributes(id, "android", "eu", "3.9.0");
    }
}
