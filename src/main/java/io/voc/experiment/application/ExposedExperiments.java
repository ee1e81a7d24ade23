package io.voc.experiment.application;

import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.Exposure;
import io.voc.experiment.model.InvalidExperimentException;
import io.voc.experiment.model.PlacedExposure;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The experiments a batch of exposures names, each read once per batch (a batch of thousands usually names a
 * few), and the check that places an exposure in one of them.
 */
final class ExposedExperiments {
    private final Experiments experiments;
    private final Map<String, Optional<Experiment>> byKey = new HashMap<>();

    ExposedExperiments(Experiments experiments) {
        this.experiments = experiments;
    }

    /** @throws InvalidExperimentException naming the field when the experiment is unknown or the exposure does not fit */
    PlacedExposure place(Exposure exposure) {
        return PlacedExposure.of(experiment(exposure), exposure);
    }

    Experiment experiment(Exposure exposure) {
        String key = exposure.experimentKey().value();
        return byKey.computeIfAbsent(key, k -> experiments.find(exposure.experimentKey()).map(Experiments.Stored::experiment))
                .orElseThrow(() -> new InvalidExperimentException("experimentKey", "there is no experiment '" + key
                        + "'"));
    }
}
