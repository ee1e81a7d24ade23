package io.voc.web;

import io.voc.experiment.application.ReadExperimentResults;
import io.voc.experiment.model.ExperimentResults;
import io.voc.experiment.model.FeedbackImpact;
import java.util.List;
import java.util.Locale;

/**
 * An experiment's results as the API answers them (docs/experiments.md#results); {@code feedbackImpact} is the
 * model's record as it is (variants, aspects).
 */
public record ExperimentResultsJson(int phase, List<ExposureJson> exposure, long inSeveralVariants, SrmJson srm,
        boolean reachedSampleSize, double alpha, boolean primarySignificant, boolean guardrailHarmed,
        List<MetricJson> metrics, FeedbackImpact feedbackImpact) {

    public record ExposureJson(String variant, long users, double plannedShare) {
    }

    /** {@code mismatch}: p below 0.001 - assignment or logging is broken, no metric can be trusted. */
    public record SrmJson(double pValue, boolean mismatch) {
    }

    public record ArmJson(String variant, long users, Double mean) {
    }

    /** {@code ci}: the relative difference's interval, [lower, upper]. */
    public record ComparisonJson(String variant, Double estimate, List<Double> ci, Double pValue,
            Double adjustedPValue, String verdict, String error) {
    }

    public record MetricJson(String key, String kind, String goal, String role, List<ArmJson> arms,
            List<ComparisonJson> comparisons) {
    }

    static ExperimentResultsJson of(ReadExperimentResults.Results both) {
        ExperimentResults r = both.results();
        return new ExperimentResultsJson(r.phase(),
                r.exposure().stream().map(e -> new ExposureJson(e.variant(), e.users(), e.plannedShare())).toList(),
                r.inSeveralVariants(), new SrmJson(r.srm().pValue(), r.srmMismatch()), r.reachedSampleSize(),
                r.alpha(), r.primarySignificant(), r.guardrailHarmed(),
                r.metrics().stream().map(ExperimentResultsJson::metric).toList(), both.feedbackImpact());
    }

    private static MetricJson metric(ExperimentResults.MetricResult m) {
        return new MetricJson(m.metric().key(), lower(m.metric().kind()), lower(m.metric().goal()), lower(m.role()),
                m.arms().stream().map(a -> new ArmJson(a.variant(), a.users(), a.mean())).toList(),
                m.comparisons().stream().map(c -> new ComparisonJson(c.variant(), c.test().estimate(),
                        java.util.Arrays.asList(c.test().lower(), c.test().upper()), c.test().pValue(),
                        c.adjustedPValue(), lower(c.verdict()), c.test().error())).toList());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
