package io.voc.experiment.model.stats;

/** Compares an experiment's treatment arm with its control: the one entry to the tests of this package. */
public final class TwoSampleTest {
    private TwoSampleTest() {
    }

    public static TestResult compare(SampleStatistics control, SampleStatistics treatment, TestSettings settings) {
        if (control.metric() != treatment.metric()) {
            throw new IllegalArgumentException("control is a " + control.metric().wireName() + ", treatment a "
                    + treatment.metric().wireName() + " metric");
        }
        String undefined = Effect.whyUndefined(control, treatment, settings.difference());
        if (undefined != null) {
            return TestResult.undefined(undefined);
        }
        Effect effect = Effect.between(control, treatment, settings.difference());
        return settings.sequential() ? SequentialTest.run(effect, settings) : WelchTest.run(effect, settings);
    }
}
