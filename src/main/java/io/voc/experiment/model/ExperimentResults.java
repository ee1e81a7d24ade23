package io.voc.experiment.model;

import io.voc.experiment.model.stats.SampleRatioCheck;
import io.voc.experiment.model.stats.TestResult;
import java.util.List;

/**
 * What an experiment's phase shows so far: who was exposed, whether the split held (the sample-ratio check),
 * whether every variant reached the minimum sample, and each metric's comparison of every variant with the
 * control.
 *
 * @param inSeveralVariants users exposed to more than one variant in the phase (an app bug): left out of every
 *                          number, and shown, because counting them would blur the comparison
 */
public record ExperimentResults(int phase, List<Exposure> exposure, long inSeveralVariants, SampleRatioCheck srm,
        boolean reachedSampleSize, double alpha, List<MetricResult> metrics) {

    public ExperimentResults {
        exposure = List.copyOf(exposure);
        metrics = List.copyOf(metrics);
    }

    /** Users exposed to a variant, against the share it was meant to get. */
    public record Exposure(String variant, long users, double plannedShare) {
    }

    public enum Role { PRIMARY, SECONDARY, GUARDRAIL }

    /** Against the metric's goal, with the adjusted p-value below alpha; UNDEFINED: the test has no answer. */
    public enum Verdict { BETTER, WORSE, NO_SIGNIFICANT_DIFFERENCE, UNDEFINED }

    public record MetricResult(Metric metric, Role role, List<Arm> arms, List<Comparison> comparisons) {
        public MetricResult {
            arms = List.copyOf(arms);
            comparisons = List.copyOf(comparisons);
        }

        /** A guardrail one variant made significantly worse: the experiment harms what must not get worse. */
        public boolean harmed() {
            return role == Role.GUARDRAIL && comparisons.stream().anyMatch(c -> c.verdict() == Verdict.WORSE);
        }
    }

    /** One variant's users and mean for the metric. */
    public record Arm(String variant, long users, Double mean) {
    }

    /**
     * A variant against the control: the test (relative difference, confidence sequence) and its p-value
     * adjusted for all comparisons of the phase (Holm-Bonferroni).
     */
    public record Comparison(String variant, TestResult test, Double adjustedPValue, Verdict verdict) {
    }

    /**
     * A result worth telling the team: the primary metric significantly better or worse for a variant, or a
     * guardrail harmed by one. {@code key} names it for "announced once" (the same signal in the next reading is
     * not news).
     */
    public record Signal(Kind kind, MetricResult metric, Comparison comparison) {
        public enum Kind { PRIMARY_SIGNIFICANT, GUARDRAIL_HARMED }

        public String key() {
            return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + metric.metric().key() + ":"
                    + comparison.variant() + ":" + comparison.verdict().name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The signals of this reading; none while the split is broken (its numbers cannot be trusted). */
    public List<Signal> signals() {
        if (srmMismatch()) {
            return List.of();
        }
        List<Signal> signals = new java.util.ArrayList<>();
        for (MetricResult m : metrics) {
            for (Comparison c : m.comparisons()) {
                boolean significant = c.verdict() == Verdict.BETTER || c.verdict() == Verdict.WORSE;
                if (m.role() == Role.PRIMARY && significant) {
                    signals.add(new Signal(Signal.Kind.PRIMARY_SIGNIFICANT, m, c));
                } else if (m.role() == Role.GUARDRAIL && c.verdict() == Verdict.WORSE) {
                    signals.add(new Signal(Signal.Kind.GUARDRAIL_HARMED, m, c));
                }
            }
        }
        return signals;
    }

    public boolean srmMismatch() {
        return srm.mismatch();
    }

    /** The primary metric's comparisons that are significant, better or worse. */
    public boolean primarySignificant() {
        return metrics.stream().filter(m -> m.role() == Role.PRIMARY).flatMap(m -> m.comparisons().stream())
                .anyMatch(c -> c.verdict() == Verdict.BETTER || c.verdict() == Verdict.WORSE);
    }

    public boolean guardrailHarmed() {
        return metrics.stream().anyMatch(MetricResult::harmed);
    }
}
