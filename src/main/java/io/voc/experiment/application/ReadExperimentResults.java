package io.voc.experiment.application;

import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Scope;
import io.voc.experiment.model.ArmSums;
import io.voc.experiment.model.Experiment;
import io.voc.experiment.model.ExperimentResults;
import io.voc.experiment.model.Metric;
import io.voc.experiment.model.Phase;
import io.voc.experiment.model.ResultsAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Use case: an experiment's results for its current phase - the measurements summed in the store, read by the
 * model ({@link ResultsAnalysis}). Empty for a draft: nobody was assigned yet.
 */
@ApplicationScoped
public class ReadExperimentResults {
    private final ManageExperiments experiments;
    private final ExperimentMeasurements measurements;

    ReadExperimentResults(ManageExperiments experiments, ExperimentMeasurements measurements) {
        this.experiments = experiments;
        this.measurements = measurements;
    }

    public Optional<ExperimentResults> results(Caller caller, String key) {
        if (!caller.may(Scope.READ)) {
            throw new NotAllowedException("reading experiments needs the read scope");
        }
        Experiment experiment = experiments.visible(caller, key).experiment();
        Optional<Phase> phase = experiment.currentPhase();
        if (phase.isEmpty()) {
            return Optional.empty();
        }
        int number = phase.get().number();
        ExperimentMeasurements.Exposed exposed = measurements.exposed(experiment.id(), number);
        Map<String, Map<String, ArmSums>> sums = new LinkedHashMap<>();
        for (Metric metric : experiment.design().metrics().all()) {
            sums.put(metric.key(), measurements.sums(experiment.id(), number, metric));
        }
        return Optional.of(ResultsAnalysis.analyse(experiment, phase.get(), exposed.users(),
                exposed.inSeveralVariants(), sums));
    }
}
