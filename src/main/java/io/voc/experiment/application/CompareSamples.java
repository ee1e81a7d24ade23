package io.voc.experiment.application;

import io.voc.experiment.model.stats.Alternative;
import io.voc.experiment.model.stats.Difference;
import io.voc.experiment.model.stats.MetricKind;
import io.voc.experiment.model.stats.SampleStatistics;
import io.voc.experiment.model.stats.TestResult;
import io.voc.experiment.model.stats.TestSettings;
import io.voc.experiment.model.stats.TwoSampleTest;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Use case: compare an experiment's treatment with its control from their sufficient statistics, as a caller
 * sends them. Fills in the defaults (relative difference, two-sided, alpha 0.05, tuning 5000) and names every
 * invalid field as the caller wrote it ({@code control.n}); the model does the statistics.
 */
@ApplicationScoped
public class CompareSamples {

    /** One arm as sent: {@code sumSquares} only for a mean metric; {@code n} a number so 3.5 is refused, not cut. */
    public record Arm(Double n, Double sum, Double sumSquares) {
    }

    /** {@code sequential} false: a fixed-horizon test, and {@code tuning} is ignored. */
    public record Request(String metric, Arm control, Arm treatment, String difference, Double alpha,
            String alternative, boolean sequential, Double tuning) {
    }

    public TestResult compare(Request request) {
        MetricKind metric = MetricKind.of("metric", request.metric());
        SampleStatistics control = arm("control", metric, request.control());
        SampleStatistics treatment = arm("treatment", metric, request.treatment());
        Difference difference = request.difference() == null ? Difference.RELATIVE
                : Difference.of("difference", request.difference());
        Alternative alternative = request.alternative() == null ? Alternative.TWO_SIDED
                : Alternative.of("alternative", request.alternative());
        double alpha = request.alpha() == null ? TestSettings.DEFAULT_ALPHA : request.alpha();
        Double tuning = !request.sequential() ? null
                : request.tuning() == null ? TestSettings.DEFAULT_TUNING : request.tuning();
        return TwoSampleTest.compare(control, treatment, new TestSettings(difference, alternative, alpha, tuning));
    }

    private static SampleStatistics arm(String name, MetricKind metric, Arm arm) {
        if (arm == null) {
            throw new InvalidInputException(name, name + " is required: {\"n\", \"sum\""
                    + (metric == MetricKind.MEAN ? ", \"sumSquares\"}" : "}"));
        }
        if (arm.n() == null || arm.sum() == null) {
            String missing = arm.n() == null ? "n" : "sum";
            throw new InvalidInputException(name + "." + missing, name + "." + missing + " is required");
        }
        if (arm.n() != Math.rint(arm.n()) || Math.abs(arm.n()) > 1e15) {
            throw new InvalidInputException(name + ".n", name + ".n counts units: a whole number (got " + arm.n()
                    + ")");
        }
        try {
            return SampleStatistics.of(metric, arm.n().longValue(), arm.sum(), arm.sumSquares());
        } catch (InvalidInputException e) {
            // the model names the arm's own field; the caller wrote it under the arm
            throw new InvalidInputException(name + "." + e.field(), name + "." + e.getMessage());
        }
    }
}
