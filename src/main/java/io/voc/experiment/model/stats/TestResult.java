package io.voc.experiment.model.stats;

/**
 * The answer of a two-sample test. {@code lower} or {@code upper} is null where a one-sided interval is
 * unbounded. When the statistics cannot be computed (zero variance, a relative difference to a control mean of
 * 0), {@code error} says why and every number is null: the data are valid, the question has no answer.
 */
public record TestResult(Double estimate, Double lower, Double upper, Double pValue, Double stdError, String error) {

    static TestResult of(double estimate, Double lower, Double upper, double pValue, double stdError) {
        return new TestResult(estimate, lower, upper, pValue, stdError, null);
    }

    static TestResult undefined(String error) {
        return new TestResult(null, null, null, null, null, error);
    }
}
