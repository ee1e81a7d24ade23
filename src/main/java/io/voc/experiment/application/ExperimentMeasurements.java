package io.voc.experiment.application;

import io.voc.experiment.model.ArmSums;
import io.voc.experiment.model.FirstExposure;
import io.voc.experiment.model.Metric;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What happened to an experiment's users, summed per variant for one phase: who was exposed, and for each
 * metric what the exposed users did after their first exposure. Users exposed to more than one variant in the
 * phase are left out of both and counted apart.
 */
public interface ExperimentMeasurements {

    /** Users per variant (first exposure in the phase), and how many were seen in several variants. */
    record Exposed(Map<String, Long> users, long inSeveralVariants) {
    }

    Exposed exposed(UUID experimentId, int phase);

    /**
     * Per variant: n exposed users; for a mean metric each user's value is the sum of the metric's events at or
     * after their first exposure (0 without any), for a proportion 1 when they have one such event, else 0.
     */
    Map<String, ArmSums> sums(UUID experimentId, int phase, Metric metric);

    /** Every user's first exposure in the phase (users in several variants left out), for the feedback side. */
    List<FirstExposure> firstExposures(UUID experimentId, int phase);
}
