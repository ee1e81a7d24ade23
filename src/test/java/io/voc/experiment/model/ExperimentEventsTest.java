package io.voc.experiment.model;

import io.voc.experiment.model.stats.MetricKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.feedback.model.ProductKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Exposures and metric events refuse bad values naming the field, and an exposure is placed in its phase. */
class ExperimentEventsTest {
    private static final ExperimentKey KEY = new ExperimentKey("checkout-button");
    private static final Instant NOW = Instant.now();

    @Test
    void anExposureNamesTheFieldItBreaks() {
        refused("eventId", () -> exposure(null, "u1", "b", null, NOW));
        refused("eventId", () -> exposure("x".repeat(101), "u1", "b", null, NOW));
        refused("userId", () -> exposure("e1", " ", "b", null, NOW));
        refused("variant", () -> exposure("e1", "u1", "", null, NOW));
        refused("phase", () -> exposure("e1", "u1", "b", 0, NOW));
        refused("at", () -> exposure("e1", "u1", "b", null, null));
        refused("at", () -> exposure("e1", "u1", "b", null, NOW.plus(Duration.ofDays(2))));
        assertEquals("x".repeat(100), exposure("x".repeat(100), "u1", "b", null, NOW.plus(Duration.ofHours(23)))
                .eventId());
    }

    @Test
    void aMetricEventNamesTheFieldItBreaks() {
        refused("metric", () -> new MetricEvent("e1", "u1", null, "Revenue!", 1, NOW));
        refused("value", () -> new MetricEvent("e1", "u1", null, "revenue", Double.NaN, NOW));
        refused("value", () -> new MetricEvent("e1", "u1", null, "revenue", Double.POSITIVE_INFINITY, NOW));
        refused("at", () -> new MetricEvent("e1", "u1", null, "revenue", 1, NOW.plus(Duration.ofDays(2))));
        assertEquals(new ProductKey("pocketbank"),
                new MetricEvent("e1", "u1", new ProductKey("pocketbank"), "revenue", -3.5, NOW).product());
    }

    @Test
    void anExposureIsPlacedInThePhaseRunningAtItsTimeOrTheOneItNames() {
        Instant start = NOW.minus(Duration.ofHours(2));
        Instant split = NOW.minus(Duration.ofHours(1));
        Experiment experiment = Experiment.restore(new Experiment.State(java.util.UUID.randomUUID(), design(), "olga",
                ExperimentStatus.RUNNING, List.of(new Phase(1, "s1", Allocation.even("control", "b"), start, split),
                        new Phase(2, "s2", Allocation.even("control", "c"), split, null)), null, start, split));

        assertEquals(1, PlacedExposure.of(experiment, exposure("e1", "u1", "b", null, split.minusMillis(1))).phase());
        assertEquals(2, PlacedExposure.of(experiment, exposure("e2", "u1", "c", null, split)).phase());
        assertEquals(1, PlacedExposure.of(experiment, exposure("e3", "u1", "b", 1, NOW)).phase());
        InvalidExperimentException noVariant = assertThrows(InvalidExperimentException.class,
                () -> PlacedExposure.of(experiment, exposure("e4", "u1", "b", null, NOW)));
        assertEquals("variant", noVariant.field());
        assertTrue(noVariant.getMessage().contains("no variant 'b' in phase 2"), noVariant.getMessage());
        refused("phase", () -> PlacedExposure.of(experiment, exposure("e5", "u1", "b", 3, NOW)));
        refused("at", () -> PlacedExposure.of(experiment, exposure("e6", "u1", "b", null, start.minusSeconds(1))));
    }

    private static Design design() {
        return new Design(KEY, "A green button makes more people pay.", new ProductKey("pocketbank"),
                Allocation.even("control", "b"), new Targeting(Set.of(), Set.of(), Set.of()),
                new Metrics(new Metric("conversion", MetricKind.PROPORTION, Metric.Goal.INCREASE), List.of(),
                        List.of()), 100, null);
    }

    private static Exposure exposure(String id, String user, String variant, Integer phase, Instant at) {
        return new Exposure(id, KEY, user, variant, phase, at);
    }

    private static void refused(String field, Executable bad) {
        InvalidExperimentException e = assertThrows(InvalidExperimentException.class, bad::execute);
        assertEquals(field, e.field(), e.getMessage());
    }

    /** A check that may throw. */
    private interface Executable {
        void execute();
    }
}
