package io.voc.experiment.infrastructure;

import static io.voc.support.ArmAssertions.assertArm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.experiment.model.stats.MetricKind;
import io.voc.experiment.application.ExperimentEventStore;
import io.voc.experiment.application.ExperimentMeasurements;
import io.voc.experiment.model.FirstExposure;
import io.voc.experiment.application.Experiments;
import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.Exposure;
import io.voc.experiment.model.Metric;
import io.voc.experiment.model.MetricEvent;
import io.voc.experiment.model.Phase;
import io.voc.experiment.model.PlacedExposure;
import io.voc.experiment.model.stats.SampleStatistics;
import io.voc.feedback.model.ProductKey;
import io.voc.support.ExperimentDesigns;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The measurements on a small dataset whose sums are worked out by hand (the comments), in the real PostgreSQL.
 * Times are minutes after {@code t0}. Phase 1 of a pocketbank experiment, metric {@code revenue}:
 *
 * <pre>
 * u1 control: exposed 10 and again 20; revenue 5 at 5 (before: not counted), 3 at 15, 4 at 30      -> 7
 * u2 control: exposed 10; nothing                                                                   -> 0
 * u3 control: exposed 10; revenue 2 at 10 (at the exposure: counted)                                -> 2
 * u4 b:       exposed 10; revenue 10 at 11; 100 at 12 in another product (not counted)              -> 10
 * u5 b:       exposed 10; revenue 1 at 11, 1 at 12 (product unknown: counted)                       -> 2
 * u6:         control at 10, b at 12 - an app bug: in neither arm; revenue 50 not counted
 * u7 control: exposed in phase 2 only: not in phase 1
 * control: n 3, sum 7 + 0 + 2 = 9, squares 49 + 0 + 4 = 53;  b: n 2, sum 12, squares 100 + 4 = 104
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class PostgresExperimentMeasurementsTest {
    private static final Metric REVENUE = new Metric("revenue", MetricKind.MEAN, Metric.Goal.INCREASE);
    private static final Metric PAID = new Metric("revenue", MetricKind.PROPORTION, Metric.Goal.INCREASE);

    @Inject
    Experiments experiments;
    @Inject
    ExperimentEventStore store;
    @Inject
    ExperimentMeasurements measurements;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
    private Experiment experiment;
    private Phase phase1;

    @BeforeEach
    void dataset() {
        experiment = ExperimentDesigns.running(experiments, "measured-" + suffix);
        phase1 = new Phase(1, "salt", experiment.design().allocation(), t0, null);
        List<PlacedExposure> exposures = new ArrayList<>();
        exposures.add(exposure("u1", "control", 1, 10));
        exposures.add(exposure("u1", "control", 1, 20));
        exposures.add(exposure("u2", "control", 1, 10));
        exposures.add(exposure("u3", "control", 1, 10));
        exposures.add(exposure("u4", "b", 1, 10));
        exposures.add(exposure("u5", "b", 1, 10));
        exposures.add(exposure("u6", "control", 1, 10));
        exposures.add(exposure("u6", "b", 1, 12));
        exposures.add(exposure("u7", "control", 2, 10));
        assertEquals(9, store.addExposures(exposures));
        List<MetricEvent> events = List.of(event("u1", 5, 5, "pocketbank"), event("u1", 3, 15, "pocketbank"),
                event("u1", 4, 30, "pocketbank"), event("u3", 2, 10, "pocketbank"), event("u4", 10, 11, "pocketbank"),
                event("u4", 100, 12, "aurora-music"), event("u5", 1, 11, null), event("u5", 1, 12, null),
                event("u6", 50, 15, "pocketbank"), event("u7", 9, 15, "pocketbank"));
        assertEquals(events.size(), store.addMetricEvents(events));
        assertEquals(0, store.addMetricEvents(events), "stored once by event id");
        assertEquals(0, store.addExposures(exposures), "stored once by event id");
    }

    @Test
    void usersCountFromTheirFirstExposureAndThoseInTwoVariantsInNeither() {
        ExperimentMeasurements.Exposed exposed = measurements.exposedUsers(experiment.id(), 1);
        assertEquals(Map.of("control", 3L, "b", 2L), exposed.perVariant());
        assertEquals(1, exposed.inSeveralVariants());
        assertEquals(List.of(first("u1", "control"), first("u2", "control"), first("u3", "control"),
                first("u4", "b"), first("u5", "b")), measurements.firstExposures(experiment.id(), 1));
        assertEquals(Map.of("control", 1L), measurements.exposedUsers(experiment.id(), 2).perVariant());
    }

    @Test
    void aMeanSumsEachUsersEventsFromTheirFirstExposure() {
        Map<String, SampleStatistics> revenue = measurements.metric(experiment.id(), phase1, REVENUE);
        assertArm(revenue.get("control"), 3, 9, 53);
        assertArm(revenue.get("b"), 2, 12, 104);
        assertEquals(3.0, revenue.get("control").mean(), 1e-9);
        assertEquals((53 - 81.0 / 3) / 2, revenue.get("control").variance(), 1e-9);
    }

    @Test
    void aProportionCountsUsersWithAnEventAfterTheirExposure() {
        Map<String, SampleStatistics> paid = measurements.metric(experiment.id(), phase1, PAID);
        assertArm(paid.get("control"), 3, 2, 2); // u1 and u3; u2 paid nothing
        assertArm(paid.get("b"), 2, 2, 2);
    }

    @Test
    void eventsAfterThePhaseEndedDoNotCount() {
        Phase ended = new Phase(1, "salt", experiment.design().allocation(), t0, at(25));
        Map<String, SampleStatistics> revenue = measurements.metric(experiment.id(), ended, REVENUE);
        assertArm(revenue.get("control"), 3, 3 + 0 + 2, 9 + 0 + 4); // u1's 4 at 30 is after the end
        assertArm(revenue.get("b"), 2, 12, 104);
    }

    @Test
    void anArmWithFewerThanTwoUsersHasNoStatisticsYet() {
        Phase phase2 = new Phase(2, "salt", experiment.design().allocation(), t0, null);
        assertEquals(Map.of(), measurements.metric(experiment.id(), phase2, REVENUE));
    }

    private FirstExposure first(String user, String variant) {
        return new FirstExposure(user + "-" + suffix, variant, at(10));
    }

    private PlacedExposure exposure(String user, String variant, int phase, int minute) {
        Exposure exposure = new Exposure(UUID.randomUUID().toString(), experiment.key(), user + "-" + suffix, variant,
                phase, at(minute));
        return new PlacedExposure(exposure, experiment.id(), phase);
    }

    private MetricEvent event(String user, double value, int minute, String product) {
        return new MetricEvent(UUID.randomUUID().toString(), user + "-" + suffix,
                product == null ? null : new ProductKey(product), "revenue", value, at(minute));
    }

    private Instant at(int minute) {
        return t0.plusSeconds(60L * minute);
    }
}
