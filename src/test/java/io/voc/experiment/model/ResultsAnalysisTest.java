package io.voc.experiment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.experiment.model.stats.MetricKind;
import io.voc.feedback.model.ProductKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading a phase: the split checked, each metric's variants compared with the control, p-values adjusted over
 * the phase, and a verdict against each metric's goal - a guardrail moving the wrong way is harmed.
 */
class ResultsAnalysisTest {
    private static final ExperimentUser OWNER = new ExperimentUser("olga", false);
    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
    private static final Metric CONVERSION = new Metric("conversion", MetricKind.PROPORTION, Metric.Goal.INCREASE);
    private static final Metric REVENUE = new Metric("revenue", MetricKind.MEAN, Metric.Goal.INCREASE);
    private static final Metric NEGATIVE = new Metric("feedback_negative_share", MetricKind.PROPORTION,
            Metric.Goal.DECREASE);

    @Test
    void aLiftInThePrimaryIsBetterAndMoreNegativeFeedbackHarmsTheGuardrail() {
        Experiment experiment = running(1_000);
        ExperimentResults results = ResultsAnalysis.analyse(experiment, experiment.currentPhase().orElseThrow(),
                Map.of("control", 5_000L, "b", 5_000L), 3,
                Map.of("conversion", Map.of("control", proportion(5_000, 500), "b", proportion(5_000, 650)),
                        "revenue", Map.of("control", mean(5_000, 50_000, 600_000), "b", mean(5_000, 50_200, 604_000)),
                        "feedback_negative_share", Map.of("control", proportion(5_000, 250), "b",
                                proportion(5_000, 400))));

        assertFalse(results.srmMismatch(), "5,000 against 5,000 on a 50/50 split");
        assertTrue(results.reachedSampleSize());
        assertEquals(3, results.inSeveralVariants());
        ExperimentResults.MetricResult conversion = metric(results, "conversion");
        assertEquals(ExperimentResults.Role.PRIMARY, conversion.role());
        assertEquals(0.1, conversion.arms().get(0).mean(), 1e-12);
        ExperimentResults.Comparison b = conversion.comparisons().get(0);
        assertEquals("b", b.variant());
        assertEquals(0.3, b.test().estimate(), 1e-9, "13 % against 10 %: +30 % relative");
        assertEquals(ExperimentResults.Verdict.BETTER, b.verdict());
        assertTrue(results.primarySignificant());

        ExperimentResults.MetricResult revenue = metric(results, "revenue");
        assertEquals(ExperimentResults.Verdict.NO_SIGNIFICANT_DIFFERENCE, revenue.comparisons().get(0).verdict(),
                "10.00 against 10.04 per user, with that spread: no difference to speak of");

        ExperimentResults.MetricResult negative = metric(results, "feedback_negative_share");
        assertEquals(ExperimentResults.Verdict.WORSE, negative.comparisons().get(0).verdict(),
                "8 % negative against 5 %: the wrong way for a metric that should fall");
        assertTrue(negative.harmed());
        assertTrue(results.guardrailHarmed());

        // Holm over the three comparisons: the smallest p-value times 3, the next times 2 (never below it), ...
        double[] raw = results.metrics().stream().mapToDouble(m -> m.comparisons().get(0).test().pValue()).toArray();
        double[] adjusted = results.metrics().stream().mapToDouble(m -> m.comparisons().get(0).adjustedPValue())
                .toArray();
        for (int i = 0; i < raw.length; i++) {
            assertTrue(adjusted[i] >= raw[i], "an adjusted p-value is never below the raw one");
        }
        int smallest = raw[0] <= raw[2] ? 0 : 2;
        assertEquals(Math.min(1, raw[smallest] * 3), adjusted[smallest], 1e-12);
    }

    @Test
    void aBrokenSplitIsFlaggedAndTooFewUsersAnswerNothing() {
        Experiment experiment = running(1_100);
        ExperimentResults results = ResultsAnalysis.analyse(experiment, experiment.currentPhase().orElseThrow(),
                Map.of("control", 1_000L, "b", 1_200L), 0,
                Map.of("conversion", Map.of("control", proportion(1_000, 100), "b", proportion(1, 1))));
        // gbstats test_srm: check_srm([1000, 1200], [0.5, 0.5]) = 0.000020079
        assertEquals(0.000020079, results.srm().pValue(), 1e-9);
        assertTrue(results.srmMismatch());
        ExperimentResults.Comparison b = metric(results, "conversion").comparisons().get(0);
        assertEquals(ExperimentResults.Verdict.UNDEFINED, b.verdict());
        assertTrue(b.test().error().contains("not enough users"), b.test().error());
        assertNull(b.adjustedPValue());
        ExperimentResults.Comparison revenue = metric(results, "revenue").comparisons().get(0);
        assertEquals(ExperimentResults.Verdict.UNDEFINED, revenue.verdict(), "no revenue event at all yet");
        assertFalse(results.reachedSampleSize(), "the control has 1,000 users of the 1,100 it needs");
    }

    private static ExperimentResults.MetricResult metric(ExperimentResults results, String key) {
        return results.metrics().stream().filter(m -> m.metric().key().equals(key)).findFirst().orElseThrow();
    }

    private static ArmSums proportion(long n, long converted) {
        return new ArmSums(n, converted, converted);
    }

    private static ArmSums mean(long n, double sum, double sumSquares) {
        return new ArmSums(n, sum, sumSquares);
    }

    private static Experiment running(int minimumSample) {
        Design design = new Design(new ExperimentKey("results-test"), "B sells more.", new ProductKey("pocketbank"),
                Allocation.even("control", "b"), Targeting.EVERYONE,
                new Metrics(CONVERSION, List.of(REVENUE), List.of(NEGATIVE)), minimumSample, null);
        Experiment experiment = Experiment.design(design, OWNER, T0).experiment();
        experiment.start(OWNER, T0, List.of());
        return experiment;
    }
}
