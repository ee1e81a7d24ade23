package io.voc.experiment.model;

import io.voc.experiment.model.stats.MetricKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.account.model.NotAllowedException;
import io.voc.feedback.model.ProductKey;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every step of an experiment's life the aggregate allows, and every one it refuses - with the reason. */
class ExperimentLifecycleTest {
    private static final ExperimentUser OWNER = new ExperimentUser("olga", false);
    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    void aDraftRunsPausesResumesStopsAndIsConcluded() {
        Experiment experiment = draft();
        assertEquals(ExperimentStatus.DRAFT, experiment.status());
        assertInstanceOf(ExperimentEvent.Started.class, accepted(experiment.start(OWNER, T0, List.of())));
        assertEquals(1, experiment.currentPhase().orElseThrow().number());
        assertInstanceOf(ExperimentEvent.Paused.class, accepted(experiment.pause(OWNER, T0.plusSeconds(60), "bug")));
        assertEquals(ExperimentStatus.PAUSED, experiment.status());
        assertInstanceOf(ExperimentEvent.Resumed.class, accepted(experiment.resume(OWNER, T0.plusSeconds(120))));
        assertInstanceOf(ExperimentEvent.Stopped.class, accepted(experiment.stop(OWNER, T0.plusSeconds(180))));
        assertEquals(T0.plusSeconds(180), experiment.currentPhase().orElseThrow().endedAt());
        ExperimentEvent.Concluded concluded = (ExperimentEvent.Concluded) accepted(experiment.conclude(
                Decision.ship("b"), "B lifted checkout by 4 % with no harm to feedback.", OWNER, T0.plusSeconds(240)));
        assertEquals(Decision.ship("b"), concluded.decision());
        assertEquals(ExperimentStatus.CONCLUDED, experiment.status());
    }

    @Test
    void aDraftCannotBePausedResumedStoppedOrConcluded() {
        Experiment experiment = draft();
        refused(experiment.pause(OWNER, T0, null), "only a running experiment can be paused; this one is draft");
        refused(experiment.resume(OWNER, T0), "only a paused experiment can be resumed; this one is draft");
        refused(experiment.stop(OWNER, T0), "only a running or paused experiment can be stopped; this one is draft");
        refused(experiment.conclude(Decision.inconclusive(), "Nothing to see here.", OWNER, T0),
                "only a stopped experiment can be concluded; this one is draft");
        assertEquals(ExperimentStatus.DRAFT, experiment.status(), "a refusal changes nothing");
    }

    @Test
    void aRunningExperimentCannotStartAgainResumeOrBeConcluded() {
        Experiment experiment = running();
        refused(experiment.start(OWNER, T0, List.of()), "only a draft can be started; this one is running");
        refused(experiment.resume(OWNER, T0), "only a paused experiment can be resumed; this one is running");
        refused(experiment.conclude(Decision.inconclusive(), "Too early to say anything.", OWNER, T0),
                "only a stopped experiment can be concluded; this one is running (stop it first");
        refused(experiment.redesign(experiment.design(), OWNER, T0), "only a draft can be redesigned");
    }

    @Test
    void aPausedExperimentIsResumedNotStartedOrPausedAgain() {
        Experiment experiment = running();
        accepted(experiment.pause(OWNER, T0, null));
        refused(experiment.start(OWNER, T0, List.of()), "this one is paused (resume it instead)");
        refused(experiment.pause(OWNER, T0, null), "only a running experiment can be paused; this one is paused");
    }

    @Test
    void aStoppedExperimentNeverRunsAgain() {
        Experiment experiment = running();
        accepted(experiment.stop(OWNER, T0));
        refused(experiment.start(OWNER, T0, List.of()), "only a draft can be started; this one is stopped");
        refused(experiment.resume(OWNER, T0), "only a paused experiment can be resumed; this one is stopped");
        refused(experiment.pause(OWNER, T0, null), "this one is stopped");
        refused(experiment.stop(OWNER, T0), "only a running or paused experiment can be stopped; this one is stopped");
        refused(experiment.changeAllocation(Allocation.even("control", "b"), true, OWNER, T0),
                "the split of a stopped experiment cannot change");
    }

    @Test
    void aConclusionNeedsAKnownVariantAndARationaleAndIsFinal() {
        Experiment experiment = running();
        accepted(experiment.stop(OWNER, T0));
        refused(experiment.conclude(Decision.ship("c"), "C was never there, but ship it.", OWNER, T0),
                "there is no variant 'c' to ship; the variants are control, b");
        refused(experiment.conclude(Decision.ship("b"), "ok", OWNER, T0), "a conclusion needs a rationale");
        refused(experiment.conclude(null, "A decision is missing here.", OWNER, T0), "a conclusion needs a decision");
        accepted(experiment.conclude(Decision.ship("control"), "B hurt retention; keep the control.", OWNER, T0));
        refused(experiment.conclude(Decision.ship("b"), "Changed my mind about it.", OWNER, T0),
                "only a stopped experiment can be concluded; this one is concluded");
        refused(experiment.stop(OWNER, T0), "this one is concluded");
    }

    @Test
    void theSplitOfARunningExperimentChangesOnlyWithANewPhaseAndANewSalt() {
        Experiment experiment = running();
        Phase first = experiment.currentPhase().orElseThrow();
        Allocation ninetyTen = new Allocation(List.of(new Variant("control", null, 9_000), new Variant("b", null, 1_000)));
        refused(experiment.changeAllocation(ninetyTen, false, OWNER, T0.plusSeconds(60)),
                "the split of a running experiment changes only with a new phase");
        assertEquals(first, experiment.currentPhase().orElseThrow(), "refused: the phase is as it was");

        ExperimentEvent.AllocationChanged changed = (ExperimentEvent.AllocationChanged) accepted(
                experiment.changeAllocation(ninetyTen, true, OWNER, T0.plusSeconds(60)));
        assertEquals(2, changed.phase());
        Phase second = experiment.currentPhase().orElseThrow();
        assertEquals(ninetyTen, second.allocation());
        assertNotEquals(first.salt(), second.salt(), "users are assigned afresh");
        assertEquals(T0.plusSeconds(60), experiment.state().phases().get(0).endedAt(), "the first phase ended");
    }

    @Test
    void aDraftTakesANewSplitOrDesignAsItIsButNeverANewKey() {
        Experiment experiment = draft();
        accepted(experiment.changeAllocation(Allocation.even("control", "b", "c"), false, OWNER, T0));
        assertEquals(3, experiment.design().allocation().variants().size());
        assertTrue(experiment.currentPhase().isEmpty(), "a draft has no phase yet");
        Design renamed = design("other-key", null);
        refused(experiment.redesign(renamed, OWNER, T0), "the key of an experiment cannot change");
    }

    @Test
    void overlappingTrafficInOneLayerIsRefused() {
        LayerSlot firstHalf = new LayerSlot("checkout", 0, 5_000);
        Experiment running = Experiment.design(design("checkout-a", firstHalf), OWNER, T0).experiment();
        accepted(running.start(OWNER, T0, List.of()));

        Experiment overlapping = Experiment.design(design("checkout-b", new LayerSlot("checkout", 4_000, 6_000)),
                OWNER, T0).experiment();
        refused(overlapping.start(OWNER, T0, List.of(running.design().layer())),
                "layer 'checkout': buckets 4000-6000 overlap 0-5000, held by another running or paused experiment");
        assertEquals(ExperimentStatus.DRAFT, overlapping.status());

        Experiment secondHalf = Experiment.design(design("checkout-c", new LayerSlot("checkout", 5_000, 10_000)),
                OWNER, T0).experiment();
        accepted(secondHalf.start(OWNER, T0, List.of(running.design().layer())));
        Experiment otherLayer = Experiment.design(design("search-a", new LayerSlot("search", 0, 10_000)), OWNER, T0)
                .experiment();
        accepted(otherLayer.start(OWNER, T0, List.of(running.design().layer(), secondHalf.design().layer())));
    }

    @Test
    void onlyTheOwnerOrAnAdminCommandsAnExperiment() {
        Experiment experiment = draft();
        NotAllowedException refused = assertThrows(NotAllowedException.class,
                () -> experiment.start(new ExperimentUser("carl", false), T0, List.of()));
        assertTrue(refused.getMessage().contains("only its owner (olga) or an admin"), refused.getMessage());
        assertEquals(ExperimentStatus.DRAFT, experiment.status());
        accepted(experiment.start(new ExperimentUser("root", true), T0, List.of()));
    }

    @Test
    void aDesignIsCheckedWhenItIsMadeNamingTheField() {
        assertField("variants", () -> new Allocation(List.of(new Variant("control", null, 10_000))));
        assertField("variants.weight", () -> new Allocation(List.of(new Variant("control", null, 5_000),
                new Variant("b", null, 4_000))));
        assertField("variants.key", () -> new Allocation(List.of(new Variant("a", null, 5_000),
                new Variant("a", null, 5_000))));
        assertField("variants.weight", () -> new Variant("b", null, 0));
        assertField("key", () -> new ExperimentKey("No Spaces"));
        assertField("layer.range", () -> new LayerSlot("checkout", 6_000, 5_000));
        assertField("metrics", () -> new Metrics(metric("conversion"), List.of(metric("conversion")), List.of()));
        assertField("metrics.primary", () -> new Metrics(null, List.of(), List.of()));
        assertField("hypothesis", () -> new Design(new ExperimentKey("x-test"), " ", new ProductKey("pocketbank"),
                Allocation.even("control", "b"), null, metrics(), 100, null));
        assertField("minimumSampleSize", () -> new Design(new ExperimentKey("x-test"), "B sells more.",
                new ProductKey("pocketbank"), Allocation.even("control", "b"), null, metrics(), 0, null));
        assertField("decision.variant", () -> new Decision(Decision.Kind.SHIP, null));
        assertField("userId", () -> new UserAttributes(" ", null, null, null));
    }

    @Test
    void reachingTheSampleSizeNeedsEveryVariantToReachIt() {
        Experiment experiment = draft();
        assertFalse(experiment.reachedSampleSize(java.util.Map.of("control", 5_000L, "b", 999L)));
        assertTrue(experiment.reachedSampleSize(java.util.Map.of("control", 1_000L, "b", 1_000L)));
    }

    static Experiment draft() {
        return Experiment.design(design("checkout-button", null), OWNER, T0).experiment();
    }

    private static Experiment running() {
        Experiment experiment = draft();
        accepted(experiment.start(OWNER, T0, List.of()));
        return experiment;
    }

    static Design design(String key, LayerSlot layer) {
        return new Design(new ExperimentKey(key), "A green checkout button makes more people pay.",
                new ProductKey("pocketbank"), Allocation.even("control", "b"),
                new Targeting(Set.of(), Set.of(), Set.of()), metrics(), 1_000, layer);
    }

    private static Metrics metrics() {
        return new Metrics(metric("conversion"), List.of(metric("revenue")),
                List.of(new Metric("feedback_negative_share", MetricKind.PROPORTION, Metric.Goal.DECREASE)));
    }

    private static Metric metric(String key) {
        return new Metric(key, MetricKind.PROPORTION, Metric.Goal.INCREASE);
    }

    private static ExperimentEvent accepted(Result result) {
        assertInstanceOf(Result.Accepted.class, result, () -> "refused: " + result);
        return ((Result.Accepted) result).event();
    }

    private static void refused(Result result, String reason) {
        Result.Refused refused = assertInstanceOf(Result.Refused.class, result, "accepted, but should be refused");
        assertTrue(refused.reason().contains(reason), "the reason says why: " + refused.reason());
    }

    private static void assertField(String field, org.junit.jupiter.api.function.Executable make) {
        InvalidExperimentException e = assertThrows(InvalidExperimentException.class, make);
        assertEquals(field, e.field(), e.getMessage());
    }
}
