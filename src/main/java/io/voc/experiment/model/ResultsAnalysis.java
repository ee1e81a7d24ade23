package io.voc.experiment.model;

import io.voc.experiment.model.stats.Alternative;
import io.voc.experiment.model.stats.Difference;
import io.voc.experiment.model.stats.MetricKind;
import io.voc.experiment.model.stats.SampleRatioCheck;
import io.voc.experiment.model.stats.SampleStatistics;
import io.voc.experiment.model.stats.TestResult;
import io.voc.experiment.model.stats.TestSettings;
import io.voc.experiment.model.stats.TwoSampleTest;
import io.voc.platform.model.stats.MultipleComparisons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an experiment's phase from its sums. The choices, so every experiment is read the same way:
 * <ul>
 * <li>relative differences (treatment / control - 1), which compare across metrics of any scale;</li>
 * <li>sequential tests (confidence sequences) tuned to the planned size - minimum sample per variant times the
 * variants - because product managers look at results every day, and a fixed-horizon test read daily finds
 * "significant" differences far more often than alpha;</li>
 * <li>Holm-Bonferroni across every comparison of the phase (metrics times variants): a decision rests on the
 * family, and Holm controls the chance of any false positive in it;</li>
 * <li>a verdict against the metric's goal: better, worse (for a guardrail: harmed) or no significant difference.</li>
 * </ul>
 */
public final class ResultsAnalysis {
    public static final double ALPHA = 0.05;

    private ResultsAnalysis() {
    }

    /**
     * @param exposed           users per variant (first exposure in the phase), users in several variants excluded
     * @param sums              per metric key, per variant
     */
    public static ExperimentResults analyse(Experiment experiment, Phase phase, Map<String, Long> exposed,
            long inSeveralVariants, Map<String, Map<String, ArmSums>> sums) {
        Design design = experiment.design();
        Allocation allocation = phase.allocation();
        List<Variant> variants = allocation.variants();
        long[] counts = variants.stream().mapToLong(v -> exposed.getOrDefault(v.key(), 0L)).toArray();
        double[] weights = variants.stream().mapToDouble(Variant::weight).toArray();
        List<ExperimentResults.Exposure> exposure = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            exposure.add(new ExperimentResults.Exposure(variants.get(i).key(), counts[i],
                    weights[i] / Allocation.TOTAL));
        }
        TestSettings settings = new TestSettings(Difference.RELATIVE, Alternative.TWO_SIDED, ALPHA,
                (double) Math.max(2, design.minimumSampleSize()) * variants.size());

        List<Pending> pending = new ArrayList<>();
        List<ExperimentResults.MetricResult> drafts = new ArrayList<>();
        for (Metric metric : design.metrics().all()) {
            Map<String, ArmSums> byVariant = sums.getOrDefault(metric.key(), Map.of());
            List<ExperimentResults.Arm> arms = variants.stream().map(v -> {
                ArmSums s = byVariant.getOrDefault(v.key(), ArmSums.NONE);
                return new ExperimentResults.Arm(v.key(), s.n(), s.mean());
            }).toList();
            ArmSums control = byVariant.getOrDefault(allocation.control().key(), ArmSums.NONE);
            for (Variant treatment : variants.subList(1, variants.size())) {
                TestResult test = compare(metric.kind(), control, byVariant.getOrDefault(treatment.key(),
                        ArmSums.NONE), settings);
                pending.add(new Pending(metric, treatment.key(), test));
            }
            drafts.add(new ExperimentResults.MetricResult(metric, role(design.metrics(), metric), arms, List.of()));
        }
        double[] adjusted = adjust(pending);
        List<ExperimentResults.MetricResult> metrics = new ArrayList<>();
        for (ExperimentResults.MetricResult draft : drafts) {
            List<ExperimentResults.Comparison> comparisons = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                Pending p = pending.get(i);
                if (p.metric().equals(draft.metric())) {
                    Double adjustedP = p.test().pValue() == null ? null : adjusted[i];
                    comparisons.add(new ExperimentResults.Comparison(p.variant(), p.test(), adjustedP,
                            verdict(p.metric(), p.test(), adjustedP)));
                }
            }
            metrics.add(new ExperimentResults.MetricResult(draft.metric(), draft.role(), draft.arms(), comparisons));
        }
        return new ExperimentResults(phase.number(), exposure, inSeveralVariants, SampleRatioCheck.of(counts, weights),
                experiment.reachedSampleSize(exposed), ALPHA, metrics);
    }

    private record Pending(Metric metric, String variant, TestResult test) {
    }

    private static TestResult compare(MetricKind kind, ArmSums control, ArmSums treatment, TestSettings settings) {
        if (control.n() < 2 || treatment.n() < 2) {
            return new TestResult(null, null, null, null, null, "not enough users yet (at least 2 in each variant)");
        }
        return TwoSampleTest.compare(statistics(kind, control), statistics(kind, treatment), settings);
    }

    private static SampleStatistics statistics(MetricKind kind, ArmSums sums) {
        return SampleStatistics.of(kind, sums.n(), sums.sum(), sums.sumSquares());
    }

    /** Holm over the comparisons that have a p-value; the others keep none. */
    private static double[] adjust(List<Pending> pending) {
        double[] adjusted = new double[pending.size()];
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).test().pValue() != null) {
                tested.add(i);
            }
        }
        if (tested.isEmpty()) {
            return adjusted;
        }
        double[] raw = tested.stream().mapToDouble(i -> pending.get(i).test().pValue()).toArray();
        double[] holm = MultipleComparisons.holm(raw);
        for (int k = 0; k < tested.size(); k++) {
            adjusted[tested.get(k)] = holm[k];
        }
        return adjusted;
    }

    private static ExperimentResults.Verdict verdict(Metric metric, TestResult test, Double adjustedP) {
        if (test.error() != null || adjustedP == null || test.estimate() == null) {
            return ExperimentResults.Verdict.UNDEFINED;
        }
        if (adjustedP >= ALPHA) {
            return ExperimentResults.Verdict.NO_SIGNIFICANT_DIFFERENCE;
        }
        boolean rose = test.estimate() > 0;
        boolean wanted = rose == (metric.goal() == Metric.Goal.INCREASE);
        return wanted ? ExperimentResults.Verdict.BETTER : ExperimentResults.Verdict.WORSE;
    }

    private static ExperimentResults.Role role(Metrics metrics, Metric metric) {
        if (metrics.primary().equals(metric)) {
            return ExperimentResults.Role.PRIMARY;
        }
        return metrics.guardrails().contains(metric) ? ExperimentResults.Role.GUARDRAIL
                : ExperimentResults.Role.SECONDARY;
    }
}
