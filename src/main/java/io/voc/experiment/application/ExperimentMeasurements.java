package io.voc.experiment.application;

import io.voc.experiment.model.FirstExposure;
import io.voc.experiment.model.Metric;
import io.voc.experiment.model.Phase;
import io.voc.experiment.model.stats.SampleStatistics;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What results read from the exposures and metric events of one phase of an experiment (docs/experiments.md
 * "Exposures and metric events"). A unit is a user, counted in the variant of their first exposure in the
 * phase. A user exposed to two variants in one phase (an app bug) is counted in none: both arms would be
 * biased by keeping them, and their number is reported so the bug is seen.
 */
public interface ExperimentMeasurements {

    /** Users exposed per variant (variants without any left out), and how many were exposed to several. */
    record Exposed(Map<String, Long> perVariant, long inSeveralVariants) {
        public Exposed {
            perVariant = Map.copyOf(perVariant);
        }
    }

    Exposed exposedUsers(UUID experimentId, int phase);

    /**
     * Per variant, the sufficient statistics of the metric over its exposed users. A user's value: for a mean
     * metric the sum of their events' values from their first exposure to the phase's end (0 without any); for a
     * proportion 1 if they have at least one such event, else 0. Variants with fewer than 2 users are left out:
     * there is no spread to test yet.
     */
    Map<String, SampleStatistics> metric(UUID experimentId, Phase phase, Metric metric);

    /** Every user counted in the phase (not those in several variants), with their first exposure. */
    List<FirstExposure> firstExposures(UUID experimentId, int phase);
}
